/**
 * What a result shows of its section: the title and an excerpt as text and mark runs, the excerpt cut
 * around the densest matches. Text, never HTML: the page builds its nodes with textContent.
 */
import type { Segment } from './safe.ts';
import { findTerms, type Folded } from './text.ts';

/** Cuts an excerpt of about `length` characters around the densest matches, as text and mark runs. */
export function excerptSegments(text: string, ranges: ReadonlyArray<[number, number]>, length: number): Segment[] {
  let start = 0;
  if (text.length > length && ranges.length > 0) {
    // The window holding the most matches; it starts a little before its first match.
    let best = 0;
    let bestCount = 0;
    ranges.forEach(([s], i) => {
      const count = ranges.filter(([t]) => t >= s && t < s + length * 0.8).length;
      if (count > bestCount) [best, bestCount] = [i, count];
    });
    start = Math.max(0, Math.min(ranges[best]![0] - Math.floor(length * 0.2), text.length - length));
    // Start at a word or sentence boundary when one is near.
    const boundary = text.slice(Math.max(0, start - 12), start + 1).search(/[\s。、．，.,][^\s。、．，.,]*$/);
    if (start > 0 && boundary !== -1) start = Math.max(0, start - 12) + boundary + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length * 0.7) end = space;
  }
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s !== '') segments.push({ text: s, mark });
  };
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    push(text.slice(at, Math.max(at, s)), false);
    push(text.slice(Math.max(at, s), Math.min(e, end)), true);
    at = Math.min(e, end);
  }
  push(text.slice(at, end), false);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/** A title as segments with the found terms marked, kept whole. */
export function markedTitle(title: string, folded: Folded, terms: readonly string[]): Segment[] {
  const ranges = findTerms(folded, terms);
  return ranges.length === 0 ? [{ text: title, mark: false }] : excerptSegments(title, ranges, Math.max(title.length, 1));
}
