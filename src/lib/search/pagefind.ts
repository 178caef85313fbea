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
  /** The pages to rank: the named bulletins' first, then Pagefind's best. */
  fragments: PagefindFragment[];
  /** The pages of the bulletins the query names by identifier, among `fragments`. */
  named: PagefindFragment[];
  /** How the pages were found: by the query's terms, or by reading every page of a small index. */
  via: 'terms' | 'scan' | 'none';
}

// A Japanese run with its particles (リモートでコードが実行される): Pagefind would look up every particle too.
const WITH_PARTICLES = /[\u3041-\u309f].*[\u3400-\u9fff\u30a0-\u30ff]|[\u3400-\u9fff\u30a0-\u30ff].*[\u3041-\u309f]/;

/**
 * The strings to ask Pagefind, one search each, so that a page matching any of them is a candidate.
 * Each costs the index chunks of its words; a Japanese run with particles is asked as its pieces (the
 * particles' chunks are large and find every page), and the ranking still matches it as written.
 */
export function pagefindQueries(plan: QueryPlan, limit = 12, commonWords: Readonly<Record<string, number>> = {}): string[] {
  const terms = plan.concepts.flatMap((c) =>
    [
      // An identifier as typed; its alias (CAN for CVE, the bare KB number) only if that finds nothing.
      ...(c.kind === 'identifier' ? c.alternatives.slice(0, 1) : c.alternatives).filter((a) => !(c.fallback?.length && WITH_PARTICLES.test(a.term))),
      ...(c.fallback ?? []).flatMap((f) => f.alternatives),
    ].map((a) => a.term),
  );
  const asked = [...new Set(terms.filter((t) => /[\p{L}\p{N}]/u.test(t)))];
  // Words nearly every bulletin has: only when there is nothing else to ask, and then the rarest.
  const isCommon = (t: string) => Object.hasOwn(commonWords, t);
  const rare = asked.filter((t) => !isCommon(t));
  const rarest = asked.sort((a, b) => commonWords[a]! - commonWords[b]!).slice(0, 1);
  return (rare.length > 0 ? rare : rarest).slice(0, limit);
}

/** The aliases of the identifiers whose typed form Pagefind did not find (`found`): CVE-2003-0352 for CAN-2003-0352. */
export function aliasQueries(plan: QueryPlan, found: ReadonlySet<string>): string[] {
  return plan.concepts.filter((c) => c.kind === 'identifier' && !found.has(c.alternatives[0]?.term ?? '')).flatMap((c) => c.alternatives.slice(1).map((a) => a.term));
}

type Candidate = { id: string; score: number; data: () => Promise<PagefindFragment> };

/**
 * Named bulletins to load at most: each is a result to show (one CVE is fixed by as many as five
 * bulletins, CVE-2009-2493), but a pasted list of ids should not load dozens of pages.
 */
export const MAX_NAMED = 8;

/**
 * The pages worth ranking, and only as many as the results show: a query costs Pagefind's index
 * chunks for its terms and at most `maxPages` fragments, or one per named bulletin (an imported
 * bulletin's fragment is its whole text), however large the corpus. Pagefind is asked once per term
 * (so a word its segmentation misses cannot hide a page that has the others), the pages ordered by
 * their summed scores, and the best loaded: `maxPages` at once, or one by one until `enough`. The
 * bulletins `named` by identifier (lower-case ids, the `bulletin` filter's values; every one, up to
 * `maxNamed`) are found by that filter, without a term, and come first (and are all the pages, with
 * `namedOnly`, when found). When no term finds anything and the index (or the part `filters` limits
 * it to, such as one bulletin) has at most `scanLimit` pages, every page: the ranking matches text
 * directly, so it can still find a Japanese compound that Pagefind's word splitting misses; a part
 * that `filters` limits to so few pages is read without asking for terms at all.
 */
export async function findPages(
  pagefind: PagefindLike,
  plan: QueryPlan,
  options: {
    maxPages?: number;
    /** Named bulletins to load at most. */
    maxNamed?: number;
    scanLimit?: number;
    filters?: Record<string, string>;
    /** The words nearly every bulletin has (content/search/common-words.yaml), asked only when nothing else is. */
    commonWords?: Readonly<Record<string, number>>;
    named?: readonly string[] | Promise<readonly string[]>;
    /** When the named bulletins are found, they are all the pages (a query of identifiers alone). */
    namedOnly?: boolean;
    /**
     * Whether the pages loaded so far have enough to show: when given, the pages are loaded one by one
     * (the named ones together first) until it says so or `maxPages` are loaded; else all at once.
     */
    enough?: (fragments: readonly PagefindFragment[]) => boolean;
  } = {},
): Promise<PagesFound> {
  const { maxPages = 3, maxNamed = MAX_NAMED, scanLimit = maxPages, filters } = options;
  const ask = (term: string | null, only = filters) => pagefind.search(term, only ? { filters: only } : undefined);
  const candidate = (r: { id: string; score: number; data(): Promise<PagefindFragment> }): Candidate => ({ id: r.id, score: r.score, data: () => r.data() });
  const asked = async () => {
    const terms = pagefindQueries(plan, undefined, options.commonWords);
    const responses = await Promise.all(terms.map((term) => ask(term)));
    const found = new Set(terms.filter((_, i) => (responses[i]?.results.length ?? 0) > 0));
    return [...responses, ...(await Promise.all(aliasQueries(plan, found).map((term) => ask(term))))];
  };
  // Within one bulletin (or another small part), its page is read as it is: no index chunks needed.
  if (filters) {
    const all = (await ask(null))?.results ?? [];
    if (all.length <= scanLimit) {
      const fragments = await Promise.all(all.map((result) => result.data()));
      return { fragments, named: [], via: fragments.length > 0 ? 'scan' : 'none' };
    }
  }
  const named = (async () => {
    // Within one bulletin (`filters`), that bulletin is the only page anyway.
    const ids = filters ? [] : (await options.named) ?? [];
    const responses = await Promise.all(ids.slice(0, maxNamed).map((id) => ask(null, { bulletin: id })));
    return responses.flatMap((response) => (response?.results[0] ? [candidate(response.results[0])] : []));
  })();
  const searches = options.namedOnly ? named.then((found) => (found.length > 0 ? [] : asked())) : asked();
  const [pinned, responses] = await Promise.all([named, searches]);

  const scores = new Map<string, Candidate>();
  for (const response of responses) {
    for (const result of response?.results ?? []) {
      const seen = scores.get(result.id);
      scores.set(result.id, seen ? { ...seen, score: seen.score + result.score } : candidate(result));
    }
  }
  let via: PagesFound['via'] = 'terms';
  let ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  if (ranked.length === 0 && pinned.length === 0) {
    const all = (await ask(null))?.results ?? [];
    if (all.length === 0 || all.length > scanLimit) return { fragments: [], named: [], via: 'none' };
    ranked = all.map(candidate);
    via = 'scan';
  }
  const pinnedIds = new Set(pinned.map((p) => p.id));
  const best = [...pinned, ...ranked.filter((c) => !pinnedIds.has(c.id))].slice(0, Math.max(maxPages, pinned.length));
  const { enough } = options;
  if (!enough) {
    const fragments = await Promise.all(best.map((page) => page.data()));
    return { fragments, named: fragments.slice(0, pinned.length), via };
  }
  // Page by page, best first, until the pages loaded have enough to show.
  const fragments = await Promise.all(best.slice(0, Math.max(pinned.length, 1)).map((page) => page.data()));
  while (fragments.length < best.length && !enough(fragments)) fragments.push(await best[fragments.length]!.data());
  return { fragments, named: fragments.slice(0, pinned.length), via };
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
