/**
 * Chromium for the browser tests: launched from the system executable through
 * playwright-core (no browser download), with helpers that record what went wrong on a page.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Headless, sandbox-less (CI runs as root) and quiet: no background traffic that could fail. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Everything that went wrong while a page loaded; all empty on a healthy page. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that failed outright or answered with status >= 400. */
  failedRequests: string[];
}

/** Starts recording the page's problems; the returned object fills up as events arrive. */
export function recordProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

export interface OpenedPage {
  page: Page;
  /** The main document's response (null only for same-document navigations). */
  response: Response | null;
  problems: PageProblems;
}

/**
 * Opens `url` in a new tab of `context`, recording problems from the very first request. Unless
 * `settle` is false (a context without JavaScript makes no late requests), waits until the network
 * has been quiet for a moment.
 */
export async function openPage(context: BrowserContext, url: string, { settle = true }: { settle?: boolean } = {}): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems = recordProblems(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  // Let late requests (lazy scripts, Pagefind) finish so their failures are recorded too.
  // A page that never goes idle is not itself an error, so a timeout here is ignored.
  if (settle) await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  return { page, response, problems };
}

/**
 * One Chromium for a test file: launched before its tests, closed after. `withContext` gives a test a
 * fresh browser context (its own storage, permissions, viewport…) and closes it whatever happens.
 */
export function sharedBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(inject('chromiumPath'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('Chromium is not running: use sharedBrowser() at the top level of a test file.');
    return browser;
  };
  return {
    get browser() {
      return current();
    },
    async withContext<T>(options: Parameters<Browser['newContext']>[0], use: (context: BrowserContext) => Promise<T>): Promise<T> {
      const context = await current().newContext(options);
      try {
        return await use(context);
      } finally {
        await context.close();
      }
    },
  };
}
