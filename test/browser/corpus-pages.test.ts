/// <reference types="node" />
/**
 * The corpus's pages as a reader uses them, in Chromium, on the published build: an imported bulletin
 * in Japanese (the whole source, its anchors and copy-link buttons) and in English (the facts), the
 * links between bulletins that replace each other, the lists with their filters (links without
 * JavaScript, instant with it), the KB and CVE pages of imported bulletins, and the home page's box.
 * Every expected value here was read from the source files in content/sources/microsoft/ja-jp.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/lib/i18n/translate.ts';
import { sharedBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const shared = sharedBrowser();
// Two contexts for the whole file, one with JavaScript and one without; each test opens its own page.
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  withJs = await shared.browser.newContext();
  withoutJs = await shared.browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await withJs?.close();
  await withoutJs?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  return page;
}

describe('an imported bulletin, in Japanese', () => {
  it('shows its header from the source: id, severity, title, KB, CVE', async () => {
    const page = await open(withoutJs, '/ja/bulletins/ms08-067/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Server サービスの脆弱性により、リモートでコードが実行される');
    const meta = await page.locator('.bulletin-header').innerText();
    expect(meta).toContain('MS08-067');
    expect(meta).toContain('緊急');
    expect(meta).toContain('KB958644');
    expect(meta).toContain('CVE-2008-4250');
    await page.close();
  });

  it('names the impacts of its vulnerabilities at a glance, in the source’s words', async () => {
    const page = await open(withoutJs, '/ja/bulletins/ms12-020/');
    const glance = await page.locator('.glance').innerText();
    expect(glance).toContain('脆弱性の影響\nリモートでコードが実行される、サービス拒否');
    await page.close();
  });

  it('has the contract anchors of the sections it has, and the vulnerability anchor', async () => {
    const page = await open(withoutJs, '/ja/bulletins/ms08-067/');
    for (const id of ['summary', 'affected-software', 'faq', 'workarounds', 'revisions', 'vulnerability-cve-2008-4250']) {
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
    // Microsoft's images are gone; our marks with text stand in for the download arrow.
    expect(await page.locator('article img').count()).toBe(0);
    expect(await page.locator('article .mark-download').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('offers a copy-link button on every heading once its script runs, named after the heading', async () => {
    const page = await open(withJs, '/ja/bulletins/ms08-067/');
    const button = page.locator('.source-body copy-button[data-anchor="summary"] button');
    await expect(button.getAttribute('aria-label')).resolves.toBe(t('ja', 'copy.linkTo', { title: await page.locator('#summary').innerText() }));
    const headings = await page.locator('.source-body .anchored-heading').count();
    expect(await page.locator('.source-body .anchored-heading copy-button button').count()).toBe(headings);
    await page.close();
  });

  it('links the bulletins it replaces, and the one it is replaced by links back', async () => {
    const page = await open(withoutJs, '/ja/bulletins/ms08-067/');
    expect(await page.locator('[data-relation="replaces"] a[href="/ja/bulletins/ms06-040/"]').count()).toBeGreaterThan(0);
    await page.close();
    const older = await open(withoutJs, '/ja/bulletins/ms06-040/');
    expect(await older.locator('[data-relation="replaced-by"] a[href="/ja/bulletins/ms08-067/"]').count()).toBeGreaterThan(0);
    await older.close();
  });

  it('offers a search within it, and credits Microsoft under CC BY 4.0', async () => {
    const page = await open(withoutJs, '/ja/bulletins/ms08-067/');
    expect(await page.locator('a[href="/ja/search/?bulletin=ms08-067"]').count()).toBe(1);
    expect(await page.locator('footer a[href="https://creativecommons.org/licenses/by/4.0/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="https://learn.microsoft.com/ja-jp/security-updates/securitybulletins/2008/ms08-067"]').count()).toBe(1);
    await page.close();
  });
});

describe('an imported bulletin, in English', () => {
  it('shows the facts in English, the Japanese title marked as Japanese, and the ways to the full text', async () => {
    const page = await open(withoutJs, '/en/bulletins/ms08-067/');
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('ja');
    const header = await page.locator('.bulletin-header').innerText();
    expect(header).toContain('Critical');
    expect(header).toContain('KB958644');
    const notice = page.locator('.translation-notice');
    expect(await notice.locator('a[href="/ja/bulletins/ms08-067/"]').count()).toBe(1);
    expect(await notice.locator('a[href="https://learn.microsoft.com/en-us/security-updates/securitybulletins/2008/ms08-067"]').count()).toBe(1);
    for (const id of ['summary', 'affected-software', 'vulnerability-cve-2008-4250']) {
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
    // The vulnerability links to its section of the Japanese page.
    expect(await page.locator('a[href="/ja/bulletins/ms08-067/#vulnerability-cve-2008-4250"]').count()).toBe(1);
    await page.close();
  });

  it('says in English what each vulnerability lets an attacker do, as the source’s severity table does', async () => {
    // MS12-020's table: CVE-2012-0002 リモートでコードが実行される, CVE-2012-0152 サービス拒否.
    const page = await open(withoutJs, '/en/bulletins/ms12-020/');
    const items = await page.locator('.vulnerability-list li').allInnerTexts();
    expect(items.find((item) => item.startsWith('CVE-2012-0002'))).toMatch(/\(Remote Code Execution\)$/);
    expect(items.find((item) => item.startsWith('CVE-2012-0152'))).toMatch(/\(Denial of Service\)$/);
    const glance = await page.locator('.glance').innerText();
    expect(glance).toContain(`${t('en', 'summary.impact')}\nRemote Code Execution, Denial of Service`);
    await page.close();
  });
});

describe('the lists', () => {
  it('list every bulletin, newest first, with one page per year', async () => {
    const page = await open(withoutJs, '/ja/bulletins/');
    const ids = await page.locator('.bulletin-list > li strong').allInnerTexts();
    expect(ids.length).toBe(1504);
    expect(ids[0]).toBe('MS17-023');
    expect(ids.at(-1)).toBe('MS99-030');
    await page.close();
    const year = await open(withoutJs, '/ja/bulletins/2008/');
    const of2008 = await year.locator('.bulletin-list > li strong').allInnerTexts();
    expect(of2008.length).toBeGreaterThan(50);
    expect(of2008.every((id) => id.startsWith('MS08-'))).toBe(true);
    await year.close();
  });

  it('filter without JavaScript through links to static pages', async () => {
    const page = await open(withoutJs, '/ja/bulletins/2008/');
    await page.locator('.filter-links a', { hasText: t('ja', 'severity.critical') }).click();
    await page.waitForURL(/\/ja\/bulletins\/severity\/critical\/$/);
    const severities = await page.locator('.bulletin-list > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-severity')));
    expect(severities.length).toBeGreaterThan(100);
    expect(new Set(severities)).toEqual(new Set(['critical']));
    await page.close();
  });

  it('filter instantly with JavaScript, and keep the choice in the address', async () => {
    const page = await open(withJs, '/en/bulletins/2008/');
    await page.locator('select[name="severity"]').selectOption('critical');
    await page.locator('select[name="family"]').selectOption('office');
    await page.waitForURL(/\?severity=critical&family=office$/);
    const shown = await page.locator('.bulletin-list > li:not([hidden])').evaluateAll((items) =>
      items.map((li) => [li.getAttribute('data-severity'), li.getAttribute('data-families')]),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const [severity, families] of shown) {
      expect(severity).toBe('critical');
      expect(families!.split(' ')).toContain('office');
    }
    await expect(page.locator('.list-status').innerText()).resolves.toBe(t('en', 'list.count', { count: shown.length }));
    // The address is the filter: opened again, the list is filtered the same way.
    const again = await open(withJs, `/en/bulletins/2008/?severity=critical&family=office`);
    expect(await again.locator('.bulletin-list > li:not([hidden])').count()).toBe(shown.length);
    await again.close();
    await page.close();
  });

  it('the home page shows the latest bulletins and the years', async () => {
    const page = await open(withoutJs, '/en/');
    await expect(page.locator('#bulletins ~ .bulletin-list > li strong').first().innerText()).resolves.toBe('MS17-023');
    expect(await page.locator('.year-links a[href="/en/bulletins/1999/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('ways in to imported bulletins', () => {
  it('a KB page sends the reader to its bulletin', async () => {
    const page = await open(withoutJs, '/ja/kb/958644/');
    await page.waitForURL(/\/ja\/bulletins\/ms08-067\/$/);
    await page.close();
  });

  it('a CVE page names the bulletin that fixes it, and the CAN id leads there', async () => {
    const page = await open(withoutJs, '/en/cve/CVE-2008-4250/');
    expect(await page.locator('[data-bulletin="MS08-067"] a[href="/en/bulletins/ms08-067/"]').count()).toBe(1);
    // …and what the vulnerability lets an attacker do, as its severity table says.
    expect(await page.locator('[data-bulletin="MS08-067"] p').innerText()).toMatch(/\(Remote Code Execution\)$/);
    await page.close();
    const ja = await open(withoutJs, '/ja/cve/CVE-2008-4250/');
    expect(await ja.locator('[data-bulletin="MS08-067"] p').innerText()).toMatch(/（リモートでコードが実行される）$/);
    await ja.close();
    const can = await open(withoutJs, '/ja/cve/CAN-2003-0352/');
    await can.waitForURL(/\/ja\/cve\/CVE-2003-0352\/$/);
    expect(await can.locator('[data-bulletin="MS03-026"]').count()).toBe(1);
    await can.close();
  });

  it.each([
    ['KB958644', '/ja/bulletins/ms08-067/'],
    ['ms08067', '/ja/bulletins/ms08-067/'],
    ['CAN-2003-0352', '/ja/cve/CVE-2003-0352/'],
  ])('the home page box takes %s to %s', async (text, expected) => {
    const page = await open(withJs, '/ja/');
    const box = page.getByRole('search', { name: t('ja', 'ids.boxLabel'), exact: true }).getByRole('searchbox');
    await box.fill(text);
    await Promise.all([page.waitForURL((url) => url.pathname === expected), box.press('Enter')]);
    await page.close();
  });
});

describe('product pages from the corpus', () => {
  it('list the bulletins that affect a product, newest first, with the update, its download and what replaces it', async () => {
    const page = await open(withoutJs, '/en/products/windows-xp-sp2/');
    const rows = await page.$$eval('#affected ~ ol > li[data-bulletin]', (items) => items.map((li) => [(li as HTMLElement).dataset['bulletin'], (li as HTMLElement).dataset['status']]));
    // MS08-067 (2008) before MS06-040 (2006); every row of this list is affected.
    const ids = rows.map(([id]) => id);
    expect(ids.indexOf('MS08-067')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('MS08-067')).toBeLessThan(ids.indexOf('MS06-040'));
    expect(rows.every(([, status]) => status === 'affected')).toBe(true);
    // The download link of MS08-067's row for Windows XP Service Pack 2, as the source gives it.
    const ms08067 = page.locator('li[data-bulletin="MS08-067"]');
    expect(await ms08067.locator('a[href="https://www.microsoft.com/download/details.aspx?familyid=0d5f9b6e-9265-44b9-a376-2067b73d6a03&displaylang=ja"]').count()).toBe(1);
    // MS06-040's update is replaced by MS08-067's (MS08-067 names MS06-040 as the update it replaces).
    expect(await page.locator('li[data-bulletin="MS06-040"] [data-replaced-by] a[href="/en/bulletins/ms08-067/"]').count()).toBe(1);
    // The text for the ticket: one line per bulletin, with its KB number.
    const ticket = (await page.locator('#affected-ticket').innerText()).split('\n');
    expect(ticket).toContain('MS08-067 KB958644');
    expect(ticket).toContain('MS06-040 KB921883');
    expect(ticket.length).toBe(rows.length);
    await page.close();
  });

  it('list the bulletins that list a product as not affected, apart', async () => {
    const page = await open(withoutJs, '/ja/products/windows-vista-sp1/');
    const statuses = await page.$$eval('#not-affected ~ ol > li[data-bulletin]', (items) => items.map((li) => (li as HTMLElement).dataset['status']));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['not-affected']));
    await page.close();
  });

  it('list apart the bulletins whose fix a service pack includes, and say where a bulletin names only the release', async () => {
    // MS03-026 names "Microsoft Windows XP" and says its update will be included in Windows XP Service Pack 2.
    const sp2 = await open(withoutJs, '/en/products/windows-xp-sp2/');
    expect(await sp2.locator('#fixed ~ ol > li[data-bulletin="MS03-026"]').getAttribute('data-status')).toBe('fixed');
    expect(await sp2.locator('#affected ~ ol > li[data-bulletin="MS03-026"]').count()).toBe(0);
    await sp2.close();
    const sp1 = await open(withoutJs, '/ja/products/windows-xp-sp1/');
    const item = sp1.locator('#affected ~ ol > li[data-bulletin="MS03-026"]');
    expect(await item.getAttribute('data-status')).toBe('affected');
    expect(await item.locator('[data-release] dd').innerText()).toBe(t('ja', 'product.releaseOnly', { release: 'Microsoft Windows XP' }));
    await sp1.close();
  });

  it('list apart the bulletins released before a service pack, whose fix it includes', async () => {
    // MS08-067 (2008-10-23) names Windows Vista and Vista SP1; Vista SP2 came out in 2009, so it includes the fix.
    const page = await open(withoutJs, '/ja/products/windows-vista-sp2/');
    const item = page.locator('#included ~ ol > li[data-bulletin="MS08-067"]');
    expect(await item.getAttribute('data-status')).toBe('included');
    expect(await page.locator('#affected ~ ol > li[data-bulletin="MS08-067"]').count()).toBe(0);
    expect(await page.locator('#included ~ p').first().innerText()).toBe(t('ja', 'product.includedNote', { product: 'Windows Vista Service Pack 2' }));
    await page.close();
    // The service pack out when it was published stays affected, with the source's download.
    const sp1 = await open(withoutJs, '/en/products/windows-vista-sp1/');
    const affected = sp1.locator('#affected ~ ol > li[data-bulletin="MS08-067"]');
    expect(await affected.getAttribute('data-status')).toBe('affected');
    expect(await affected.locator('a[href*="download"]').count()).toBeGreaterThan(0);
    await sp1.close();
  });

  it('the wizard of MS08-067 says that Windows Server 2008 SP2, released after it, includes its fix', async () => {
    const page = await open(withoutJs, '/en/bulletins/ms08-067/check/');
    const row = page.locator('tr[data-product="windows-server-2008-x86-sp2"]');
    expect(await row.getAttribute('data-status')).toBe('included');
    expect(await row.locator('td').first().innerText()).toBe(t('en', 'status.product.included'));
    expect(await row.locator('th a').getAttribute('href')).toBe('/en/products/windows-server-2008-x86-sp2/');
    await page.close();
  });

  it('the products index lists the corpus families with a count per product', async () => {
    const page = await open(withoutJs, '/en/products/');
    expect(await page.locator('[data-family="windows-7"] a[href="/en/products/windows-7-x64-sp1/"]').count()).toBe(1);
    const count = await page.locator('[data-family="windows-7"] li', { has: page.locator('a[href="/en/products/windows-7-x64-sp1/"]') }).locator('.count').innerText();
    expect(Number(/\d+/.exec(count)?.[0])).toBeGreaterThan(50);
    await page.close();
  });
});
