/**
 * The table of contents of a bulletin page: its top-level sections with their subsections. FAQ
 * questions, workarounds and deeper sections are left out: they would make the list too long to scan.
 */
import type { ProseAnchor } from './prose-outline.ts';

export interface TocEntry {
  id: string;
  title: string;
  /** The subsections (level 3) of a top-level section (level 2); empty for a subsection. */
  children: TocEntry[];
}

/** The contents for a prose file's anchors, in page order. */
export function tocTree(anchors: readonly ProseAnchor[]): TocEntry[] {
  const tree: TocEntry[] = [];
  for (const anchor of anchors) {
    if (anchor.kind !== 'section') continue;
    const entry: TocEntry = { id: anchor.id, title: anchor.title, children: [] };
    if (anchor.level === 2) tree.push(entry);
    // A level-3 section before any level-2 one has no place in the list.
    else if (anchor.level === 3) tree[tree.length - 1]?.children.push(entry);
  }
  return tree;
}
