/// <reference types="node" />
/**
 * Search, through the real search page in Chromium: the help-desk query sets within MS04-015 and the
 * cross-bulletin query sets on a whole-corpus build (hit@1 and hit@3 per language, printed for CI),
 * the URL as the search, the keyboard, the status region, pages without JavaScript, inert HTML in the
 * query, the page a result opens, the `/` shortcut, what a query costs (bytes, time; typical queries
 * under 200 KB; Pagefind loads on no other page) and accessibility in light and dark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_SAMPLE } from '../../src/lib/corpus/files.ts';
import { axeViolations } from '../support/axe.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { queryCost, resultsFor } from '../support/search.ts';
import { LANGS, ROOT_DIR, bulletinPath, type Lang } from '../support/paths.ts';

const baseUrl = inject('baseUrl');
const shared = sharedBrowser();
const { withContext } = shared;

const searchPath = (lang: Lang, q?: string) => `/${lang}/search/${q === undefined ? '' : `?${new URLSearchParams({ q })}`}`;
/** The search within MS04-015, the bulletin the help-desk questions are about (its page's "search within" link). */
const withinPath = (lang: Lang, q?: string) => `/${lang}/search/?${new URLSearchParams({ ...(q === undefined ? {} : { q }), bulletin: 'ms04-015' })}`;

/** Types a query into the search page's box and waits for its results. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('#search-q').fill(query);
  await resultsFor(page, query);
}

/** The results' links, as the bulletin path and the anchor (`top` for the page itself). */
const resultLinks = (page: Page) =>
  page.$$eval('.search-result-title a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return { path: url.pathname, anchor: url.hash.slice(1) || 'top' };
    }),
  );

interface QuerySetEntry {
  q: string;
  anchors: string[];
}
const querySet = (lang: Lang): QuerySetEntry[] =>
  (parse(readFileSync(join(ROOT_DIR, `test/search/queries.${lang}.yaml`), 'utf8')) as QuerySetEntry[]).map((e) => ({ q: String(e.q), anchors: e.anchors }));

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

describe('the help-desk query sets', () => {
  // The questions are about MS04-015: asked within it, as its page's "search within" link does.
  it.each(LANGS)(
    '%s: within MS04-015, the answering anchor is among the first three results for at least 90% of the questions',
    async (lang) => {
      const queries = querySet(lang);
      expect(queries.length).toBeGreaterThanOrEqual(30);
      await withContext({}, async (context) => {
        const { page } = await openPage(context, `${baseUrl}${withinPath(lang)}`);
        let first = 0;
        let top3 = 0;
        const misses: string[] = [];
        for (const { q, anchors } of queries) {
          await search(page, q);
          const links = (await resultLinks(page)).slice(0, 3);
          const rank = links.findIndex((l) => l.path === bulletinPath(lang) && anchors.includes(l.anchor));
          if (rank === 0) first++;
          if (rank >= 0) top3++;
          if (rank !== 0) misses.push(`  ${rank === -1 ? 'miss ' : `hit@${rank + 1}`} ${q} → ${links.map((l) => l.anchor).join(', ') || '(none)'}`);
        }
        console.log(
          `search ${lang} within MS04-015: ${queries.length} questions, hit@1 ${percent(first, queries.length)} (${first}), hit@3 ${percent(top3, queries.length)} (${top3})` +
            (misses.length > 0 ? `\n${misses.join('\n')}` : ''),
        );
        expect(top3 / queries.length).toBeGreaterThanOrEqual(0.9);
      });
    },
    240_000,
  );
});

interface CorpusEntry {
  q: string;
  bulletins: string[];
  anchors?: string[];
}
const corpusSet = (lang: Lang): CorpusEntry[] =>
  (parse(readFileSync(join(ROOT_DIR, `test/search/corpus-queries.${lang}.yaml`), 'utf8')) as CorpusEntry[]).map((e) => ({ ...e, q: String(e.q) }));
// The questions' bulletins are all built only in a build of the whole corpus (not CORPUS=sample).
const corpusBuilt = LANGS.every((lang) =>
  corpusSet(lang).every((e) => e.bulletins.every((id) => existsSync(join(inject('distDir'), lang, 'bulletins', id, 'index.html')))),
);

describe.skipIf(!corpusBuilt)('the corpus query sets', () => {
  it(
    'an answering bulletin is among the first three results for at least 90% of the questions across the corpus',
    async () => {
      let asked = 0;
      let top3 = 0;
      for (const lang of LANGS) {
        const queries = corpusSet(lang);
        await withContext({}, async (context) => {
          const { page } = await openPage(context, `${baseUrl}${searchPath(lang)}`);
          let first = 0;
          let found = 0;
          const misses: string[] = [];
          for (const { q, bulletins, anchors } of queries) {
            await search(page, q);
            const links = (await resultLinks(page)).slice(0, 3);
            const rank = links.findIndex((l) => bulletins.some((id) => l.path === `/${lang}/bulletins/${id}/`) && (!anchors || anchors.includes(l.anchor)));
            if (rank === 0) first++;
            if (rank >= 0) found++;
            if (rank !== 0) misses.push(`  ${rank === -1 ? 'miss ' : `hit@${rank + 1}`} ${q} → ${links.map((l) => `${l.path.split('/')[3]}#${l.anchor}`).join(', ') || '(none)'}`);
          }
          console.log(
            `search ${lang} across the corpus: ${queries.length} questions, hit@1 ${percent(first, queries.length)} (${first}), hit@3 ${percent(found, queries.length)} (${found})` +
              (misses.length > 0 ? `\n${misses.join('\n')}` : ''),
          );
          asked += queries.length;
          top3 += found;
        });
      }
      expect(asked).toBeGreaterThanOrEqual(30);
      expect(top3 / asked).toBeGreaterThanOrEqual(0.9);
    },
    300_000,
  );
});

/** The part of Pagefind's JS API (dist/pagefind/pagefind.js) the tests call in the page. */
interface PagefindModule {
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{
    results: Array<{
      data(): Promise<{ url: string; content: string; anchors: { id: string }[]; sub_results: { url: string; weighted_locations: { balanced_score: number }[] }[] }>;
    }>;
  }>;
}

/**
 * Loads Pagefind's module in the page as window.pagefind. Passed as a string, so the test runner does
 * not rewrite its import() for Node (and no eval runs under the page's Content-Security-Policy).
 */
async function loadPagefind(page: Page): Promise<void> {
  await page.evaluate("import('/pagefind/pagefind.js').then(async (m) => { await m.init(); window.pagefind = m; })");
}

/**
 * How many pages the `lang` index holds, and the fragments (url, content, anchors) of the pages of the
 * bulletins `slugs`: reading all of the corpus's fragments would download tens of megabytes.
 */
async function indexedPages(page: Page, slugs: readonly string[]) {
  await loadPagefind(page);
  return page.evaluate(async (wanted) => {
    const { pagefind } = window as unknown as { pagefind: PagefindModule };
    const count = (await pagefind.search(null)).results.length;
    const pages = await Promise.all(
      wanted.map(async (slug) => {
        const found = await pagefind.search(null, { filters: { bulletin: slug } });
        return Promise.all(found.results.map(async (r) => {
          const d = await r.data();
          return { url: d.url, content: d.content, anchors: d.anchors.map((a) => a.id) };
        }));
      }),
    );
    return { count, pages: pages.flat() };
  }, slugs);
}

/** How many bulletin pages the build has in each language (the whole corpus, or the sample). */
const builtBulletins = readdirSync(join(inject('distDir'), 'ja', 'bulletins'), { withFileTypes: true }).filter((e) => e.isDirectory() && /^ms\d{2}-\d{3}$/.test(e.name)).length;

describe('the index', () => {
  it.each(LANGS)('%s: holds the bulletins’ content only: no navigation, footer, contents or copy buttons', async (lang) => {
    const ui = (await import(`../../src/i18n/${lang}.ts`)).default as Record<string, string>;
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${searchPath(lang)}`);
      const { count, pages } = await indexedPages(page, CORPUS_SAMPLE);
      // Every bulletin page is indexed; a fixed sample of them is read.
      expect(count).toBe(builtBulletins);
      expect(pages.length).toBe(CORPUS_SAMPLE.length);
      // One index per language: this language's pages only, the bulletin among them.
      expect(pages.every((p) => p.url.startsWith(`/${lang}/`))).toBe(true);
      const bulletin = pages.find((p) => p.url === bulletinPath(lang));
      for (const { url, content } of pages) {
        for (const key of ['site.name', 'nav.skip', 'search.label', 'footer.disclaimer', 'toc.title', 'copy.link', 'glance.title', 'bulletin.source']) {
          expect(content, `${url}: ${key}`).not.toContain(ui[key]);
        }
      }
      // Sections, questions, workarounds and file tables are anchors a result can open at.
      for (const id of ['summary', 'faq-cause', 'workaround-unregister-hcp', 'files-xp', 'xp-restart']) expect(bulletin!.anchors).toContain(id);
    });
  });
});

describe('for comparison: Pagefind alone', () => {
  // The same questions straight to Pagefind (within MS04-015), its sub-results ordered by their words' scores: what the
  // query rewriting, synonyms and section ranking add. Measured and printed, not asserted.
  it.each(LANGS)('%s: Pagefind without our query logic', async (lang) => {
    const queries = querySet(lang);
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${withinPath(lang)}`);
      await loadPagefind(page);
      const ranked = await page.evaluate(async (qs) => {
        const { pagefind } = window as unknown as { pagefind: PagefindModule };
        const out: string[][] = [];
        for (const q of qs) {
          const response = await pagefind.search(q, { filters: { bulletin: 'ms04-015' } });
          const subs: Array<{ anchor: string; score: number }> = [];
          for (const result of response.results.slice(0, 5)) {
            const data = await result.data();
            for (const sub of data.sub_results) {
              subs.push({ anchor: new URL(sub.url, location.origin).hash.slice(1) || 'top', score: sub.weighted_locations.reduce((a, l) => a + l.balanced_score, 0) });
            }
          }
          out.push(subs.sort((a, b) => b.score - a.score).slice(0, 3).map((x) => x.anchor));
        }
        return out;
      }, queries.map((e) => e.q));
      const ranks = queries.map(({ anchors }, i) => ranked[i]!.findIndex((a) => anchors.includes(a)));
      const empty = queries.filter((_, i) => ranked[i]!.length === 0).map((e) => e.q);
      console.log(
        `search ${lang} within MS04-015, Pagefind alone: hit@1 ${percent(ranks.filter((r) => r === 0).length, queries.length)}, ` +
          `hit@3 ${percent(ranks.filter((r) => r >= 0).length, queries.length)}, no results for ${empty.length}: ${empty.join(' | ')}`,
      );
    });
  }, 120_000);
});

describe('the search page', () => {
  it('shows results for /ja/search/?q=再起動 within MS04-015, the restart sections first', async () => {
    await withContext({}, async (context) => {
      const { page, problems } = await openPage(context, `${baseUrl}${withinPath('ja', '再起動')}`);
      await resultsFor(page, '再起動');
      expect(await page.locator('#search-q').inputValue()).toBe('再起動');
      const [best] = await resultLinks(page);
      expect(best?.path).toBe(bulletinPath('ja'));
      expect(['ws2003-restart', 'xp-restart']).toContain(best?.anchor);
      // Each result shows the bulletin and where the section is, and an excerpt with the term marked.
      const first = page.locator('.search-result').first();
      expect(await first.locator('.search-result-where').textContent()).toMatch(/^MS04-015 › /);
      expect(await first.locator('.search-result-excerpt mark').first().textContent()).toBe('再起動');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
  });

  it.each([
    ['ja', '入力検証のエラー', 'faq-whats-wrong'],
    ['en', 'there is an input validation error', 'faq-whats-wrong'],
    ['en', 'HKEY_CLASSES_ROOT\\HCP', 'workaround-unregister-hcp'],
  ] as const)('%s: the words of an answer ("%s") open at its question', async (lang, query, anchor) => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${withinPath(lang, query)}`);
      await resultsFor(page, query);
      expect((await resultLinks(page))[0]).toEqual({ path: bulletinPath(lang), anchor });
    });
  });

  it('keeps q in the URL in step while typing, so the search is a link', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${withinPath('en')}`);
      await page.locator('#search-q').pressSequentially('reboot');
      await resultsFor(page, 'reboot');
      expect(new URL(page.url()).searchParams.get('q')).toBe('reboot');
      await page.locator('#search-q').fill('silent install');
      await resultsFor(page, 'silent install');
      expect(new URL(page.url()).searchParams.get('q')).toBe('silent install');
      await page.locator('#search-q').fill('');
      expect(new URL(page.url()).searchParams.has('q')).toBe(false);
      // Reloading the link gives the same search.
      await page.goto(`${baseUrl}${withinPath('en', 'uninstall')}`);
      await resultsFor(page, 'uninstall');
      expect((await resultLinks(page))[0]?.anchor).toMatch(/-removal$/);
    });
  });

  it('the header search box submits to the search page', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath('en')}`);
      await page.locator('#site-search').fill('KB840374');
      await page.locator('#site-search').press('Enter');
      await page.waitForURL(`${baseUrl}${searchPath('en', 'KB840374')}`);
      await resultsFor(page, 'KB840374');
      expect((await resultLinks(page))[0]).toEqual({ path: bulletinPath('en'), anchor: 'top' });
    });
  });

  it.each([
    ['ja', 'CVE-2003-0352'],
    ['ja', 'CAN-2003-0352'],
    ['en', 'cve-2003-0352'],
  ] as const)('%s: "%s" opens with the bulletin that fixes it (MS03-026), loading no other page', async (lang, query) => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const fragments: string[] = [];
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).pathname.includes('/pagefind/fragment/')) fragments.push(request.url());
      });
      await page.goto(`${baseUrl}${searchPath(lang, query)}`);
      await resultsFor(page, query);
      expect((await resultLinks(page))[0]).toEqual({ path: `/${lang}/bulletins/ms03-026/`, anchor: 'top' });
      expect(await page.locator('.search-result-where').first().textContent()).toBe('MS03-026');
      // Another bulletin of the sample mentions the id (MS03-039): the table names the one that fixes it.
      expect(fragments).toHaveLength(1);
    });
  });

  it.each(LANGS)('%s: searches in a worker, off the main thread: Pagefind and its index load there, in the page\'s language, not in the page', async (lang) => {
    const query = lang === 'ja' ? '再起動' : 'restart';
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl}${searchPath(lang, query)}`);
      await resultsFor(page, query);
      const workers = page.workers().filter((w) => new URL(w.url()).pathname.includes('search-worker'));
      expect(workers, 'the search worker').toHaveLength(1);
      const loaded = (target: { evaluate<R>(fn: () => R): Promise<R> }) =>
        target.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/pagefind/')));
      const inWorker = await loaded(workers[0]!);
      expect(inWorker).toContain('/pagefind/pagefind.js');
      // The page's language's index (pagefind.ja_….pf_meta), not the largest one.
      expect(inWorker.filter((p) => p.endsWith('.pf_meta'))).toEqual([expect.stringMatching(new RegExp(`^/pagefind/pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`))]);
      expect(await loaded(page), 'Pagefind files fetched by the page itself').toEqual([]);
      // The results link the site's own pages, on this origin.
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.path).toMatch(new RegExp(`^/${lang}/bulletins/ms\\d\\d-\\d{3}/$`));
    });
  });

  it('announces the count in a status region', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${searchPath('en')}`);
      await search(page, 'restart');
      const count = await page.locator('.search-result').count();
      expect(count).toBeGreaterThan(1);
      const status = page.locator('[role="status"].search-status');
      await expect.poll(() => status.textContent()).toBe(`${count} results for “restart”`);
      await search(page, 'xyzzy');
      await expect.poll(() => status.textContent()).toMatch(/^No results for “xyzzy”\./);
    });
  });

  it('reaches the results from the keyboard', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${searchPath('en', 'restart')}`);
      await resultsFor(page, 'restart');
      const activeHref = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? document.activeElement?.id);
      const links = await page.$$eval('.search-result-title a', (as) => as.map((a) => a.getAttribute('href')));
      // Tab: box → button → first result.
      await page.locator('#search-q').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await activeHref()).toBe(links[0]);
      // Arrows: from the box to the first result, down to the second, back up to the box.
      await page.locator('#search-q').focus();
      await page.keyboard.press('ArrowDown');
      expect(await activeHref()).toBe(links[0]);
      await page.keyboard.press('ArrowDown');
      expect(await activeHref()).toBe(links[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await activeHref()).toBe('search-q');
      // Enter on a result opens it at its anchor.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => /^\/en\/bulletins\/[a-z0-9-]+\/$/.test(url.pathname) && url.hash !== '');
    });
  });

  it.each(LANGS)('%s: without JavaScript shows the form and says that search needs JavaScript', async (lang) => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${searchPath(lang, 'restart')}`);
      expect(await page.locator('form[action] #search-q').isVisible()).toBe(true);
      const note = page.locator('.search-noscript');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('JavaScript');
      expect(await note.locator('a').getAttribute('href')).toBe(`/${lang}/`);
    });
  });

  it('renders script and HTML in q as text', async () => {
    const attack = `restart <img src=x onerror="window.__xss=1"><script>window.__xss=2</script><mark>x</mark>"'&amp;`;
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${searchPath('en', attack)}`);
      await resultsFor(page, attack);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('main img, main script:not([type]), .search-results script').count()).toBe(0);
      // The only marks are the ones the page made for matched terms.
      const marks = await page.$$eval('main mark', (ms) => ms.map((m) => m.className));
      expect(marks.every((c) => c === 'search-mark')).toBe(true);
      expect(await page.locator('#search-q').inputValue()).toBe(attack);
      expect(await page.title()).toContain('<img src=x');
    });
  });
});

describe('the page a result opens', () => {
  it.each([
    ['ja', 'アンインストール', /-removal$/],
    ['en', 'does it need a reboot', /-restart$/],
  ] as const)('%s: "%s" opens at the section, the terms marked, the link still plain', async (lang, query, anchor) => {
    await withContext({ permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${withinPath(lang, query)}`);
      await resultsFor(page, query);
      await page.locator('.search-result-title a').first().click();
      await page.waitForURL((url) => url.pathname === bulletinPath(lang));
      const hash = new URL(page.url()).hash.slice(1);
      expect(hash).toMatch(anchor);
      // The terms are marked inside the section the result opened…
      await expect.poll(() => page.locator(`section:has(> .anchored-heading > [id="${hash}"]) mark.search-mark`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // …and the address is the plain link again, so copying it gives a clean link.
      expect(new URL(page.url()).search).toBe('');
      const button = page.locator(`[id="${hash}"]`).locator('xpath=..').locator('copy-button button');
      await button.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${bulletinPath(lang)}#${hash}`);
    });
  });
});

describe('the / shortcut', () => {
  it('focuses the header search box on a bulletin page, and the search box on the search page', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${bulletinPath('en')}`);
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      // Typing a / in a field is just a /.
      await page.keyboard.type('/norestart');
      expect(await page.locator('#site-search').inputValue()).toBe('/norestart');
      await page.goto(`${baseUrl}${searchPath('en')}`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    });
  });

  it('can be turned off on the search page (WCAG 2.1.4)', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, `${baseUrl}${searchPath('ja')}`);
      await page.locator('.search-settings input[type="checkbox"]').uncheck();
      await page.goto(`${baseUrl}${bulletinPath('ja')}`);
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('site-search');
    });
  });
});

describe('what search costs', () => {
  // The JavaScript budget of these pages is the site-wide gate's (test/browser/site-budgets.test.ts);
  // here: none of Pagefind loads before someone searches.
  it.each(['/en/', '/ja/', bulletinPath('en'), bulletinPath('ja'), searchPath('ja'), searchPath('en')])('%s loads nothing of Pagefind until a search', async (path) => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const pagefind: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(pagefind).toEqual([]);
    });
  });

  it.each(LANGS)('%s: one typical query typed on a fresh page, then another: bytes downloaded (under 200 KB), time from keystroke to results printed', async (lang) => {
    const [query, second] = lang === 'ja' ? ['再起動は必要ですか', 'アンインストール方法'] : ['does it need a reboot', 'how do I uninstall'];
    await withContext({}, async (context) => {
      const page = await context.newPage();
      // Bytes on the wire (the test server compresses text as static hosts do) and as files.
      const sizes = new Map<string, Promise<[number, number]>>();
      page.on('requestfinished', (request) => {
        if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
        sizes.set(request.url(), Promise.all([request.sizes().then((s) => s.responseBodySize), request.response().then(async (r) => (r ? (await r.body()).length : 0))]));
      });
      await page.goto(`${baseUrl}${searchPath(lang)}`, { waitUntil: 'networkidle' });
      expect(sizes.size).toBe(0);
      await page.locator('#search-q').click();
      await page.locator('#search-q').pressSequentially(query);
      await resultsFor(page, query);
      const all = await Promise.all(sizes.values());
      const bytes = all.reduce((sum, [wire]) => sum + wire, 0);
      const files = all.reduce((sum, [, file]) => sum + file, 0);
      const cold = await page.evaluate(() => performance.getEntriesByName('search:results').at(-1)?.duration ?? NaN);
      await page.locator('#search-q').fill(second);
      await resultsFor(page, second);
      const warm = await page.evaluate(() => performance.getEntriesByName('search:results').at(-1)?.duration ?? NaN);
      console.log(
        `search cost ${lang}: "${query}" on a fresh page downloaded ${bytes} bytes from /pagefind/ (${files} bytes of files) in ${sizes.size} requests; ` +
          `keystroke to results ${cold.toFixed(0)} ms (first query, Pagefind loading while typing), ${warm.toFixed(0)} ms (next query)`,
      );
      // Times are printed, not asserted: a busy machine would fail them. `npm run bench:scale` measures them.
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThan(200 * 1024);
      expect(await page.locator('.search-result').count(), 'results of the next query').toBeGreaterThan(0);
    });
  });
});

describe('the common words (content/search/common-words.yaml)', () => {
  it('are asked of Pagefind only when a query has nothing else: 「LSASS の脆弱性」 loads the index chunks of LSASS alone', async () => {
    const chunks = (q: string) =>
      withContext({}, async (context) => {
        const page = await context.newPage();
        const requested: string[] = [];
        page.on('request', (request) => {
          const { pathname } = new URL(request.url());
          if (pathname.startsWith('/pagefind/index/')) requested.push(pathname);
        });
        await page.goto(`${baseUrl}${searchPath('ja', q)}`);
        await resultsFor(page, q);
        return requested.sort();
      });
    const lsass = await chunks('LSASS');
    expect(lsass.length).toBeGreaterThan(0);
    expect(await chunks('LSASS の脆弱性')).toEqual(lsass);
  });
});

describe('what a query costs, however large the corpus', () => {
  // A query loads Pagefind, the index chunks of its terms and the fragments of the few pages it shows
  // (an imported bulletin's fragment is its whole text), and /identifiers.json for a KB number or CVE id.
  it.each([
    ['ja', '再起動'],
    ['ja', 'KB958644'],
    ['ja', 'MS08-067'],
    ['ja', 'LSASS'],
    ['ja', 'リモートでコードが実行される'],
    ['en', 'restart'],
    ['ja', 'CVE-2008-4250'],
    ['en', 'CVE-2008-4250'],
    ['en', '958644'],
  ] as const)('%s "%s" on a fresh page downloads under 200 KB', async (lang, query) => {
    await withContext({}, async (context) => {
      const { bytes, requests, fragments, ms } = await queryCost(await context.newPage(), `${baseUrl}${searchPath(lang, query)}`, query);
      console.log(`search cost ${lang} "${query}": ${(bytes / 1024).toFixed(0)} KB in ${requests} requests (${fragments} fragments), ${ms} ms from the page's start to results`);
      expect(bytes).toBeLessThan(200 * 1024);
    });
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each([
      ['ja', '再起動'],
      ['en', 'restart'],
      ['ja', ''],
      ['en', ''],
    ] as const)(`${colorScheme}: the %s search page for "%s" has no violations`, async (lang, q) => {
      await withContext({ colorScheme }, async (context) => {
        const { page } = await openPage(context, `${baseUrl}${searchPath(lang, q || undefined)}`);
        if (q) await resultsFor(page, q);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
    it.each(LANGS)(`${colorScheme}: %s bulletin page with marked terms has no violations`, async (lang) => {
      await withContext({ colorScheme }, async (context) => {
        const { page } = await openPage(context, `${baseUrl}${bulletinPath(lang)}?highlight=restart&highlight=${encodeURIComponent('再起動')}&highlight=kb840374#summary`);
        expect(await page.locator('mark.search-mark').count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});
