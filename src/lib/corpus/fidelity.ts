/**
 * Whether a page shows its source whole: every text block and every link of the source file must be
 * on the bulletin's Japanese page. Text is compared without whitespace (HTML and Markdown lay it out
 * differently) and after removing what the page adds (our marks, copy buttons). Pure: the corpus
 * fidelity test runs it for every bulletin.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** What a source file holds that its page must show. */
export interface SourceBlocks {
  /** The text of each leaf block (paragraph, list item, cell, heading…), whitespace removed, non-empty. */
  texts: string[];
  /** Each absolute http(s) link that carries text (an image-only banner link carries none). */
  links: string[];
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'pre', 'blockquote', 'caption']);
/**
 * Text as compared: no whitespace, and no `*`. CommonMark cannot close bold right before Japanese text
 * (`**注:**これらの`), so the source's tree keeps the stars as text where the page shows bold; and a
 * footnote star beside them (`1.0*`) cannot be told apart once blocks run together.
 */
const squash = (text: string) => text.replace(/\s+/g, '').replaceAll('*', '');

function isBlock(node: RootContent): node is Element {
  return node.type === 'element' && BLOCKS.has(node.tagName);
}

function hasBlockInside(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (isBlock(child) || hasBlockInside(child)));
}

/** The text blocks and links of a source file's HTML tree (tree.ts), in document order. */
export function sourceBlocks(hast: Root): SourceBlocks {
  const texts: string[] = [];
  const links: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a') {
        const href = String(child.properties['href'] ?? '');
        if (/^https?:\/\//i.test(href) && squash(toString(child)) !== '') links.push(href);
      }
      if (isBlock(child) && !hasBlockInside(child)) {
        const text = squash(toString(child));
        if (text) texts.push(text);
      }
      walk(child);
    }
  };
  walk(hast);
  return { texts, links: [...new Set(links)] };
}

/**
 * The source's tree without its title block: the first h1 (`マイクロソフト セキュリティ情報 MS09-062 -
 * 緊急`) and the h2 after it (the title and KB number), which the page shows as its header, from the
 * facts read from them (id, severity, title, KB), not as text.
 */
export function withoutTitleBlock(hast: Root): Root {
  const h1 = hast.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1');
  if (h1 < 0) return hast;
  const h2 = hast.children.findIndex((node, index) => index > h1 && node.type === 'element');
  const drop = new Set([h1, ...(h2 >= 0 && (hast.children[h2] as Element).tagName === 'h2' ? [h2] : [])]);
  return { ...hast, children: hast.children.filter((_, index) => !drop.has(index)) };
}

/** What the page adds to the source's text: our marks for Microsoft's images, the copy buttons. */
function isAddition(node: Element): boolean {
  const className = node.properties['className'];
  const classes = Array.isArray(className) ? className.map(String) : [];
  return node.tagName === 'copy-button' || classes.includes('mark');
}

/** A page region's text (whitespace removed, our additions left out) and the hrefs of its links. */
export function pageContent(region: Root | Element): { text: string; links: Set<string> } {
  let text = '';
  const links = new Set<string>();
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') text += child.value;
      if (child.type !== 'element' || isAddition(child)) continue;
      if (child.tagName === 'a' && child.properties['href'] !== undefined) links.add(String(child.properties['href']));
      walk(child);
    }
  };
  walk(region);
  return { text: squash(text), links };
}

/**
 * The source's blocks and links that the page lacks. Blocks are looked for in order from where the
 * last one was found, so the check stays linear on the largest bulletins; a block found out of order
 * (the title block, which the page header shows first) is looked for from the start.
 */
export function missingFromPage(source: SourceBlocks, page: { text: string; links: ReadonlySet<string> }): { texts: string[]; links: string[] } {
  const texts: string[] = [];
  let cursor = 0;
  for (const block of source.texts) {
    const at = page.text.indexOf(block, cursor);
    if (at >= 0) cursor = at;
    else if (!page.text.includes(block)) texts.push(block);
  }
  return { texts, links: source.links.filter((href) => !page.links.has(href)) };
}
