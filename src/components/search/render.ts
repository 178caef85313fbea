/**
 * DOM for search results, built with createElement and textContent only: excerpts and titles come in
 * as text and mark runs, links as checked same-origin paths, so nothing from the index is parsed as HTML.
 */
import type { RankedResult } from '../../lib/search/rank.ts';
import { safeResultUrl, type Segment } from '../../lib/search/safe.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends text and `<mark>` runs to `parent`. */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) parent.append(element('mark', 'search-mark', segment.text));
    else parent.append(document.createTextNode(segment.text));
  }
}

/** One result: the section's title as the link, where it is (bulletin › sections), the excerpt. */
export function resultItem(result: RankedResult, index: number): HTMLLIElement | null {
  const href = safeResultUrl(result.url, location.origin);
  if (href === null) return null;
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result-title');
  const link = element('a');
  link.href = href;
  appendSegments(link, result.title);
  const where = element('p', 'search-result-where', [result.bulletin, ...result.path].filter(Boolean).join(' › '));
  where.id = `search-result-where-${index}`;
  // Two questions can share a title (再起動の必要性 for each platform): the place tells them apart.
  link.setAttribute('aria-describedby', where.id);
  heading.append(link);
  item.append(heading, where);
  if (result.excerpt.length > 0) {
    const excerpt = element('p', 'search-result-excerpt');
    appendSegments(excerpt, result.excerpt);
    item.append(excerpt);
  }
  return item;
}
