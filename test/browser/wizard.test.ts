/// <reference types="node" />
/**
 * "Am I affected?" in real Chromium: the wizard keeps its answers in the URL (links, reload, back and
 * forward), shows hostile query parameters as inert text, copies a ticket-ready answer, works from the
 * keyboard within its script budget; every product's verdict page works without JavaScript; axe finds
 * nothing on either, in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { LANGS, ROOT_DIR, type Lang } from '../support/paths.ts';
import { FIXTURE_FAMILY, MS04_015, MS99_001, expectedVerdict as contractVerdict, namedProducts } from '../support/contract.ts';
import { serveFixtureSite } from '../support/fixture-site.ts';
import type { StaticServer } from '../support/static-server.ts';

const baseUrl = inject('baseUrl');
const shared = sharedBrowser();
const { withContext } = shared;

const wizardPath = (lang: Lang, query = '') => `/${lang}/bulletins/ms04-015/check/${query}`;
const verdictPagePath = (lang: Lang, product: string) => `/${lang}/bulletins/ms04-015/check/${product}/`;

const { affected: AFFECTED } = MS04_015;
const XP_KEY = AFFECTED['windows-xp']!.key;
const CATALOG = (parse(readFileSync(join(ROOT_DIR, 'content/products.yaml'), 'utf8')) as { products: { id: string }[] }).products.map((p) => p.id);
const expectedVerdict = (product: string) => contractVerdict(MS04_015, product);

/** Polls with room for a busy CI machine (the default gives up after one second). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const verdictOf = (page: Page) => page.locator('[data-verdict]').getAttribute('data-verdict');
const verdictCount = (page: Page) => page.locator('[data-verdict]').count();
const search = (page: Page) => new URL(page.url()).search;

describe('the wizard page', () => {
  it.each(LANGS)('%s: loads cleanly, shows the form and no verdict yet', async (lang) => {
    await withContext({}, async (context) => {
      const { page, response, problems } = await openPage(context, `${baseUrl}${wizardPath(lang)}`);
      expect(response?.status()).toBe(200);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
      await eventually(() => page.locator('verdict-wizard form').isVisible()).toBe(true);
      expect(await verdictCount(page)).toBe(0);
      expect(await page.locator('[data-result]').isVisible()).toBe(false);
      // Step 1 offers every catalog product, and something else.
      const choices = await page.locator('input[name=product]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(choices.at(-1)).toBe('other');
      expect([...choices].sort()).toEqual([...CATALOG, 'other'].sort());
    });
  });

  it.each(LANGS)('%s: does not shift its layout while it loads (the form is laid out from the first paint)', async (lang) => {
    await withContext({ viewport: { width: 412, height: 823 } }, async (context) => {
      await context.addInitScript(() => {
        const shifts = { total: 0 };
        (window as unknown as { layoutShift: typeof shifts }).layoutShift = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) shifts.total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const { page } = await openPage(context, `${baseUrl}${wizardPath(lang)}`);
      expect(await page.locator('verdict-wizard :is(input, button):disabled').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { layoutShift: { total: number } }).layoutShift.total)).toBeLessThan(0.01);
    });
  });

  it('loads its script within the 10 KB (gzipped) budget', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(`${baseUrl}${wizardPath('en')}`, { waitUntil: 'networkidle' });
      const inline = await page.$$eval('script:not([src])', (elements) =>
        elements.filter((e) => !e.getAttribute('type') || e.getAttribute('type') === 'module').map((e) => e.textContent ?? ''),
      );
      const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
      expect(scripts.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(10 * 1024);
    });
  });
});

describe('answers in the URL', () => {
  it('loading a URL restores the answers and the verdict; MS04-015\'s helpctr= becomes version= in the address bar', async () => {
    await withContext({}, async (context) => {
      const query = '?product=windows-xp-sp1&helpctr=5.1.2600.200&key=no&service=disabled';
      const { page, problems } = await openPage(context, `${baseUrl}${wizardPath('en', query)}`);
      expect(problems.pageErrors).toEqual([]);
      await eventually(() => search(page)).toBe('?product=windows-xp-sp1&version=5.1.2600.200&key=no&service=disabled');
      expect(await verdictOf(page)).toBe('affected');
      expect(await page.locator('[data-verdict-explanation]').textContent()).toContain('5.1.2600.200, earlier than the fixed version 5.1.2600.1515');
      expect(await page.locator('input[name=product][value=windows-xp-sp1]').isChecked()).toBe(true);
      expect(await page.locator('input[name=version]').inputValue()).toBe('5.1.2600.200');
      expect(await page.locator('input[name=key][value=no]').isChecked()).toBe(true);
      expect(await page.locator('input[name=service][value=disabled]').isChecked()).toBe(true);
      // The disabled service brings the KB841996 caveat to the top, for this product only.
      const callout = page.locator('[data-product=windows-xp-sp1] [data-when=help-service-disabled]');
      expect(await callout.isVisible()).toBe(true);
      expect(await callout.textContent()).toContain('841996');
      // Step 2 shows this product's key and its reg query command.
      const step2 = page.locator('[data-step2] div[data-product=windows-xp-sp1]');
      expect(await step2.isVisible()).toBe(true);
      expect(await step2.textContent()).toContain(`reg query "${XP_KEY}"`);
      // What to do: the download, the command lines the data gives for it, the workarounds and file table.
      const advice = page.locator('[data-result] [data-product=windows-xp-sp1]');
      const links = await advice.locator('a:visible').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      expect(links).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^https:\/\/www\.microsoft\.com\/download\/details\.aspx\?familyid=563f65a3/),
          '/en/bulletins/ms04-015/#workarounds',
          '/en/bulletins/ms04-015/#workaround-unregister-hcp',
          '/en/bulletins/ms04-015/#workaround-outlook-security-update',
          '/en/bulletins/ms04-015/#workaround-plain-text-email',
          '/en/bulletins/ms04-015/#files-xp',
          '/en/bulletins/ms04-015/#faq',
          '/en/bulletins/ms04-015/#caveat-kb842253',
        ]),
      );
      expect(await advice.textContent()).toContain('Windowsxp-kb840374-x86-jpn /norestart');
    });
  });

  it('changing the answers writes them to the URL, and a reload keeps them', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${wizardPath('en')}`);
      await page.getByLabel('Windows XP Service Pack 1', { exact: true }).check();
      await eventually(() => search(page)).toBe('?product=windows-xp-sp1');
      expect(await verdictOf(page)).toBe('affected');
      await page.getByLabel('Version of helpctr.exe').fill('5.1.2600.1515');
      await page.getByLabel('Version of helpctr.exe').press('Enter');
      await eventually(() => search(page)).toBe('?product=windows-xp-sp1&version=5.1.2600.1515');
      expect(await verdictOf(page)).toBe('patched');
      await page.reload();
      expect(await verdictOf(page)).toBe('patched');
      expect(await page.locator('input[name=version]').inputValue()).toBe('5.1.2600.1515');
    });
  });

  it('back and forward step through the answers', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${wizardPath('en')}`);
      await page.locator('input[name=product][value=windows-server-2003]').check();
      await eventually(() => verdictOf(page)).toBe('affected');
      await page.locator('input[name=version]').fill('5.2.3790.161');
      await page.locator('input[name=version]').press('Enter');
      await eventually(() => verdictOf(page)).toBe('patched');
      await page.locator('input[name=key][value=no]').check();
      await eventually(() => search(page)).toBe('?product=windows-server-2003&version=5.2.3790.161&key=no');

      await page.goBack();
      await eventually(() => search(page)).toBe('?product=windows-server-2003&version=5.2.3790.161');
      expect(await page.locator('input[name=key][value=""]').isChecked()).toBe(true);
      expect(await verdictOf(page)).toBe('patched');

      await page.goBack();
      await eventually(() => search(page)).toBe('?product=windows-server-2003');
      expect(await page.locator('input[name=version]').inputValue()).toBe('');
      expect(await verdictOf(page)).toBe('affected');

      await page.goBack();
      await eventually(() => search(page)).toBe('');
      expect(await verdictCount(page)).toBe(0);
      expect(await page.locator('input[name=product]:checked').count()).toBe(0);

      await page.goForward();
      await eventually(() => verdictOf(page)).toBe('affected');
      await page.goForward();
      await eventually(() => verdictOf(page)).toBe('patched');
      expect(await page.locator('input[name=version]').inputValue()).toBe('5.2.3790.161');
    });
  });

  it('a changed answer is a step of its own', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${wizardPath('en')}`);
      await page.locator('input[name=product][value=windows-xp]').check();
      await page.locator('input[name=product][value=windows-98]').check();
      await eventually(() => verdictOf(page)).toBe('not-affected');
      await page.goBack();
      await eventually(() => search(page)).toBe('?product=windows-xp');
      expect(await page.locator('input[name=product][value=windows-xp]').isChecked()).toBe(true);
      expect(await verdictOf(page)).toBe('affected');
    });
  });

  it('carries the answers to the other language', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${wizardPath('en', '?product=windows-me')}`);
      await page.locator('a.lang-switch').click();
      await page.waitForURL((url) => url.pathname === wizardPath('ja'));
      expect(search(page)).toBe('?product=windows-me');
      expect(await verdictOf(page)).toBe('not-affected');
      expect(await page.locator('[data-verdict]').textContent()).toBe('影響を受けない');
    });
  });
});

describe('keyboard and screen readers', () => {
  it('works from the keyboard, announces the verdict and moves to it on submit', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${wizardPath('en')}`);
      await page.locator('input[name=product]').first().focus();
      await page.keyboard.press('Space');
      await eventually(() => search(page)).toBe('?product=windows-xp');
      // Browsing one question's choices with the arrow keys is one answer, so one history step.
      await page.keyboard.press('ArrowDown');
      await eventually(() => search(page)).toBe('?product=windows-xp-sp1');
      await eventually(() => page.locator('#announcer').textContent()).toContain('Affected');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('version');
      await page.keyboard.type('5.1.2600.1515');
      await page.keyboard.press('Enter');
      await eventually(() => verdictOf(page)).toBe('patched');
      await eventually(() => page.locator('#announcer').textContent()).toContain('Patched');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('wizard-result-heading');
      await page.goBack();
      await page.goBack();
      await eventually(() => search(page)).toBe('');
    });
  });
});

describe('hostile and malformed input', () => {
  it('shows injected markup as text: no dialog, no element, no script run', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const query = new URLSearchParams({
        product: '<img src=x onerror=alert(1)>',
        helpctr: '<script>window.__pwned=1;alert(2)</script>',
        key: '<b id=injected>yes</b>',
        service: '"><svg onload=alert(3)>',
      });
      await page.goto(`${baseUrl}${wizardPath('en', `?${query}`)}`, { waitUntil: 'networkidle' });
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img, svg, #injected').count()).toBe(0);
      expect(await verdictOf(page)).toBe('unknown');
      expect(await page.locator('[data-verdict-explanation]').textContent()).toContain('“<img src=x onerror=alert(1)>”');
      const alert = page.locator('[role=alert]');
      expect(await alert.textContent()).toContain('“<script>window.__pwned=1;alert(2)</script>” is not a file version');
      expect(await alert.textContent()).toContain('“<b id=injected>yes</b>”');
      expect(await page.locator('[data-ticket-text]').textContent()).toContain('Product: <img src=x onerror=alert(1)>');
      // Unknown: the list to pick from and the bulletin.
      expect(await page.locator('[data-unknown]').isVisible()).toBe(true);
      expect(await page.locator('[data-unknown] a[href="#all-products"]').count()).toBe(1);
    });
  });

  it('reports a malformed version in an alert and decides as if none was given', async () => {
    await withContext({}, async (context) => {
      const query = `?${new URLSearchParams({ product: 'windows-xp', version: '5.1.<img src=x onerror=alert(1)>', key: 'yes' })}`;
      const { page, problems } = await openPage(context, `${baseUrl}${wizardPath('ja', query)}`);
      expect(problems.pageErrors).toEqual([]);
      expect(await page.locator('[role=alert]').textContent()).toContain('「5.1.<img src=x onerror=alert(1)>」はファイルのバージョンではない');
      expect(await page.locator('input[name=version]').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('input[name=version]').inputValue()).toBe('5.1.<img src=x onerror=alert(1)>');
      expect(await page.locator('img').count()).toBe(0);
      // Without a usable version, the registry key decides.
      expect(await verdictOf(page)).toBe('patched');
    });
  });

  it('leads "something else" to unknown, with the list and the bulletin', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${wizardPath('en')}`);
      await page.getByLabel('None of these').check();
      await eventually(() => verdictOf(page)).toBe('unknown');
      expect(search(page)).toBe('?product=other');
      expect(await page.locator('[role=alert]').textContent()).toBe('');
      const hrefs = await page.locator('[data-unknown] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(['#wizard-step1', '#all-products', '/en/bulletins/ms04-015/#affected-software', '/en/bulletins/ms04-015/#non-affected-software']);
    });
  });
});

describe('copy for the ticket', () => {
  const permissions = { permissions: ['clipboard-read', 'clipboard-write'] };
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it('copies the wizard verdict with the link to this exact verdict', async () => {
    await withContext(permissions, async (context) => {
      const query = '?product=windows-xp-sp1&version=5.1.2600.200';
      const { page } = await openPage(context, `${baseUrl}${wizardPath('en', query)}`);
      await page.getByRole('button', { name: 'Copy for the ticket' }).click();
      await eventually(() => clipboard(page)).toMatch(/^Bulletin: MS04-015/);
      const lines = (await clipboard(page)).split('\n');
      expect(lines).toEqual([
        'Bulletin: MS04-015: Vulnerability in Help and Support Center Could Allow Remote Code Execution (840374)',
        'KB: KB840374',
        'CVE: CVE-2004-0199 (CAN-2004-0199)',
        'Product: Windows XP Service Pack 1',
        'Verdict: Affected. helpctr.exe is version 5.1.2600.200, earlier than the fixed version 5.1.2600.1515: the update is not installed.',
        'Fixed version: helpctr.exe 5.1.2600.1515 or later',
        expect.stringMatching(/^Action: Install security update KB840374: https:\/\/www\.microsoft\.com\/download\/details\.aspx\?familyid=563f65a3-/),
        `Link: ${baseUrl}${wizardPath('en', query)}`,
      ]);
      await eventually(() => page.locator('#announcer').textContent()).toBe('Ticket text copied');
    });
  });

  it('copies the current answers after they change, in Japanese', async () => {
    await withContext(permissions, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${wizardPath('ja')}`);
      await page.locator('input[name=product][value=windows-server-2003-64]').check();
      await page.locator('input[name=key][value=yes]').check();
      await eventually(() => verdictOf(page)).toBe('patched');
      await page.getByRole('button', { name: 'チケット用にコピー' }).click();
      await eventually(() => clipboard(page)).toMatch(/^セキュリティ情報: MS04-015/);
      const text = await clipboard(page);
      expect(text).toContain('\n判定: 修正済み。');
      expect(text).toContain('\n修正済みバージョン: helpctr.exe 5.2.3790.161 以降\n');
      expect(text).toContain('\n対応: なし');
      expect(text.split('\n').at(-1)).toBe(`リンク: ${baseUrl}${wizardPath('ja', '?product=windows-server-2003-64&key=yes')}`);
    });
  });

  it.each(LANGS)('%s: copies a verdict page with its own URL', async (lang) => {
    await withContext(permissions, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${verdictPagePath(lang, 'windows-server-2003')}`);
      await page.locator('.ticket copy-button button').click();
      await eventually(() => clipboard(page)).not.toBe('');
      const text = await clipboard(page);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(text.split('\n').at(-1)).toMatch(new RegExp(`: ${canonical!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(text).toBe((await page.locator('[data-ticket-text]').textContent())!.trim());
      expect(text).toContain('5.2.3790.161');
    });
  });
});

describe('verdict pages without JavaScript', () => {
  it('covers the whole catalog: this test knows every product\'s verdict', () => {
    expect([...CATALOG].sort()).toEqual(namedProducts(MS04_015).sort());
  });

  describe.each(LANGS)('%s', (lang) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await shared.browser.newContext({ javaScriptEnabled: false });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(CATALOG)('%s: shows its verdict, what to check and do, and a wizard link', async (product) => {
      const response = await page.goto(`${baseUrl}${verdictPagePath(lang, product)}`);
      expect(response?.status()).toBe(200);
      expect(await verdictCount(page)).toBe(1);
      expect(await verdictOf(page)).toBe(expectedVerdict(product));
      expect((await page.locator('[data-verdict-explanation]').textContent())?.trim()).not.toBe('');
      expect(await page.locator(`main a[href="${wizardPath(lang, `?product=${product}`)}"]`).count()).toBe(1);
      const text = (await page.locator('main').textContent()) ?? '';
      const facts = AFFECTED[product];
      if (facts) {
        expect(text).toContain(facts.fixed);
        expect(text).toContain(facts.key);
        expect(text).toContain(`reg query "${facts.key}"`);
        // Command lines only where the source gives them for this product.
        expect(/-kb840374-x86-jpn \/passive \/quiet/.test(text)).toBe(facts.commands);
        expect(await page.locator('main a[href*="#files-"]').count()).toBeGreaterThan(0);
        expect(await page.locator('main a[href$="#workarounds"]').count()).toBe(1);
      } else {
        expect(text).not.toContain('Filelist');
        expect(text).not.toContain('-jpn ');
      }
      // The ticket text is there to select by hand.
      expect(await page.locator('[data-ticket-text]').textContent()).toContain(verdictPagePath(lang, product));
    });

    it('the wizard page lists every product as a link to its verdict page', async () => {
      await page.goto(`${baseUrl}${wizardPath(lang)}`);
      expect(await page.locator('verdict-wizard form').isVisible()).toBe(false);
      const hrefs = await page.locator('#all-products a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const product of CATALOG) expect(hrefs).toContain(verdictPagePath(lang, product));
    });
  });
});

describe('another bulletin: the synthetic MS99-001, with its own key file, situation and product family', () => {
  let server: StaticServer;
  const fixtureWizard = (lang: Lang, query = '') => `/${lang}/bulletins/${MS99_001.slug}/check/${query}`;
  const fixtureVerdictPage = (lang: Lang, product: string) => `/${lang}/bulletins/${MS99_001.slug}/check/${product}/`;
  const [browserProduct, browserFacts] = Object.entries(MS99_001.affected).find(([id]) => id.startsWith(FIXTURE_FAMILY.id))!;
  const { param, holds, doesNot, id: situation, caveatText } = MS99_001.situation;

  beforeAll(async () => {
    server = await serveFixtureSite(inject('fixtureDir'));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  it.each(LANGS)('%s: step 1 offers the fixture family under its own group, step 2 asks for its key file and its situation', async (lang) => {
    await withContext({}, async (context) => {
      const { page, problems } = await openPage(context, `${server.url}${fixtureWizard(lang)}`);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
      const group = page.locator('fieldset.group', { has: page.locator(`input[name=product][value=${browserProduct}]`) });
      expect(await group.locator('legend').textContent()).toBe(FIXTURE_FAMILY.wizardGroup.label[lang]);
      const inGroup = await group.locator('input[name=product]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(inGroup).toEqual([...FIXTURE_FAMILY.products]);
      expect(await page.locator('label[for=wizard-version]').textContent()).toContain(MS99_001.keyFile);
      const answers = await page.locator(`input[name=${param}]`).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(answers).toEqual([holds, doesNot, '']);
      // MS04-015's situation is not asked here.
      expect(await page.locator(`input[name=${MS04_015.situation.param}]`).count()).toBe(0);
    });
  });

  it('decides by its key file, shows its situation\'s callout, and reads no helpctr', async () => {
    await withContext({}, async (context) => {
      const query = `?product=${browserProduct}&helpctr=${browserFacts.fixed}&${param}=${holds}`;
      const { page } = await openPage(context, `${server.url}${fixtureWizard('en', query)}`);
      // helpctr is MS04-015's alias only: here it is no answer, and the address is left as it is.
      await eventually(() => verdictOf(page)).toBe('affected');
      expect(search(page)).toBe(query);
      expect(await page.locator('input[name=version]').inputValue()).toBe('');
      const callout = page.locator(`[data-result] [data-product=${browserProduct}] [data-when=${situation}]`);
      expect(await callout.isVisible()).toBe(true);
      expect(await callout.textContent()).toContain(caveatText);
      expect(await page.locator(`[data-step2] div[data-product=${browserProduct}]`).textContent()).toContain(`reg query "${browserFacts.key}"`);

      await page.getByLabel(`Version of ${MS99_001.keyFile}`).fill(browserFacts.fixed);
      await page.getByLabel(`Version of ${MS99_001.keyFile}`).press('Enter');
      await eventually(() => verdictOf(page)).toBe('patched');
      expect(search(page)).toBe(`?product=${browserProduct}&version=${browserFacts.fixed}&${param}=${holds}`);
      expect(await page.locator('[data-verdict-explanation]').textContent()).toContain(`${MS99_001.keyFile} is version ${browserFacts.fixed}`);

      await page.locator(`input[name=${param}][value=${doesNot}]`).check();
      await eventually(() => search(page)).toContain(`${param}=${doesNot}`);
      expect(await callout.isVisible()).toBe(false);
    });
  });

  it('reports an answer that is not one of its situation\'s, with its question', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${server.url}${fixtureWizard('en', `?product=${browserProduct}&${param}=%3Cb%3Eoff%3C%2Fb%3E`)}`);
      await eventually(() => page.locator('[role=alert]').textContent()).toContain('“<b>off</b>” is not an answer to “Is the Fixture service (synthetic) stopped on the computer?” (stopped or running)');
      expect(await page.locator('[role=alert] b').count()).toBe(0);
    });
  });

  describe.each(LANGS)('%s, without JavaScript', (lang) => {
    it.each(namedProducts(MS99_001))('the verdict page of %s gives its contract verdict', async (product) => {
      await withContext({ javaScriptEnabled: false }, async (context) => {
        const page = await context.newPage();
        const response = await page.goto(`${server.url}${fixtureVerdictPage(lang, product)}`);
        expect(response?.status()).toBe(200);
        expect(await verdictOf(page)).toBe(contractVerdict(MS99_001, product));
        const facts = MS99_001.affected[product];
        if (facts) {
          const text = (await page.locator('main').textContent()) ?? '';
          expect(text).toContain(facts.fixed);
          expect(text).toContain(`reg query "${facts.key}"`);
          expect(text).toContain(MS99_001.keyFile);
        }
      });
    });

    it('the wizard page lists the fixture family under its group heading', async () => {
      await withContext({ javaScriptEnabled: false }, async (context) => {
        const page = await context.newPage();
        await page.goto(`${server.url}${fixtureWizard(lang)}`);
        const section = page.locator('#all-products section', { has: page.locator(`a[href="${fixtureVerdictPage(lang, browserProduct)}"]`) });
        expect(await section.locator('h3').textContent()).toBe(FIXTURE_FAMILY.wizardGroup.label[lang]);
      });
    });
  });

  it.each(LANGS)('%s: axe finds nothing on its wizard, answered', async (lang) => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${server.url}${fixtureWizard(lang, `?product=${browserProduct}&version=1.0.0.0&${param}=${holds}`)}`);
      await eventually(() => verdictOf(page)).toBe('affected');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const wizardStates = [
    '',
    '?product=windows-xp-sp1&helpctr=5.1.2600.200&key=no&service=disabled',
    '?product=windows-xp&version=bad',
    '?product=windows-server-2003&helpctr=5.2.3790.161',
    '?product=windows-2000-sp4',
    '?product=%3Cimg%3E',
  ];

  describe.each(LANGS)('%s', (lang) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await shared.browser.newContext();
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(wizardStates)('the wizard at "%s"', async (query) => {
      await page.goto(`${baseUrl}${wizardPath(lang, query)}`);
      expect(await axeViolations(page)).toEqual([]);
    });

    it.each(CATALOG)('the verdict page of %s', async (product) => {
      await page.goto(`${baseUrl}${verdictPagePath(lang, product)}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
