/**
 * The `?highlight=` parameter: a result's link carries the terms it found, and the page it opens marks
 * them. Kept dependency-free besides text.ts: the bulletin page ships the reading side.
 */
import { foldText } from './text.ts';

/** The parameter that carries the terms to mark. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Builds the URL a result opens: the page, the terms to highlight there, the section's anchor. */
export function resultUrl(pageUrl: string, anchor: string, terms: readonly string[]): string {
  const url = new URL(pageUrl, 'https://x.invalid');
  for (const term of terms) url.searchParams.append(HIGHLIGHT_PARAM, term);
  if (anchor !== '') url.hash = anchor;
  return url.href.slice('https://x.invalid'.length);
}

/** The terms to mark, folded, from a page's query string: at most 8, none empty or over 100 characters. */
export function highlightTerms(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((term) => foldText(term))
    .filter((term) => term.length > 0 && term.length <= 100)
    .slice(0, 8);
}

/** The address to show once the terms are marked: the same, without the parameter. */
export function withoutHighlight(href: string): URL {
  const url = new URL(href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url;
}
