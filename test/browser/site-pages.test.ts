/**
 * Site-wide gates in Chromium, over every kind of built page (of the corpus, a fixed sample): no accessibility violations (axe-core, WCAG 2.2
 * A and AA) in light and dark mode; no Content-Security-Policy violation while the page is used (search
 * run, wizard answered); content without JavaScript.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium, openPage } from '../support/browser.ts';
import { resultsFor } from '../support/search.ts';
import { builtPages, pageKind, sampledPages } from '../support/site-pages.ts';
import { CORPUS_SAMPLE } from '../../src/lib/corpus/files.ts';

const baseUrl = inject('baseUrl');
// Every page of every kind; of the corpus's thousands of bulletin, KB and CVE pages, a fixed sample.
const pages = sampledPages(builtPages(inject('distDir')), new Set(CORPUS_SAMPLE));
const cases = pages.map((p) => [p.path] as const);
/** Pages that send the browser on at once (`/` by script, KB and CAN pages by meta refresh). */
const redirecting = new Set(pages.filter((p) => p.path === '/' || /<meta http-equiv="refresh"/i.test(p.html)).map((p) => p.path));

/** Opens a page; for a redirecting one, waits until the browser has arrived where it leads, then checks that page. */
async function open(context: BrowserContext, path: string) {
  const opened = await openPage(context, `${baseUrl}${path}`);
  if (redirecting.has(path)) {
    await opened.page.waitForURL((url) => url.pathname !== path, { timeout: 15_000 });
    await opened.page.waitForLoadState('load');
  }
  return opened;
}
let browser: Browser;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'));
  withJs = await browser.newContext({ colorScheme: 'light' });
  // Recorded from the first script on, before any of the page's own.
  await withJs.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  withoutJs = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Uses the page the way a visitor would, so that lazily loaded code runs too, and waits until the page
 * has answered: the search has shown its results, the wizard has given its verdict and written it to
 * the URL. The controls must be there: a page that cannot be used fails here rather than passing unused.
 */
async function use(page: Page, path: string) {
  const kind = pageKind(path);
  if (kind === 'search') {
    const query = path.startsWith('/ja/') ? '再起動' : 'restart';
    await page.locator('main input[type="search"]').fill(query);
    await resultsFor(page, query);
    expect(await page.locator('.search-result').count(), 'search results').toBeGreaterThan(0);
  }
  if (kind === 'wizard') {
    await page.locator('main input[type="radio"][name="product"]').first().check();
    const version = page.locator('main input[name="version"]');
    await version.fill('5.1.2600.200');
    await version.press('Enter');
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('version') === '5.1.2600.200' && document.querySelector('main [data-verdict]') !== null,
      undefined,
      { timeout: 15_000 },
    );
  }
}

describe('with JavaScript', () => {
  it.each(cases)('%s: no axe violations in light and dark mode, no CSP violation while used', async (path) => {
    const { page, problems } = await open(withJs, path);
    try {
      expect(await axeViolations(page), 'light mode').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), 'dark mode').toEqual([]);
      await use(page, path);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      expect(violations, 'CSP violations').toEqual([]);
      expect(problems.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  it.each(cases)('%s shows its content', async (path) => {
    const { page } = await open(withoutJs, path);
    try {
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
    } finally {
      await page.close();
    }
  });
});
