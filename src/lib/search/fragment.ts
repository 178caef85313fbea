/**
 * A page as the ranking reads it: Pagefind's fragment for the page (its text and the word positions of
 * its anchors) cut into sections, each a contract anchor with its title, the titles it is inside and
 * its text.
 */
import { foldText } from './text.ts';

/** The parts of a Pagefind result fragment that the ranking reads. */
export interface FragmentLike {
  url: string;
  content: string;
  /** The content with Pagefind's word separators (zero-width spaces for Japanese), `<` `>` escaped. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  anchors: ReadonlyArray<{ element: string; id: string; text?: string; title?: string; location: number }>;
}

/** A part of a page that a result can open at: a heading with an id, or a titled element (a file table). */
export interface Section {
  /** The contract anchor; '' for the top of the page (its header). */
  anchor: string;
  title: string;
  /** The titles of the sections it is inside, outermost first. */
  path: string[];
  /** The text under the title, up to the next anchor. */
  text: string;
  /** The ids inside it that have no title of their own (caveat-kb842253): identifiers are found in them. */
  ids?: string[];
  /** Whether it is a heading's section (not a titled element such as a file table). */
  heading?: boolean;
}

export interface PageDoc {
  url: string;
  /** The page's title (the bulletin's title). */
  title: string;
  /** The bulletin's id (MS04-015), from data-pagefind-meta. */
  bulletin?: string;
  sections: Section[];
  /** The Japanese words of the page as the index split them (folded), where it did. */
  words?: string[];
}

/**
 * The id suffix of the empty mark after a file table (`files-xp-end`): the text after it is the prose of
 * the section the table is in (a note after the table), not more of the table.
 */
export const TABLE_END_SUFFIX = '-end';

/** A page's sections, from Pagefind's fragment: its text split at the anchors' word positions. */
export function pageDocFromFragment(fragment: FragmentLike): PageDoc {
  const raw = (fragment.raw_content ?? fragment.content).replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const zws = raw.includes('\u200b');
  // Pagefind counts word positions over exactly this split.
  const words = zws ? raw.split('\u200b') : raw.split(/[^\S\uFEFF]+/g);
  const join = (from: number, to?: number) => words.slice(from, to).join(zws ? '' : ' ').trim();
  const title = (fragment.meta['title'] ?? '').trim();
  const bulletin = fragment.meta['bulletin']?.trim() || undefined;

  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  const first = anchors[0]?.location ?? words.length;
  const sections: Section[] = [{ anchor: '', title, path: [], text: join(0, first) }];
  const open: Array<{ level: number; title: string }> = [];
  let headingLevel = 1;
  anchors.forEach((anchor, i) => {
    const heading = /^h([1-6])$/i.exec(anchor.element);
    const name = (anchor.title ?? (heading ? anchor.text : undefined) ?? '').trim();
    const text = join(anchor.location, anchors[i + 1]?.location);
    const tableEnd = name === '' && sections.some((s) => s.anchor !== '' && `${s.anchor}${TABLE_END_SUFFIX}` === anchor.id);
    if (tableEnd) {
      // The prose after a table: back to the nearest enclosing section that is a heading, not a table.
      const owner = [...sections].reverse().find((s) => s.heading);
      if (owner) owner.text = `${owner.text} ${text}`.trim();
      return;
    }
    if (name === '') {
      // An id without a title (a list item): its text belongs to the section it is in.
      const current = sections[sections.length - 1]!;
      current.text = `${current.text} ${text}`.trim();
      current.ids = [...(current.ids ?? []), anchor.id];
      return;
    }
    // A titled element (a file table) sits just below the heading it follows.
    const level = heading ? Number(heading[1]) : headingLevel + 1;
    if (heading) headingLevel = level;
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
    // The text starts with the title as Pagefind read it (a heading's text, a table's caption).
    const body = text.startsWith(name) ? text.slice(name.length).replace(/^[.\s]+/, '') : text;
    sections.push({ anchor: anchor.id, title: name, path: open.map((o) => o.title), text: body, ...(heading ? { heading: true } : {}) });
    open.push({ level, title: name });
  });
  // Words with kanji or katakana only: hiragana tokens are particles and verb endings.
  const vocabulary = zws ? [...new Set(words.map((w) => foldText(w)).filter((w) => w.length >= 2 && /[\u30a0-\u30ff\u3400-\u9fff]/.test(w)))] : [];
  return { url: fragment.url, title, ...(bulletin ? { bulletin } : {}), sections, ...(vocabulary.length > 0 ? { words: vocabulary } : {}) };
}
