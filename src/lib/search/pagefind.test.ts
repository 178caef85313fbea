import { describe, expect, it } from 'vitest';
import { findPages, pageResults, pagefindQueries, type PagefindFragment, type PagefindLike } from './pagefind.ts';
import { planQuery } from './plan.ts';
import { COMMON_WORDS, SYNONYMS } from '../../../test/support/search-fixtures.ts';

const fragment = (url: string): PagefindFragment => ({ url, content: url, meta: { title: url }, anchors: [], excerpt: `<mark>${url}</mark> &amp; more` });

/**
 * A fake Pagefind: `index` says which pages each term finds, with what score; a search for no term
 * finds every page, or the one whose `bulletin` filter value is its path (`/ms08-067/`).
 */
function fake(index: Record<string, Array<[string, number]>>, pages = ['/a/', '/b/', '/c/']) {
  const searched: Array<string | null> = [];
  const loaded: string[] = [];
  const result = (id: string, score: number) => ({
    id,
    score,
    data: async () => {
      loaded.push(id);
      return fragment(id);
    },
  });
  const pagefind: PagefindLike = {
    search: async (term, options) => {
      const bulletin = options?.filters?.['bulletin'];
      searched.push(bulletin ? `bulletin:${bulletin}` : term);
      const all = bulletin ? pages.filter((id) => id === `/${bulletin}/`) : pages;
      return { results: term === null ? all.map((id) => result(id, 0)) : (index[term] ?? []).map(([id, score]) => result(id, score)) };
    },
  };
  return { pagefind, searched, loaded };
}

describe('findPages', () => {
  it('searches each term on its own and ranks pages by their summed scores', async () => {
    const { pagefind, searched, loaded } = fake({ reboot: [], restart: [['/b/', 1], ['/a/', 0.5]], kb840374: [['/a/', 2]] });
    const found = await findPages(pagefind, planQuery('KB840374 reboot', [{ caller: ['reboot'], bulletin: ['restart'] }]), { maxPages: 1 });
    expect(searched).toEqual(['kb840374', 'reboot', 'restart']);
    expect(found).toEqual({ fragments: [fragment('/a/')], named: [], via: 'terms' });
    expect(loaded).toEqual(['/a/']);
  });

  it('reads the one page of a bulletin without asking for terms', async () => {
    const { pagefind, searched } = fake({ restart: [['/ms04-015/', 1]] }, ['/ms04-015/', '/b/']);
    const found = await findPages(pagefind, planQuery('restart'), { filters: { bulletin: 'ms04-015' } });
    expect(searched).toEqual(['bulletin:ms04-015']);
    expect(found).toMatchObject({ via: 'scan', fragments: [{ url: '/ms04-015/' }] });
  });

  it('reads every page of a small index when no term finds one (a compound Pagefind splits apart)', async () => {
    const { pagefind, searched } = fake({});
    const found = await findPages(pagefind, planQuery('ガベージコレクション'), { maxPages: 3 });
    expect(searched.at(-1)).toBeNull();
    expect(found.via).toBe('scan');
    expect(found.fragments.map((f) => f.url)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('does not read a large index page by page', async () => {
    const { pagefind } = fake({}, Array.from({ length: 50 }, (_, i) => `/p${i}/`));
    expect(await findPages(pagefind, planQuery('xyzzy'), { scanLimit: 30 })).toEqual({ fragments: [], named: [], via: 'none' });
  });

  it('loads the fragments of the best few pages only, however many pages the terms find', async () => {
    const pages = Array.from({ length: 40 }, (_, i): [string, number] => [`/p${i}/`, i]);
    const { pagefind, loaded } = fake({ restart: pages, reboot: [['/p3/', 100]] });
    const found = await findPages(pagefind, planQuery('reboot restart'), { maxPages: 3 });
    expect(found.fragments.map((f) => f.url)).toEqual(['/p3/', '/p39/', '/p38/']);
    expect(loaded.sort()).toEqual(['/p3/', '/p38/', '/p39/']);
  });

  it('asks for an identifier’s alias only when Pagefind does not find it as typed', async () => {
    const { pagefind, searched } = fake({ 'cve-2003-0352': [['/a/', 1]] });
    expect((await findPages(pagefind, planQuery('CAN-2003-0352'))).fragments.map((f) => f.url)).toEqual(['/a/']);
    expect(searched).toEqual(['can-2003-0352', 'cve-2003-0352']);
    searched.length = 0;
    await findPages(pagefind, planQuery('CVE-2003-0352'));
    expect(searched).toEqual(['cve-2003-0352']);
  });

  it('loads page after page, best first, only until they are enough', async () => {
    const { pagefind, loaded } = fake({ restart: [['/a/', 3], ['/b/', 2], ['/c/', 1]] });
    const one = await findPages(pagefind, planQuery('restart'), { enough: (fragments) => fragments.length >= 1 });
    expect(one.fragments.map((f) => f.url)).toEqual(['/a/']);
    expect(loaded).toEqual(['/a/']);
    const all = await findPages(pagefind, planQuery('restart'), { maxPages: 2, enough: () => false });
    expect(all.fragments.map((f) => f.url)).toEqual(['/a/', '/b/']);
  });

  it('puts the bulletins named by identifier first, found by their filter, and fills up with the best of the rest', async () => {
    const pages = ['/ms08-067/', '/ms06-040/', '/ms09-001/', '/ms10-001/'];
    const { pagefind, searched, loaded } = fake({ 'ms08-067': [['/ms06-040/', 5], ['/ms09-001/', 3], ['/ms08-067/', 1], ['/ms10-001/', 0.5]] }, pages);
    const found = await findPages(pagefind, planQuery('MS08-067'), { maxPages: 3, named: Promise.resolve(['ms08-067']) });
    expect(searched).toContain('bulletin:ms08-067');
    expect(found.fragments.map((f) => f.url)).toEqual(['/ms08-067/', '/ms06-040/', '/ms09-001/']);
    expect(found.named.map((f) => f.url)).toEqual(['/ms08-067/']);
    expect(loaded).toHaveLength(3);
  });

  it('loads the named bulletins only, and asks for no term, for a query of identifiers alone', async () => {
    const { pagefind, searched, loaded } = fake({ 'ms08-067': [['/ms06-040/', 5]] }, ['/ms08-067/', '/ms06-040/']);
    const found = await findPages(pagefind, planQuery('MS08-067'), { named: Promise.resolve(['ms08-067']), namedOnly: true });
    expect(found.fragments.map((f) => f.url)).toEqual(['/ms08-067/']);
    expect(searched).toEqual(['bulletin:ms08-067']);
    expect(loaded).toEqual(['/ms08-067/']);
    // A bulletin id no page has: the terms are asked after all.
    const missing = fake({ 'ms99-999': [['/ms06-040/', 1]] });
    expect((await findPages(missing.pagefind, planQuery('MS99-999'), { named: ['ms99-999'], namedOnly: true })).fragments.map((f) => f.url)).toEqual(['/ms06-040/']);
  });

  it('loads every named bulletin, more than `maxPages`, up to `maxNamed`', async () => {
    const pages = ['/ms09-035/', '/ms09-037/', '/ms09-055/', '/ms09-060/', '/ms09-072/', '/a/'];
    const named = pages.slice(0, 5).map((p) => p.slice(1, -1));
    const { pagefind, loaded } = fake({ 'cve-2009-2493': [['/a/', 9]] }, pages);
    const found = await findPages(pagefind, planQuery('CVE-2009-2493'), { maxPages: 3, named, namedOnly: true, enough: () => true });
    expect(found.fragments.map((f) => f.url)).toEqual(pages.slice(0, 5));
    expect(found.named).toHaveLength(5);
    expect(loaded.sort()).toEqual(pages.slice(0, 5));
    const capped = await findPages(fake({}, pages).pagefind, planQuery('CVE-2009-2493'), { named, namedOnly: true, maxNamed: 2 });
    expect(capped.fragments.map((f) => f.url)).toEqual(pages.slice(0, 2));
  });

  it('finds a named bulletin that no term finds (a bare KB number the page does not spell out)', async () => {
    const { pagefind } = fake({}, ['/ms08-067/', '/b/', '/c/', '/d/']);
    const found = await findPages(pagefind, planQuery('958644'), { named: ['ms08-067'] });
    expect(found).toMatchObject({ via: 'terms', named: [{ url: '/ms08-067/' }], fragments: [{ url: '/ms08-067/' }] });
  });

  it('ignores named bulletins within one bulletin', async () => {
    const { pagefind, searched } = fake({ 'ms08-067': [['/a/', 1]] }, ['/ms04-015/']);
    const found = await findPages(pagefind, planQuery('MS08-067'), { filters: { bulletin: 'ms04-015' }, named: ['ms08-067'] });
    expect(searched).not.toContain('bulletin:ms08-067');
    expect(found.named).toEqual([]);
  });
});

describe('pageResults', () => {
  it('shows a page with Pagefind’s excerpt as text and marks', () => {
    expect(pageResults([fragment('/a/')])[0]).toMatchObject({
      url: '/a/',
      anchor: '',
      excerpt: [
        { text: '/a/', mark: true },
        { text: ' & more', mark: false },
      ],
    });
  });
});

describe('pagefindQueries', () => {
  it('asks for every way of writing every concept, once each', () => {
    const p = planQuery('KB840374 reboot "quiet mode"', SYNONYMS);
    expect(pagefindQueries(p)).toEqual(['quiet mode', 'quiet', 'mode', 'kb840374', 'reboot', 'restart']);
    expect(pagefindQueries(planQuery('/?'))).toEqual([]);
    // A Japanese run with particles is asked as its pieces.
    expect(pagefindQueries(planQuery('リモートでコードが実行される'), 12, COMMON_WORDS)).toEqual(['リモート']);
    expect(pagefindQueries(planQuery('ファイル情報'), 12, COMMON_WORDS)).toEqual(['ファイル情報']);
  });

  it('asks for a word nearly every bulletin has only when there is nothing else, and then the rarest', () => {
    expect(pagefindQueries(planQuery('LSASS の脆弱性'), 12, COMMON_WORDS)).toEqual(['lsas']);
    expect(pagefindQueries(planQuery('Server サービスの脆弱性'), 12, COMMON_WORDS)).toEqual(['サービス']);
    expect(pagefindQueries(planQuery('脆弱性'), 12, COMMON_WORDS)).toEqual(['脆弱性']);
    // Without the table every word is asked.
    expect(pagefindQueries(planQuery('LSASS の脆弱性'))).toEqual(['lsas', '脆弱性']);
  });
});
