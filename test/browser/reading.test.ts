/// <reference types="node" />
/**
 * The reading experience as a reader and a help-desk agent meet it: copy links, the language switch,
 * pages without JavaScript, a phone-sized screen, print, and accessibility in light and dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { LANGS, bulletinPath, type Lang } from '../support/paths.ts';

const baseUrl = inject('baseUrl');
const shared = sharedBrowser();
const { withContext } = shared;

/** Ids of the sections, questions, workarounds and file tables: the anchors a ticket can link to. */
const anchorIds = (page: Page) =>
  page.$$eval('main article :is(h2, h3, h4, h5, h6)[id], main article .file-table[id]', (elements) => elements.map((e) => e.id));

describe('copy link', () => {
  it.each(LANGS)('%s: copies the absolute URL of a FAQ question and announces it', async (lang) => {
    await withContext({ permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath(lang)}`);
      const button = page.locator('#faq-cause').locator('xpath=..').locator('copy-button button');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${bulletinPath(lang)}#faq-cause`);
      await expect.poll(() => page.locator('#announcer').textContent()).toBe(lang === 'ja' ? 'リンクをコピーしました' : 'Link copied');
    });
  });

  it('copies a file table link and a command line exactly', async () => {
    await withContext({ permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath('en')}`);
      await page.locator('#files-xp caption copy-button button').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${bulletinPath('en')}#files-xp`);
      await page.locator('.code-block', { hasText: 'Windowsxp-kb840374-x86-jpn /norestart' }).locator('button').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Windowsxp-kb840374-x86-jpn /norestart');
    });
  });
});

describe('language switch', () => {
  it.each([
    ['ja', 'en'],
    ['en', 'ja'],
  ] as const)('from %s to %s keeps the path and the #anchor', async (from, to) => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath(from)}#workarounds`);
      await page.locator('lang-switch a').click();
      await page.waitForURL(`${baseUrl}${bulletinPath(to)}#workarounds`);
      expect(await page.locator('html').getAttribute('lang')).toBe(to);
    });
  });

  it('without JavaScript is still a plain link to the same page', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath('ja')}`);
      expect(await page.locator('lang-switch a').getAttribute('href')).toBe(bulletinPath('en'));
    });
  });
});

describe('without JavaScript', () => {
  it.each(LANGS)('%s: every section, question, workaround and file table is there, and no copy button', async (lang) => {
    const withJs = await withContext({}, async (context) => anchorIds((await openPage(context, `${baseUrl}${bulletinPath(lang)}`)).page));
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath(lang)}`);
      const ids = await anchorIds(page);
      expect(ids.length).toBeGreaterThan(60);
      expect(ids).toEqual(withJs);
      for (const id of ['summary', 'faq-cause', 'workaround-unregister-hcp', 'files-ws2003-ia64', 'revisions']) {
        expect(await page.locator(`[id="${id}"]`).isVisible(), id).toBe(true);
        // The heading is a plain link to its own anchor.
        if (!id.startsWith('files-')) expect(await page.locator(`[id="${id}"] a`).getAttribute('href')).toBe(`#${id}`);
      }
      expect(await page.locator('copy-button').first().isVisible()).toBe(false);
    });
  });
});

describe('on a 360 px screen', () => {
  it.each(LANGS)('%s: the page itself does not scroll sideways; wide tables scroll in their box', async (lang) => {
    await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath(lang)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const box = page.locator('#files-ws2003-x86 .table-scroll');
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      // The first column stays in view while the table scrolls.
      await box.evaluate((el) => el.scrollBy(200, 0));
      const firstCell = page.locator('#files-ws2003-x86 tbody tr:first-child td:first-child');
      const [boxLeft, cellLeft] = await Promise.all([box.evaluate((el) => el.getBoundingClientRect().left), firstCell.evaluate((el) => el.getBoundingClientRect().left)]);
      expect(Math.abs(cellLeft - boxLeft)).toBeLessThan(2);
    });
  });
});

describe('print', () => {
  it.each(LANGS)('%s: every section prints, the navigation does not', async (lang) => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath(lang)}`);
      const ids = await anchorIds(page);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate((all) => all.filter((id) => !document.getElementById(id)?.checkVisibility()), ids);
      expect(hidden).toEqual([]);
      for (const selector of ['.site-header', '.toc', '.site-footer', 'copy-button']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      // External link targets are printed after the link text.
      const after = await page.locator('a[href^="https://support.microsoft.com/kb/841996"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('https://support.microsoft.com/kb/841996');
    });
  });
});

describe('the contents', () => {
  it.each(LANGS)('%s: mark the section being read, the last heading scrolled past the top, wherever the reader goes', async (lang) => {
    await withContext({ viewport: { width: 1280, height: 800 } }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath(lang)}`);
      const marked = () => page.$$eval('.toc a[aria-current="location"]', (links) => links.map((a) => a.getAttribute('href')));
      /** The section being read as a reader sees it: the last listed heading above the line near the top. */
      const expected = () =>
        page.evaluate(() => {
          const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => a.hash);
          const passed = hrefs.filter((hash) => document.getElementById(decodeURIComponent(hash.slice(1)))!.getBoundingClientRect().top < 120);
          return passed.slice(-1);
        });
      const at = async (scroll: string, to: () => Promise<void>) => {
        await to();
        const want = await expected();
        await expect.poll(marked, { message: scroll, timeout: 10_000 }).toEqual(want);
        return want;
      };
      const headingAtTop = (id: string, below = 0) => () =>
        page.evaluate(([id, below]) => {
          document.getElementById(id)!.scrollIntoView({ behavior: 'instant' });
          scrollBy({ top: below, behavior: 'instant' });
        }, [id, below] as const);

      expect(await at('top of the page', async () => undefined)).toEqual([]);
      expect(await at('#faq', headingAtTop('faq'))).toEqual(['#faq']);
      expect(await at('#workarounds', headingAtTop('workarounds'))).toEqual(['#workarounds']);
      // Inside a section with subsections, before the first and after one of them.
      expect(await at('#update-information', headingAtTop('update-information', 40))).toEqual(['#update-information']);
      await at('below #update-windows-server-2003', headingAtTop('update-windows-server-2003', 600));
      // Jumps, as Home and End make them, with no section passed on the way.
      expect(await at('the end', () => page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })))).not.toEqual([]);
      expect(await at('back to the top', () => page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' })))).toEqual([]);
      await at('halfway', () => page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' })));
    });
  });
});

describe('English pages', () => {
  it('show no Japanese outside the language switch and elements marked lang="ja"', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath('en')}`);
      const japanese = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (/[\u3040-\u30ff\u3400-\u9fff]/.test(text) && node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'ja') found.push(text.trim());
        }
        return found;
      });
      expect(japanese).toEqual([]);
    });
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const pages = [...LANGS.flatMap((lang) => [`/${lang}/`, bulletinPath(lang), `/${lang}/404/`]), '/404.html'];
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(pages)(`${colorScheme}: %s has no violations`, async (path) => {
      await withContext({ colorScheme }, async (context) => {
        const { page } = await openPage(context, `${baseUrl}${path}`);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});

export type { Lang };
