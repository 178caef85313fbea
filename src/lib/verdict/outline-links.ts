/** Links from a verdict into the bulletin's prose: its workarounds and its questions, from the outline. */
import type { ProseOutline } from '../content/prose-outline.ts';

/** An anchor of the bulletin's prose, as a link target. */
export interface ProseLink {
  id: string;
  title: string;
}

/** The workarounds, in the prose's order. */
export function workaroundLinks(outline: Pick<ProseOutline, 'anchors'>): ProseLink[] {
  return outline.anchors.filter((a) => a.kind === 'workaround').map(({ id, title }) => ({ id, title }));
}

/** The questions nested in the section `sectionId` (the bulletin's FAQ is `faq`), in order. */
export function questionLinks(outline: Pick<ProseOutline, 'anchors'>, sectionId: string): ProseLink[] {
  const start = outline.anchors.findIndex((a) => a.kind === 'section' && a.id === sectionId);
  if (start < 0) return [];
  const { level } = outline.anchors[start]!;
  const links: ProseLink[] = [];
  for (const anchor of outline.anchors.slice(start + 1)) {
    if (anchor.kind === 'section' && anchor.level <= level) break;
    if (anchor.kind === 'faq') links.push({ id: anchor.id, title: anchor.title });
  }
  return links;
}
