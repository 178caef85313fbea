import { describe, expect, it } from 'vitest';
import { currentEntry, readingLineMargin, subtreeEnds } from './reading-position.ts';

// at-a-glance, summary (with caveats), faq, update-information (with xp and ws2003), revisions.
const depths = [0, 0, 1, 0, 0, 1, 1, 0];
const ends = subtreeEnds(depths);

/** Heading tops for a page scrolled so that the line (120) sits at `at`, headings every 1000 px. */
const tops = (at: number) => {
  const read: number[] = [];
  return { read, top: (i: number) => (read.push(i), i * 1000 - at + 120) };
};

describe('subtreeEnds', () => {
  it('gives each entry the index of its last subsection', () => {
    expect(ends).toEqual([0, 2, 2, 3, 6, 5, 6, 7]);
    expect(subtreeEnds([])).toEqual([]);
  });
});

describe('readingLineMargin', () => {
  it('shrinks the window to a one-pixel band at the line', () => {
    expect(readingLineMargin(800)).toBe('-120px 0px -679px 0px');
    expect(readingLineMargin(100)).toBe('-120px 0px -0px 0px');
  });
});

describe('currentEntry', () => {
  it('is the deepest section crossing the line, reading only its heading’s position', () => {
    const { read, top } = tops(2500);
    expect(currentEntry(new Set([1, 2]), ends, top)).toBe(2);
    expect(read).toEqual([2]);
    expect(currentEntry(new Set([3]), ends, tops(3500).top)).toBe(3);
  });

  it('is not a section the line has entered only through its heading’s top margin', () => {
    // The line is 10 px above faq's heading (2), inside faq's section box: summary (1) is being read.
    const { top } = tops(1990);
    expect(currentEntry(new Set([1, 2]), ends, top)).toBe(1);
    // Above revisions' heading (7), in its margin, with no section around it: update-information's last subsection.
    expect(currentEntry(new Set([7]), ends, tops(6990).top)).toBe(6);
  });

  it('is the subsection the line has passed while it is between two subsections', () => {
    const { read, top } = tops(5500);
    // update-information (4) crosses; xp (5) is passed, ws2003 (6) is not.
    expect(currentEntry(new Set([4]), ends, top)).toBe(5);
    expect(read).toEqual([4, 5, 6]);
  });

  it('is the last heading passed when no section crosses the line, and none above the first', () => {
    expect(currentEntry(new Set(), ends, tops(3500).top)).toBe(3);
    expect(currentEntry(new Set(), ends, tops(-200).top)).toBe(-1);
    expect(currentEntry(new Set(), ends, tops(9000).top)).toBe(7);
  });
});
