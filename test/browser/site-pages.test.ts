/**
 * Site-wide gates in Chromium, over every built page: no accessibility violations (axe-core, WCAG 2.2
 * A and AA) in light and dark mode; content without JavaScript; no Content-Security-Policy violation
 * while the page is used (search run, wizard answered).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium, openPage } from '../support/browser.ts';
import { builtPages, pageKind } from '../support/site-pages.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('distDir'));
let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'));
  contexts.set('light', await browser.newContext({ colorScheme: 'light' }));
  contexts.set('dark', await browser.newContext({ colorScheme: 'dark' }));
  contexts.set('nojs', await browser.newContext({ javaScriptEnabled: false }));
  const csp = await browser.newContext();
  // Recorded from the first script on, before any of the page's own.
  await csp.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  contexts.set('csp', csp);
});
afterAll(async () => {
  await browser?.close();
});

const context = (name: string) => contexts.get(name)!;
const cases = pages.map((p) => [p.path] as const);

/** Uses the page the way a visitor would, so that lazily loaded code runs too. */
async function use(page: Page, path: string) {
  const kind = pageKind(path);
  if (kind === 'search') {
    const box = page.locator('main input[type="search"]').first();
    await box.fill(path.startsWith('/ja/') ? '再起動' : 'restart');
    await page.waitForTimeout(1500);
  }
  if (kind === 'wizard') {
    const radio = page.locator('main input[type="radio"]').first();
    if (await radio.count()) await radio.check();
    const version = page.locator('main input[name="helpctr"]').first();
    if (await version.count()) await version.fill('5.1.2600.200');
    await page.waitForTimeout(300);
  }
  await page.locator('copy-button button').first().focus().catch(() => undefined);
}

describe.each(['light', 'dark'])('axe-core, %s mode', (mode) => {
  it.each(cases)('%s has no violations', async (path) => {
    const { page } = await openPage(context(mode), `${baseUrl}${path}`);
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  it.each(cases)('%s shows its content', async (path) => {
    const { page } = await openPage(context('nojs'), `${baseUrl}${path}`);
    try {
      if (path === '/') {
        // The language chooser: plain links to both languages.
        expect(await page.locator('a[href="/ja/"]').count()).toBeGreaterThan(0);
        return;
      }
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
    } finally {
      await page.close();
    }
  });
});

describe('Content-Security-Policy', () => {
  it.each(cases)('%s: no violation while the page is used', async (path) => {
    const { page, problems } = await openPage(context('csp'), `${baseUrl}${path}`);
    try {
      await use(page, path);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      expect(violations).toEqual([]);
      expect(problems.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
