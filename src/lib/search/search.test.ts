import { describe, expect, it } from 'vitest';
import type { PagefindFragment, PagefindLike } from './pagefind.ts';
import { search } from './search.ts';
import { page, SYNONYMS } from '../../../test/support/search-fixtures.ts';

/** A fake Pagefind holding the sample page, found by any term in `finds`. */
function fakePagefind(finds: readonly string[], fragment: PagefindFragment = { ...page, excerpt: '<mark>Restarting</mark> is rare' }): PagefindLike {
  return {
    search: async (term) => ({ results: term === null || finds.includes(term) ? [{ id: fragment.url, score: 1, data: async () => fragment }] : [] }),
  };
}

describe('search', () => {
  it('ranks the sections of the pages Pagefind finds, through the synonyms', async () => {
    const answer = await search(fakePagefind(['reboot', 'restart']), 'reboot', { synonyms: SYNONYMS });
    expect(answer.results[0]!.url).toBe('/en/bulletins/ms04-015/?highlight=restart#xp-restart');
    expect(answer.expanded).toEqual(['restart']);
    expect(answer.missing).toEqual([]);
  });

  it('shows the page itself, with Pagefind’s excerpt, when Pagefind finds it and the ranking finds no section', async () => {
    const answer = await search(fakePagefind(['reboot']), 'rebooting');
    expect(answer.results.map((r) => [r.url, r.anchor])).toEqual([['/en/bulletins/ms04-015/', '']]);
    expect(answer.results[0]!.excerpt).toEqual([{ text: 'Restarting', mark: true }, { text: ' is rare', mark: false }]);
  });

  it('finds nothing, and says so, for a word no page has', async () => {
    const answer = await search(fakePagefind([]), 'xyzzy');
    expect(answer.results).toEqual([]);
    expect(answer.missing).toEqual(['xyzzy']);
  });

  it('cuts excerpts to the length asked', async () => {
    const [short] = (await search(fakePagefind(['restart']), 'restart', { excerptLength: 10 })).results;
    expect(short!.excerpt.map((s) => s.text).join('').length).toBeLessThan(20);
  });

  it('puts the page a KB number names first, from the identifier table, fetched only for a KB number', async () => {
    const other = { ...page, url: '/en/bulletins/ms09-001/', meta: { title: 'Later bulletin', bulletin: 'MS09-001' }, excerpt: '' };
    const named = { ...page, url: '/en/bulletins/ms08-067/', meta: { title: 'Server Service', bulletin: 'MS08-067' }, excerpt: 'MS08-067' };
    let asked = 0;
    const identifiers = async () => (asked++, { bulletins: ['MS08-067'], kbs: { '958644': ['MS08-067'] }, cves: [['CVE-2008-4250']] });
    const pagefind: PagefindLike = {
      search: async (term, options) => {
        if (options?.filters?.['bulletin'] === 'ms08-067') return { results: [{ id: 'named', score: 0, data: async () => named }] };
        return { results: term === 'restart' || term === '958644' ? [{ id: 'other', score: 9, data: async () => other }] : [] };
      },
    };
    const answer = await search(pagefind, '958644', { identifiers });
    expect(answer.results[0]).toMatchObject({ pageUrl: '/en/bulletins/ms08-067/', anchor: '' });
    expect(answer.missing).toEqual([]);
    expect(asked).toBe(1);
    await search(pagefind, 'restart', { identifiers });
    expect(asked).toBe(1);
  });

  it('shows the bulletins that fix a CVE, written CVE or CAN, from the identifier table: each of them, and no other page', async () => {
    const bulletin = (id: string) => ({ ...page, url: `/ja/bulletins/${id}/`, meta: { title: `Bulletin ${id.toUpperCase()}`, bulletin: id.toUpperCase() }, excerpt: '' });
    const fixers = ['ms09-035', 'ms09-037', 'ms09-055', 'ms09-060', 'ms09-072'];
    const table = {
      bulletins: ['MS09-072', 'MS09-060', 'MS09-055', 'MS09-037', 'MS09-035', 'MS08-067', 'MS03-026'],
      kbs: { '958644': ['MS08-067'] },
      cves: [['CVE-2009-2493'], ['CVE-2009-2493'], ['CVE-2009-2493'], ['CVE-2009-2493'], ['CVE-2009-2493'], ['CVE-2008-4250'], ['CVE-2003-0352']],
    };
    const asked: Array<string | null> = [];
    const loaded: string[] = [];
    const pagefind: PagefindLike = {
      search: async (term, options) => {
        const id = options?.filters?.['bulletin'];
        asked.push(id ? `bulletin:${id}` : term);
        // The terms find other pages that mention the id, scoring higher than the bulletins that fix it.
        const found = id ? [bulletin(id)] : ['ms09-001', 'ms03-039'].map(bulletin);
        return { results: found.map((f) => ({ id: f.url, score: id ? 0 : 9, data: async () => (loaded.push(f.url), f) })) };
      },
    };
    const answer = await search(pagefind, 'CVE-2009-2493', { identifiers: async () => table });
    expect(answer.results.map((r) => [r.pageUrl, r.anchor])).toEqual(fixers.map((id) => [`/ja/bulletins/${id}/`, '']));
    expect(answer.missing).toEqual([]);
    expect(asked.every((a) => a?.startsWith('bulletin:'))).toBe(true);
    expect(loaded).toEqual(fixers.map((id) => `/ja/bulletins/${id}/`));

    for (const query of ['CAN-2003-0352', 'cve-2003-0352']) {
      asked.length = 0;
      loaded.length = 0;
      const [first] = (await search(pagefind, query, { identifiers: async () => table })).results;
      expect(first!.pageUrl).toBe('/ja/bulletins/ms03-026/');
      expect(asked).toEqual(['bulletin:ms03-026']);
      expect(loaded).toEqual(['/ja/bulletins/ms03-026/']);
    }
  });

  it('searches a CVE no bulletin fixes by its terms, as before the table', async () => {
    const identifiers = async () => ({ bulletins: ['MS04-015'], kbs: {}, cves: [['CVE-2004-0199']] });
    const answer = await search(fakePagefind(['cve-2004-0200', 'can-2004-0200']), 'CVE-2004-0200', { identifiers });
    expect(answer.results.map((r) => r.pageUrl)).toEqual(['/en/bulletins/ms04-015/']);
  });

  it('loads a second page only when the first has too few results to show', async () => {
    const other = { ...page, url: '/en/bulletins/ms09-001/', meta: { title: 'Later bulletin', bulletin: 'MS09-001' }, excerpt: '' };
    const loaded: string[] = [];
    const pagefind: PagefindLike = {
      search: async () => ({
        results: [page, other].map((f, i) => ({ id: f.url, score: 2 - i, data: async () => (loaded.push(f.url), { ...f, excerpt: '' }) })),
      }),
    };
    await search(pagefind, 'restart', { enoughResults: 2 });
    expect(loaded).toEqual(['/en/bulletins/ms04-015/']);
    await search(pagefind, 'restart', { enoughResults: 50 });
    expect(loaded).toEqual(['/en/bulletins/ms04-015/', '/en/bulletins/ms04-015/', '/en/bulletins/ms09-001/']);
  });

  it('searches on without the identifier table when it cannot be had', async () => {
    const answer = await search(fakePagefind(['restart']), 'KB958644 restart', { identifiers: () => Promise.reject(new Error('offline')) });
    expect(answer.results[0]!.anchor).toMatch(/restart$/);
  });
});
