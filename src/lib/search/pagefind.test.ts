import { describe, expect, it } from 'vitest';
import { findPages, pageResults, pagefindQueries, type PagefindFragment, type PagefindLike } from './pagefind.ts';
import { planQuery } from './plan.ts';
import { SYNONYMS } from './test-fixtures.ts';

const fragment = (url: string): PagefindFragment => ({ url, content: url, meta: { title: url }, anchors: [], excerpt: `<mark>${url}</mark> &amp; more` });

/** A fake Pagefind: `index` says which pages each term finds, with what score. */
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
    search: async (term) => {
      searched.push(term);
      return { results: term === null ? pages.map((id) => result(id, 0)) : (index[term] ?? []).map(([id, score]) => result(id, score)) };
    },
  };
  return { pagefind, searched, loaded };
}

describe('findPages', () => {
  it('searches each term on its own and ranks pages by their summed scores', async () => {
    const { pagefind, searched, loaded } = fake({ reboot: [], restart: [['/b/', 1], ['/a/', 0.5]], kb840374: [['/a/', 2]] });
    const found = await findPages(pagefind, planQuery('KB840374 reboot', [{ caller: ['reboot'], bulletin: ['restart'] }]), { maxPages: 1 });
    expect(searched).toEqual(['kb840374', '840374', 'reboot', 'restart']);
    expect(found).toEqual({ fragments: [fragment('/a/')], via: 'terms' });
    expect(loaded).toEqual(['/a/']);
  });

  it('reads every page of a small index when no term finds one (a compound Pagefind splits apart)', async () => {
    const { pagefind, searched } = fake({});
    const found = await findPages(pagefind, planQuery('ガベージコレクション'));
    expect(searched.at(-1)).toBeNull();
    expect(found.via).toBe('scan');
    expect(found.fragments.map((f) => f.url)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('does not read a large index page by page', async () => {
    const { pagefind } = fake({}, Array.from({ length: 50 }, (_, i) => `/p${i}/`));
    expect(await findPages(pagefind, planQuery('xyzzy'), { scanLimit: 30 })).toEqual({ fragments: [], via: 'none' });
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
    expect(pagefindQueries(p)).toEqual(['quiet mode', 'quiet', 'mode', 'kb840374', '840374', 'reboot', 'restart']);
    expect(pagefindQueries(planQuery('/?'))).toEqual([]);
  });
});
