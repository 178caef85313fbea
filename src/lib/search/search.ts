/**
 * One search, from what the caller typed to the results to show: plan the query, ask Pagefind for the
 * pages, rank their sections. Where Pagefind matched pages but the ranking found no section in them
 * (a word form only Pagefind's stemming knows), the pages themselves. Pagefind is passed in, so this
 * is tested with a fake.
 */
import { pageDocFromFragment, type PageDoc } from './fragment.ts';
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

/** Searches `query` in the pages `pagefind` indexes, or in one bulletin's (`ms04-015`); `excerptLength` in characters. */
export async function search(
  pagefind: PagefindLike,
  query: string,
  options: { synonyms?: readonly SynonymEntry[]; excerptLength?: number; bulletin?: string } = {},
): Promise<SearchAnswer> {
  const plan = planQuery(query, options.synonyms);
  // Each bulletin page carries a `bulletin` filter with its lower-case id.
  const { fragments, via } = await findPages(pagefind, plan, options.bulletin ? { filters: { bulletin: options.bulletin } } : {});
  const outcome = rankSections(fragments.map(docOf), plan, options.excerptLength === undefined ? {} : { excerptLength: options.excerptLength });
  const results = outcome.results.length > 0 || via !== 'terms' ? outcome.results : pageResults(fragments);
  return { results, expanded: outcome.expanded, missing: outcome.missing };
}
