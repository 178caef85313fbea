/**
 * One search, from what the caller typed to the results to show: plan the query, ask Pagefind for the
 * pages (the bulletins the query names by identifier first), rank their sections. Where Pagefind
 * matched pages but the ranking found no section in them (a word form only Pagefind's stemming knows),
 * the pages themselves. A query of identifiers alone opens with the pages they name. Pagefind and the
 * identifier table are passed in, so this is tested with fakes.
 */
import { pageDocFromFragment, type PageDoc } from './fragment.ts';
import { identifiersOnly, namedBulletins, needsTable, type LookupTable } from './identify.ts';
import { findPages, pageResults, type PagefindFragment, type PagefindLike } from './pagefind.ts';
import { planQuery, type SynonymEntry } from './plan.ts';
import { rankSections, type RankedResult } from './rank.ts';

export interface SearchAnswer {
  results: RankedResult[];
  /** Synonyms and aliases that found something, searched besides what was typed. */
  expanded: string[];
  /** What the caller typed that no page has, in any form. */
  missing: string[];
}

// Pagefind keeps each page's fragment; keep each page's sections with it, so a page is read once.
const docs = new WeakMap<PagefindFragment, PageDoc>();
function docOf(fragment: PagefindFragment): PageDoc {
  let doc = docs.get(fragment);
  if (!doc) docs.set(fragment, (doc = pageDocFromFragment(fragment)));
  return doc;
}

export interface SearchOptions {
  synonyms?: readonly SynonymEntry[];
  /** The words nearly every bulletin has, with their shares: asked of Pagefind only when nothing else is. */
  commonWords?: Readonly<Record<string, number>>;
  /** Characters of excerpt. */
  excerptLength?: number;
  /** Searches within this bulletin only (`ms04-015`). */
  bulletin?: string;
  /** The identifier table (/identifiers.json), asked for only when the query has a KB number or a CVE or CAN id. */
  identifiers?: () => Promise<LookupTable | undefined>;
  /** Pages (fragments) to load at most. */
  maxPages?: number;
  /** Results that are enough to show: pages are loaded, best first, until they give this many. */
  enoughResults?: number;
}

const ENOUGH_RESULTS = 3;

/** The named pages' tops first (each its ranked result, else the page itself), then the rest. */
function namedFirst(results: RankedResult[], named: readonly PagefindFragment[]): RankedResult[] {
  const first = named.map((f) => results.find((r) => r.pageUrl === f.url && r.anchor === '') ?? pageResults([f])[0]!);
  return [...first, ...results.filter((r) => !first.includes(r))];
}

/** Searches `query` in the pages `pagefind` indexes, or in one bulletin's (`ms04-015`). */
export async function search(pagefind: PagefindLike, query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
  const plan = planQuery(query, options.synonyms);
  const scoped = options.bulletin !== undefined;
  const rankOptions = options.excerptLength === undefined ? {} : { excerptLength: options.excerptLength };
  // The table only for a KB number or a CVE id, and a search that goes on without it if it cannot be had.
  const table = !scoped && options.identifiers && needsTable(plan) ? options.identifiers().catch(() => undefined) : Promise.resolve(undefined);
  const { fragments, named, via } = await findPages(pagefind, plan, {
    // Each bulletin page carries a `bulletin` filter with its lower-case id.
    ...(scoped ? { filters: { bulletin: options.bulletin! } } : {}),
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    ...(options.commonWords ? { commonWords: options.commonWords } : {}),
    named: table.then((t) => namedBulletins(plan, t)),
    // MS08-067 (or KB958644, CVE-2008-4250) alone: its pages are the answer, and the pages that only
    // mention it cost a fragment each.
    namedOnly: identifiersOnly(plan),
    // A Japanese bulletin's fragment is its whole text: a second page only when the first has too little.
    enough: (loaded) => rankSections(loaded.map(docOf), plan, rankOptions).results.length >= (options.enoughResults ?? ENOUGH_RESULTS),
  });
  const outcome = rankSections(fragments.map(docOf), plan, rankOptions);
  const ranked = outcome.results.length > 0 || via !== 'terms' ? outcome.results : pageResults(fragments);
  const results = identifiersOnly(plan) ? namedFirst(ranked, named) : ranked;
  return { results, expanded: outcome.expanded, missing: named.length > 0 && identifiersOnly(plan) ? [] : outcome.missing };
}
