/// <reference types="node" />
/**
 * The built bulletin pages in real Chromium: they load cleanly, keep the source's file
 * tables row by row, expose the same anchors in both languages, and / leads to a language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser, type OpenedPage } from '../support/browser.ts';
import { anchorHrefs } from '../support/html.ts';
import { LANGS, SOURCE_PATH, bulletinPath, type Lang } from '../support/paths.ts';
import { parseFileTables } from '../support/source-facts.ts';

/** Section anchors other pages and search results link to; both languages must have them. */
const SECTION_IDS = [
  'summary',
  'affected-software',
  'non-affected-software',
  'severity',
  'faq',
  'vulnerability-details',
  'mitigating-factors',
  'workarounds',
  'update-information',
  'revisions',
];

const sourceTables = parseFileTables(readFileSync(SOURCE_PATH, 'utf8'));

const baseUrl = inject('baseUrl');
const shared = sharedBrowser();
const { withContext } = shared;
const contexts: BrowserContext[] = [];
const opened = new Map<Lang, OpenedPage>();

function bulletin(lang: Lang): OpenedPage {
  const page = opened.get(lang);
  if (page === undefined) throw new Error(`The ${lang} bulletin page was not opened.`);
  return page;
}

beforeAll(async () => {
  // A fresh context (no shared cache or storage) per page, opened one after the other.
  for (const lang of LANGS) {
    const context = await shared.browser.newContext();
    contexts.push(context);
    opened.set(lang, await openPage(context, new URL(bulletinPath(lang), baseUrl).href));
  }
});

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe.each(LANGS)('%s bulletin page', (lang) => {
  it('loads with HTTP 200, no console errors, no page errors and no failed requests', () => {
    const { response, problems } = bulletin(lang);
    expect(response?.status(), `${lang}: status of ${bulletinPath(lang)}`).toBe(200);
    expect(problems, `${lang}: problems while loading`).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  it('has every file-table row of the source, same cells in the same order', async () => {
    const pageRows = await bulletin(lang).page.$$eval('tr', (rows) =>
      rows.map((row) => Array.from(row.cells, (cell) => cell.innerText.trim())),
    );
    const onPage = new Set(pageRows.map((cells) => JSON.stringify(cells)));
    const missing = sourceTables.flatMap((table) =>
      table.rows
        .filter((cells) => !onPage.has(JSON.stringify(cells)))
        .map((cells) => `${table.caption} | ${cells.join(' | ')}`),
    );
    expect(missing, `${lang}: ${missing.length} source file-table rows have no matching <tr>`).toEqual([]);
  });

  it('has the section anchors', async () => {
    const ids = await bulletin(lang).page.evaluate(
      (wanted) => wanted.filter((id) => document.getElementById(id) === null),
      SECTION_IDS,
    );
    expect(ids, `${lang}: elements missing for these ids`).toEqual([]);
  });
});

describe('ja and en bulletin pages', () => {
  it('have the same set of element ids under <main>', async () => {
    const idsOf = (lang: Lang): Promise<string[]> =>
      bulletin(lang).page.evaluate(() => {
        const main = document.querySelector('main');
        if (main === null) return [];
        return [main, ...main.querySelectorAll('[id]')].map((element) => element.id).filter((id) => id !== '');
      });
    const ja = new Set(await idsOf('ja'));
    const en = new Set(await idsOf('en'));
    expect(ja.size, 'ids under <main> on the ja page').toBeGreaterThan(0);
    expect({
      onlyInJa: [...ja].filter((id) => !en.has(id)),
      onlyInEn: [...en].filter((id) => !ja.has(id)),
    }).toEqual({ onlyInJa: [], onlyInEn: [] });
  });
});

describe('/ (site root)', () => {
  it('links to /ja/ and /en/ in plain HTML, so it works without JavaScript', () => {
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    // Resolve relative hrefs as the browser would from /.
    const paths = anchorHrefs(html).map((href) => new URL(href, 'http://site.invalid/').pathname);
    expect(paths).toContain('/ja/');
    expect(paths).toContain('/en/');
  });

  // Chromium's own default language depends on the machine (en-US in most containers),
  // so the preference is always explicit. Japanese is the site's default language.
  it.each([
    { visitor: 'a browser preferring ja-JP', options: { locale: 'ja-JP' }, expected: '/ja/' },
    { visitor: 'a browser preferring en-US', options: { locale: 'en-US' }, expected: '/en/' },
    { visitor: 'a browser preferring neither (fr-FR)', options: { locale: 'fr-FR' }, expected: '/ja/' },
    { visitor: 'an English browser without JavaScript', options: { locale: 'en-US', javaScriptEnabled: false }, expected: '/ja/' },
  ])('sends $visitor to $expected', async ({ options, expected }) => {
    await withContext(options, async (visitor) => {
      const page = await visitor.newPage();
      // 'commit': a redirect may replace the document before it finishes loading.
      await page.goto(new URL('/', baseUrl).href, { waitUntil: 'commit' });
      await page
        .waitForURL((url) => url.pathname.startsWith(expected), { timeout: 15_000 })
        .catch(() => undefined); // the assertion below reports where it ended up instead
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${expected}`));
    });
  });
});
