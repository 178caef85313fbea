/**
 * Which section of the contents is being read, worked out from what an IntersectionObserver reports:
 * the sections (their whole `<section>`, heading and body) that cross a reading line near the top of
 * the window. No layout is read while scrolling; only when the crossing changes are the few candidate
 * headings' positions read, once per change: the deepest crossing section's (its box starts at its
 * heading's top margin, so the line can cross it before its heading), and between sections or inside a
 * section that has subsections, the candidates'.
 */

/** The reading line, in CSS pixels from the top of the window: a heading above it has been passed. */
export const READING_LINE = 120;

/** The observer's root: a one-pixel band at the reading line of a window `viewportHeight` high. */
export function readingLineMargin(viewportHeight: number, line = READING_LINE): string {
  return `-${line}px 0px -${Math.max(0, Math.floor(viewportHeight) - line - 1)}px 0px`;
}

/**
 * For each entry of the contents in page order, the index of its last descendant (itself when it has
 * none), from each entry's depth (0 for a section, 1 for a subsection).
 */
export function subtreeEnds(depths: readonly number[]): number[] {
  return depths.map((depth, i) => {
    let end = i;
    while (end + 1 < depths.length && depths[end + 1]! > depth) end++;
    return end;
  });
}

/**
 * The entry being read: the last one whose heading has passed the line, or -1 before the first.
 * `crossing` holds the entries whose section crosses the line; the deepest of them is being read,
 * unless the line has passed one of its subsections (it is then between them). When no section
 * crosses the line (above the first, between two, below the last), every heading is a candidate.
 * `headingTop` is read only for candidates the crossing cannot settle.
 */
export function currentEntry(crossing: ReadonlySet<number>, ends: readonly number[], headingTop: (index: number) => number, line = READING_LINE): number {
  // The deepest crossing section whose heading has passed the line; a section the line has entered only
  // through its heading's margin is not being read yet (its parent, or none, is).
  const deepest = [...crossing].sort((a, b) => b - a).find((i) => headingTop(i) < line) ?? -1;
  const from = deepest === -1 ? 0 : deepest + 1;
  const to = deepest === -1 ? ends.length - 1 : ends[deepest]!;
  let current = deepest;
  for (let i = from; i <= to; i++) {
    if (headingTop(i) < line) current = i;
    else break;
  }
  return current;
}
