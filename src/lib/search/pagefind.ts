/**
 * Asking Pagefind which pages to rank. Pagefind is the index (one per language, loaded in small
 * chunks); the sections are ranked by rank.ts. Pagefind is passed in, so this is tested
 * with a fake.
 */
import type { Segment } from './safe.ts';
import { parseMarkedExcerpt } from './safe.ts';
import type { FragmentLike } from './fragment.ts';
import type { QueryPlan } from './plan.ts';
import type { RankedResult } from './rank.ts';

/** A Pagefind result fragment: what fragment.ts reads, and Pagefind's own excerpt. */
export interface PagefindFragment extends FragmentLike {
  excerpt: string;
}

/** The part of Pagefind's JS API used here. */
export interface PagefindLike {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: ReadonlyArray<{ id: string; score: number; data(): Promise<PagefindFragment> }> } | null>;
}

export interface PagesFound {
  fragments: PagefindFragment[];
  /** How the pages were found: by the query's terms, or by reading every page of a small index. */
  via: 'terms' | 'scan' | 'none';
}

/** The strings to ask Pagefind, one search each, so that a page matching any of them is a candidate. */
export function pagefindQueries(plan: QueryPlan, limit = 12): string[] {
  const terms = plan.concepts.flatMap((c) => [...c.alternatives, ...(c.fallback ?? []).flatMap((f) => f.alternatives)].map((a) => a.term));
  return [...new Set(terms.filter((t) => /[\p{L}\p{N}]/u.test(t)))].slice(0, limit);
}

/**
 * The pages worth ranking: those Pagefind finds for any of the plan's terms (one search per term, so
 * a word its segmentation misses cannot hide a page that has the others), best first. When no term
 * finds anything and the index (or the part `filters` limits it to, such as one bulletin) is small,
 * every page: the ranking matches text directly, so it can
 * still find a Japanese compound that Pagefind's word splitting misses.
 */
export async function findPages(
  pagefind: PagefindLike,
  plan: QueryPlan,
  options: { maxPages?: number; scanLimit?: number; filters?: Record<string, string> } = {},
): Promise<PagesFound> {
  const { maxPages = 8, scanLimit = 30, filters } = options;
  const ask = (term: string | null) => pagefind.search(term, filters ? { filters } : undefined);
  const scores = new Map<string, { score: number; data: () => Promise<PagefindFragment> }>();
  const responses = await Promise.all(pagefindQueries(plan).map((term) => ask(term)));
  for (const response of responses) {
    for (const result of response?.results ?? []) {
      const seen = scores.get(result.id);
      scores.set(result.id, { score: (seen?.score ?? 0) + result.score, data: seen?.data ?? (() => result.data()) });
    }
  }
  let via: PagesFound['via'] = 'terms';
  if (scores.size === 0) {
    const all = (await ask(null))?.results ?? [];
    if (all.length === 0 || all.length > scanLimit) return { fragments: [], via: 'none' };
    all.forEach((result) => scores.set(result.id, { score: 0, data: () => result.data() }));
    via = 'scan';
  }
  const best = [...scores.values()].sort((a, b) => b.score - a.score).slice(0, maxPages);
  return { fragments: await Promise.all(best.map((page) => page.data())), via };
}

/**
 * Results for pages Pagefind matched where the ranking found no section (a word form only Pagefind's
 * stemming knows): the page itself, with Pagefind's excerpt read as text and mark runs.
 */
export function pageResults(fragments: readonly PagefindFragment[]): RankedResult[] {
  return fragments.map((fragment) => {
    const title: Segment[] = [{ text: fragment.meta['title'] ?? fragment.url, mark: false }];
    return {
      url: fragment.url,
      pageUrl: fragment.url,
      anchor: '',
      bulletin: fragment.meta['bulletin'] ?? fragment.meta['title'] ?? '',
      path: [],
      title,
      excerpt: parseMarkedExcerpt(fragment.excerpt),
      terms: [],
      score: 0,
    };
  });
}
