/// <reference types="node" />
/**
 * "What does this machine need?" (`/{lang}/check/`) as a help desk uses it, in Chromium, on the
 * published build: the state in the address, the paste of systeminfo, wmic and Get-HotFix output, the
 * result as elements carrying data-bulletin and data-status, the text for the ticket, and the page
 * without JavaScript. The expected bulletins and KB numbers were read from the sources: MS08-067
 * (KB958644) replaces MS06-040 (KB921883), and MS12-054 (KB2733594) replaces MS08-067.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckProductData } from '../../src/lib/check/needs.ts';
import { t } from '../../src/lib/i18n/translate.ts';
import { recordProblems, sharedBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
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

/** The result, as tools read it: each bulletin's id and status, in the page's order. */
async function result(page: Page): Promise<Map<string, string>> {
  await page.locator('[data-result]').waitFor({ state: 'visible' });
  const items = await page.$$eval('[data-result] li[data-bulletin]', (lis) => lis.map((li) => [(li as HTMLElement).dataset['bulletin']!, (li as HTMLElement).dataset['status']!] as const));
  return new Map(items);
}

describe('the check, from a link', () => {
  it('ja: lists what Windows XP SP2 needs, each update to install with the bulletins it covers, and the ticket says the same', async () => {
    const page = await open(withJs, '/ja/check/?os=windows-xp-sp2&kb=958644');
    const problems = recordProblems(page);
    const statuses = await result(page);
    expect(statuses.get('MS08-067')).toBe('installed');
    expect(statuses.get('MS06-040')).toBe('replaced');
    // Every group but check-service-pack (XP SP1's, below): no bulletin names "Windows XP" alone once SP2 was out.
    expect(new Set(statuses.values())).toEqual(new Set(['missing', 'covered', 'conditional', 'installed', 'replaced', 'included']));
    // The done list is closed: its text is there for tools, and shows when opened.
    expect(await page.locator('li[data-bulletin="MS06-040"]').textContent()).toContain('MS08-067');
    // The updates to install come first, each linked to its bulletin page, with the bulletins it covers under it.
    const install = await page.$$eval('[data-install] > li', (lis) => lis.map((li) => [(li as HTMLElement).dataset['status'], li.querySelector('a')?.getAttribute('href'), (li as HTMLElement).dataset['bulletin']]));
    expect(install.length).toBeGreaterThan(10);
    for (const [status, href, id] of install) {
      expect(status).toBe('missing');
      expect(href).toBe(`/ja/bulletins/${id!.toLowerCase()}/`);
    }
    const covered = await page.$$eval('li[data-status="covered"]', (lis) => lis.map((li) => [(li as HTMLElement).dataset['coveredBy'], (li.parentElement!.closest('li[data-bulletin]') as HTMLElement | null)?.dataset['bulletin']]));
    expect(covered.length).toBeGreaterThan(0);
    for (const [by, parent] of covered) expect(by).toBe(parent);
    expect(await page.locator('[data-install-heading]').innerText()).toBe(t('ja', 'check.install', { updates: String(install.length), bulletins: String(install.length + covered.length) }));
    // The ticket: the machine, then one line per update to install, in the same order.
    const ticket = (await page.locator('#check-ticket').innerText()).split('\n');
    expect(ticket[0]).toBe(t('ja', 'check.ticket.os', { os: 'Windows XP Service Pack 2' }));
    const lines = ticket.filter((line) => line.startsWith('- '));
    expect(lines.map((line) => line.split(' ')[1])).toEqual(install.map(([, , id]) => id));
    for (const line of lines) expect(line).toMatch(/^- MS\d{2}-\d{3}( KB\d+)*( \(.+\))?(; .+)?$/);
    expect(ticket.at(-1)).toBe(t('ja', 'check.ticket.link', { url: page.url() }));
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await page.close();
  });

  it('en: lists apart the bulletins the machine’s service pack includes (MS06-040, 2006, on Windows XP SP3, 2008)', async () => {
    const page = await open(withJs, '/en/check/?os=windows-xp-sp3');
    const statuses = await result(page);
    expect(statuses.get('MS06-040')).toBe('included');
    const item = page.locator('[data-done] li[data-bulletin="MS06-040"]');
    await page.locator('.check-done summary').click();
    expect(await item.innerText()).toContain(t('en', 'check.status.included', { product: 'Windows XP Service Pack 3' }));
    await page.close();
  });

  it('en: follows a chain of replacements several bulletins deep', async () => {
    const page = await open(withJs, '/en/check/?os=windows-xp-sp2&kb=KB2733594');
    const statuses = await result(page);
    expect(statuses.get('MS08-067')).toBe('replaced');
    expect(statuses.get('MS06-040')).toBe('replaced');
    expect(await page.locator('li[data-bulletin="MS06-040"]').textContent()).toContain(t('en', 'check.status.replaced', { bulletin: 'MS12-054', kb: 'KB2733594' }));
    // The form shows the state it was opened with.
    expect(await page.inputValue('#check-os')).toBe('windows-xp-sp2');
    expect(await page.inputValue('#check-kb')).toBe('KB2733594');
    await page.close();
  });

  it('says so for a product no bulletin lists as affected, and such a product adds nothing', async () => {
    const page = await open(withJs, '/en/check/?os=windows-xp-sp2');
    const options = async (question: string) => page.$$eval(`#check-${question} option`, (all) => all.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const hasNoAffected = (id: string) => (JSON.parse(readFileSync(join(distDir, 'check/data', `${id}.json`), 'utf8')) as CheckProductData).rows.every((row) => !row.affected);
    const alone = await result(page);
    const emptyOs = (await options('os')).find(hasNoAffected);
    const emptyOther = [...(await options('ie')), ...(await options('office'))].find(hasNoAffected);
    if (!emptyOs && !emptyOther) return expect.unreachable('every product has an affecting bulletin: pick another case');
    if (emptyOs) {
      await page.goto(`${baseUrl}/en/check/?os=${emptyOs}`);
      await page.locator('[data-result]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-result] li[data-bulletin]').count()).toBe(0);
      await expect(page.locator('[data-nothing]').isVisible()).resolves.toBe(true);
    }
    if (emptyOther) {
      const question = (await options('ie')).includes(emptyOther) ? 'ie' : 'office';
      await page.goto(`${baseUrl}/en/check/?os=windows-xp-sp2&${question}=${emptyOther}`);
      // It adds no bulletin of its own (it may take away the rows for other versions of its kind).
      const withIt = await result(page);
      expect([...withIt.keys()].filter((id) => !alone.has(id))).toEqual([]);
    }
    await page.close();
  });

  it('names what it cannot read, in an alert', async () => {
    const page = await open(withJs, '/en/check/?os=windows-99&kb=958644,hello');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain(t('en', 'check.unknownProduct', { id: 'windows-99' }));
    expect(await alert.innerText()).toContain(t('en', 'check.unreadKbs', { tokens: 'hello' }));
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the check, from a paste', () => {
  it('ja: the main button reads a paste not read yet, and warns that an update listed without a number was not read', async () => {
    const page = await open(withJs, '/ja/check/');
    const form = page.getByRole('search', { name: t('ja', 'check.formLabel') });
    await form.getByLabel(t('ja', 'check.paste')).fill(SYSTEMINFO_JA);
    await form.getByRole('button', { name: t('ja', 'check.submit') }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?os=windows-xp-sp2&kb=958644');
    expect((await result(page)).get('MS08-067')).toBe('installed');
    expect(await page.getByRole('alert').innerText()).toBe(t('ja', 'check.read.more', { declared: '2', read: '1' }));
    expect((await page.locator('#check-ticket').innerText()).split('\n')[0]).toBe(t('ja', 'check.ticket.machine', { host: 'PC01' }));
    await page.close();
  });

  const SYSTEMINFO_JA = [
    'ホスト名:               PC01',
    'OS 名:                  Microsoft Windows XP Professional',
    'OS バージョン:          5.1.2600 Service Pack 2 ビルド 2600',
    'システムの種類:         X86-based PC',
    'ホットフィックス:       2 ホットフィックスがインストールされています。',
    '                        [01]: File 1',
    '                        [02]: KB958644',
    'ネットワーク カード:    1 NIC(s) インストール済みです。',
  ].join('\r\n');
  const GET_HOTFIX = ['Source        Description      HotFixID      InstalledBy          InstalledOn', '------        -----------      --------      -----------          -----------', 'PC01          Security Update  KB921883      NT AUTHORITY\\SYSTEM  8/9/2006 12:00:00 AM'].join('\n');

  it('ja: reads systeminfo into the form, and the result is a link with the products and KB numbers', async () => {
    const page = await open(withJs, '/ja/check/');
    const form = page.getByRole('search', { name: t('ja', 'check.formLabel') });
    await form.getByLabel(t('ja', 'check.paste')).fill(SYSTEMINFO_JA);
    await form.getByRole('button', { name: t('ja', 'check.read') }).click();
    expect(await page.inputValue('#check-os')).toBe('windows-xp-sp2');
    expect(await page.inputValue('#check-kb')).toBe('KB958644');
    await expect.poll(() => page.locator('[data-status-message]').innerText()).toContain('KB 番号 1 件');
    await form.getByRole('button', { name: t('ja', 'check.submit') }).click();
    const statuses = await result(page);
    expect(new URL(page.url()).search).toBe('?os=windows-xp-sp2&kb=958644');
    expect(statuses.get('MS08-067')).toBe('installed');
    // Nothing of the paste is in the address.
    expect(page.url()).not.toContain('paste');
    await page.close();
  });

  it('en: adds Get-HotFix’s KB numbers to those typed, and keeps the Windows picked', async () => {
    const page = await open(withJs, '/en/check/?os=windows-xp-sp2&kb=958644');
    await result(page);
    await page.getByLabel(t('en', 'check.paste')).fill(GET_HOTFIX);
    await page.getByRole('button', { name: t('en', 'check.read') }).click();
    expect(await page.inputValue('#check-kb')).toBe('KB958644, KB921883');
    await page.getByRole('button', { name: t('en', 'check.submit') }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?os=windows-xp-sp2&kb=958644,921883');
    await expect.poll(async () => (await result(page)).get('MS06-040')).toBe('installed');
    await page.close();
  });

  it('says clearly that a paste is none of the three outputs, and changes nothing', async () => {
    const page = await open(withJs, '/en/check/');
    const problems = recordProblems(page);
    await page.getByLabel(t('en', 'check.paste')).fill('Dear help desk, my computer is slow.');
    await page.getByRole('button', { name: t('en', 'check.read') }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(t('en', 'check.read.unknown'));
    expect(await page.inputValue('#check-kb')).toBe('');
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the check page without JavaScript', () => {
  it('hides the form, says what the check needs, and lists the products', async () => {
    const page = await open(withoutJs, '/en/check/');
    expect(await page.getByRole('search', { name: t('en', 'check.formLabel') }).isVisible()).toBe(false);
    await expect(page.locator('.no-script').innerText()).resolves.toBe(t('en', 'check.noScript'));
    expect(await page.locator('.check-products a[href="/en/products/windows-xp-sp2/"]').count()).toBe(1);
    expect(await page.locator('.check-products a[href="/en/products/windows-7-x64-sp1/"]').count()).toBe(1);
    await page.close();
  });
});

describe('an imported bulletin’s "am I affected?"', () => {
  it('ja: gives the verdict from the installed KB numbers, the replacing update included, and keeps it in the address', async () => {
    const page = await open(withJs, '/ja/bulletins/ms08-067/check/?product=windows-xp-sp2');
    const verdict = page.locator('[data-result] [data-verdict]');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('affected');
    expect(await page.locator('[data-explanation]').innerText()).toBe(t('ja', 'bulletinCheck.reason.unchecked', { product: 'Windows XP Service Pack 2', kbs: 'KB958644' }));
    await page.getByLabel(t('ja', 'check.kbs')).fill('KB958644');
    await page.getByRole('button', { name: t('ja', 'wizard.submit') }).click();
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('patched');
    expect(new URL(page.url()).search).toBe('?product=windows-xp-sp2&kb=958644');
    // MS12-054's update replaces MS08-067's.
    await page.goto(`${baseUrl}/ja/bulletins/ms08-067/check/?product=windows-xp-sp2&kb=2733594`);
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('patched');
    expect(await page.locator('[data-explanation]').innerText()).toContain('MS12-054');
    expect(await page.locator('#bulletin-check-ticket').innerText()).toContain('MS08-067');
    await page.goto(`${baseUrl}/ja/bulletins/ms08-067/check/?product=windows-xp-sp2&kb=111111`);
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('affected');
    await expect(page.locator('[data-download] a').getAttribute('href')).resolves.toBe('https://www.microsoft.com/download/details.aspx?familyid=0d5f9b6e-9265-44b9-a376-2067b73d6a03&displaylang=ja');
    await page.goto(`${baseUrl}/ja/bulletins/ms08-067/check/?product=windows-7-x64`);
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('unknown');
    await page.close();
  });

  it('en: a product the bulletin lists as not affected is not affected, whatever is installed', async () => {
    const page = await open(withJs, '/en/bulletins/ms09-062/check/');
    const product = await page.locator('.bulletin-check-products tr[data-status="not-affected"]').first().getAttribute('data-product');
    if (!product) return expect.unreachable('MS09-062 lists no product as not affected: pick another bulletin');
    await page.locator(`input[name="product"][value="${product}"]`).check();
    await expect.poll(() => page.locator('[data-result] [data-verdict]').getAttribute('data-verdict')).toBe('not-affected');
    await page.close();
  });

  it('works without JavaScript as a table of what the bulletin says of each product', async () => {
    const page = await open(withoutJs, '/en/bulletins/ms08-067/check/');
    expect(await page.getByRole('search', { name: t('en', 'wizard.formLabel') }).isVisible()).toBe(false);
    const row = page.locator('.bulletin-check-products tr[data-product="windows-xp-sp2"]');
    expect(await row.getAttribute('data-status')).toBe('affected');
    expect(await row.innerText()).toContain('KB958644');
    await page.close();
  });

  it('is linked from the bulletins that have the data, and only from those', async () => {
    const slugs = readdirSync(join(distDir, 'ja/bulletins')).filter((name) => /^ms\d{2}-\d{3}$/.test(name));
    const withWizard = slugs.filter((slug) => existsSync(join(distDir, 'ja/bulletins', slug, 'check/index.html')));
    const without = slugs.filter((slug) => !withWizard.includes(slug));
    expect(withWizard.length).toBeGreaterThan(500);
    expect(without.length).toBeGreaterThan(0);
    for (const [slug, linked] of [[without[0]!, false], [withWizard.at(-1)!, true]] as const) {
      const page = await open(withoutJs, `/ja/bulletins/${slug}/`);
      expect(await page.locator(`a[href="/ja/bulletins/${slug}/check/"]`).count(), slug).toBe(linked ? 1 : 0);
      await page.close();
    }
  });
});

// MS03-026 (KB823980) names "Microsoft Windows XP" without a service pack, and says its update will be
// included in Windows XP Service Pack 2 ("…Windows XP Service Pack 2…に含まれる予定です").
describe('a bulletin that names a release without a service pack', () => {
  it('en: applies to Windows XP SP1, saying the bulletin gives no service pack, and not to SP2, which includes the fix', async () => {
    const page = await open(withJs, '/en/check/?os=windows-xp-sp1');
    const statuses = await result(page);
    expect(statuses.get('MS03-026')).toBe('check-service-pack');
    expect(await page.locator('li[data-bulletin="MS03-026"]').innerText()).toContain(t('en', 'check.releaseOnly', { release: 'Microsoft Windows XP' }));
    await page.goto(`${baseUrl}/en/check/?os=windows-xp-sp2`);
    const sp2 = await result(page);
    // MS08-067's update, also to install, replaces MS06-040's; XP SP2 includes MS03-026's fix.
    expect(sp2.get('MS06-040')).toBe('covered');
    expect(sp2.get('MS03-026')).toBe('included');
    await page.close();
  });

  it('ja: the imported wizard finds Windows XP SP2 patched by its service pack, and SP1 affected', async () => {
    const page = await open(withJs, '/ja/bulletins/ms03-026/check/?product=windows-xp-sp2');
    const verdict = page.locator('[data-result] [data-verdict]');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('patched');
    expect(await page.locator('[data-explanation]').innerText()).toBe(t('ja', 'bulletinCheck.reason.service-pack', { bulletin: 'MS03-026', product: 'Windows XP Service Pack 2' }));
    await page.goto(`${baseUrl}/ja/bulletins/ms03-026/check/?product=windows-xp-sp1&kb=823980`);
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('patched');
    await page.goto(`${baseUrl}/ja/bulletins/ms03-026/check/?product=windows-xp-sp1`);
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('affected');
    expect(await page.locator('[data-result] [data-release]').innerText()).toBe(t('ja', 'bulletinCheck.release', { bulletin: 'MS03-026', release: 'Microsoft Windows XP' }));
    await page.close();
  });
});

