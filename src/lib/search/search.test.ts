import { describe, expect, it } from 'vitest';
import type { PagefindFragment, PagefindLike } from './pagefind.ts';
import { search } from './search.ts';
import { page, SYNONYMS } from './test-fixtures.ts';

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
});
