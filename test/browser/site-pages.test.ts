/**
 * Site-wide gates in Chromium, over every kind of built page (of the corpus, a fixed sample): no accessibility violations (axe-core, WCAG 2.2
 * A and AA) in light and dark mode; no Content-Security-Policy violation while the page is used (search
 * run, wizard answered); content without JavaScript.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { resultsFor } from '../support/search.ts';
import { browserSampledPages, builtPages, pageKind } from '../support/site-pages.ts';
import { CORPUS_SAMPLE } from '../../src/lib/corpus/files.ts';

const baseUrl = inject('baseUrl');
// Every page of every kind; of the corpus's thousands of bulletin, listing, KB and CVE pages, a fixed
// sample: every bulletin of the corpus sample, and the identifier pages of a curated bulletin, of one
// with CAN ids (their pages send on to the CVE page) and of one with many identifiers.
const pages = browserSampledPages(builtPages(inject('distDir')), new Set(CORPUS_SAMPLE), new Set(['ms04-015', 'ms03-026', 'ms08-067']));
const cases = pages.map((p) => [p.path] as const);
const checked = new Set(pages.map((p) => p.path));
/** Pages that send the browser on at once (`/` by script, KB and CAN pages by meta refresh). */
const redirecting = new Set(pages.filter((p) => p.path === '/' || /<meta http-equiv="refresh"/i.test(p.html)).map((p) => p.path));

/** Opens a page; for a redirecting one, waits until the browser has arrived where it leads. */
async function open(context: BrowserContext, path: string, settle = true) {
  const opened = await openPage(context, `${baseUrl}${path}`, { settle });
  if (redirecting.has(path)) {
    await opened.page.waitForURL((url) => url.pathname !== path, { timeout: 15_000 });
    await opened.page.waitForLoadState('load');
  }
  return opened;
}
const shared = sharedBrowser();
// Two contexts for the whole file, one with JavaScript and one without; each test opens its own page.
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  withJs = await shared.browser.newContext({ colorScheme: 'light' });
  // Recorded from the first script on, before any of the page's own.
  await withJs.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  withoutJs = await shared.browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await withJs?.close();
  await withoutJs?.close();
});

/**
 * Uses the page the way a visitor would, so that lazily loaded code runs too, and waits until the page
 * has answered: the search has shown its results, the wizard has given its verdict and written it to
 * the URL. The controls must be there: a page that cannot be used fails here rather than passing unused.
 */
async function use(page: Page, path: string, expect: ExpectStatic) {
  const kind = pageKind(path);
  if (kind === 'search') {
    const query = path.startsWith('/ja/') ? '再起動' : 'restart';
    await page.locator('main input[type="search"]').fill(query);
    await resultsFor(page, query);
    expect(await page.locator('.search-result').count(), 'search results').toBeGreaterThan(0);
  }
  if (kind === 'check') {
    await page.locator('#check-os').selectOption('windows-xp-sp2');
    await page.locator('machine-check button[type="submit"]').click();
    await page.locator('[data-result]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('[data-result] li[data-bulletin]').count(), 'bulletins in the result').toBeGreaterThan(0);
    expect(await axeViolations(page), 'with the result shown').toEqual([]);
  }
  if (kind === 'wizard') {
    await page.locator('main input[type="radio"][name="product"]').first().check();
    // A curated bulletin's wizard asks for its key file's version; an imported one's, for the installed KB numbers.
    const [field, value] = (await page.locator('main input[name="version"]').count()) > 0 ? ['version', '5.1.2600.200'] : ['kb', '958644'];
    const input = page.locator(`main input[name="${field}"]`);
    await input.fill(value);
    await input.press('Enter');
    await page.waitForFunction(
      ([name, text]) => new URLSearchParams(location.search).get(name!) === text && document.querySelector('main [data-verdict]') !== null,
      [field, value],
      { timeout: 15_000 },
    );
  }
}

// Two pages at a time, one per core: a page's axe run keeps one core busy, the test runner hardly any.
describe.concurrent('with JavaScript', () => {
  // The largest pages (the index of all bulletins, of all CVE ids) take axe a while on a busy machine.
  it.for(cases)('%s: no axe violations in light and dark mode, no CSP violation while used', { timeout: 180_000 }, async ([path], { expect }) => {
    const { page, problems } = await open(withJs, path);
    try {
      if (redirecting.has(path)) {
        // A page that sends the browser on at once is seen only as where it leads, checked on its own.
        expect(checked.has(new URL(page.url()).pathname), `${path} leads to a page checked here`).toBe(true);
      } else {
        expect(await axeViolations(page), 'light mode').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        // Only the colours change with the scheme: the other rules have just run on the same page.
        expect(await axeViolations(page, { only: 'colour' }), 'dark mode').toEqual([]);
      }
      await use(page, path, expect);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      expect(violations, 'CSP violations').toEqual([]);
      expect(problems.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('without JavaScript', () => {
  it.for(cases)('%s shows its content', async ([path], { expect }) => {
    const { page } = await open(withoutJs, path, false);
    try {
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
    } finally {
      await page.close();
    }
  });
});
