/**
 * A corpus bulletin's Markdown as an HTML tree (hast), before sanitising: front matter split off, raw
 * HTML parsed into elements, and the Markdown that Microsoft's raw-HTML tables carry inside their cells
 * (links, bold, footnote marks) parsed as Markdown too. CommonMark reads `<td>` up to the next blank
 * line as one HTML block, so without this step those cells would show `**…**` and `[…](…)` literally.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { raw } from 'hast-util-raw';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';

/** A parsed corpus file: its Markdown tree (for positions) and its HTML tree. */
export interface CorpusTree {
  /** The front matter's raw YAML, without the `---` fences ('' when the file has none). */
  frontMatter: string;
  /** The Markdown syntax tree, with positions (lines of the source file). */
  mdast: MdastRoot;
  /** The HTML tree: raw HTML parsed, Markdown in table cells parsed. Not yet sanitised. */
  hast: Root;
  /** Source line numbers (1-based) after which a blank line was inserted (see openCellBlocks). */
  insertedAfter: number[];
}

const micromarkExtensions = [gfm(), frontmatter(['yaml'])];
const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])];

function markdownToMdast(markdown: string): MdastRoot {
  return fromMarkdown(markdown, { extensions: micromarkExtensions, mdastExtensions });
}

function mdastToHast(mdast: MdastRoot): Root {
  const tree = toHast(mdast, { allowDangerousHtml: true }) as Root;
  return raw(tree) as Root;
}

/** A line that is only a table cell's opening tag: `<td style="…">`, `<th colspan="2">` (a CRLF file's lines end in `\r`). */
const CELL_OPENING = /^[ \t]*<t[dh](?:\s[^>]*)?>[ \t]*\r?$/i;

/**
 * Microsoft's raw-HTML tables put each cell's opening tag on a line of its own and the cell's Markdown
 * on the next lines. CommonMark reads the tag and those lines, up to a blank line, as one HTML block,
 * so the Markdown would come out literally. A blank line after the tag ends the HTML block there and
 * the cell's lines are read as Markdown, as Microsoft's own renderer did.
 */
export function openCellBlocks(markdown: string): { markdown: string; insertedAfter: number[] } {
  const lines = markdown.split('\n');
  const insertedAfter: number[] = [];
  const out: string[] = [];
  lines.forEach((line, index) => {
    out.push(line);
    if (CELL_OPENING.test(line) && (lines[index + 1] ?? '').trim() !== '') {
      out.push('');
      insertedAfter.push(index + 1);
    }
  });
  return { markdown: out.join('\n'), insertedAfter };
}

/**
 * A few files indent their front matter's opening `---` (`    ---`), which CommonMark reads as code
 * and the metadata below it as a heading. The fence is read as the fence it is meant to be; the line
 * count stays the same.
 */
export function withFrontMatterFence(markdown: string): string {
  return markdown.replace(/^[ \t]+---[ \t]*\r?\n(?=[^\n]*:)/, '---\n');
}

/** Parses one corpus file. */
export function corpusTree(markdown: string): CorpusTree {
  const opened = openCellBlocks(withFrontMatterFence(markdown));
  const mdast = markdownToMdast(opened.markdown);
  const yaml = mdast.children[0]?.type === 'yaml' ? mdast.children[0].value : '';
  const hast = mdastToHast({ ...mdast, children: mdast.children.filter((node) => node.type !== 'yaml') });
  unwrapCellParagraphs(hast);
  parseMarkdownLeftInHtml(hast);
  return { frontMatter: yaml, mdast, hast, insertedAfter: opened.insertedAfter };
}

const CELL = new Set(['td', 'th']);

/**
 * Markdown syntax in text: a link `[…](…)`, an escaped bracket or mark `\[`, or a line that is a
 * pipe-table row. Only raw-HTML blocks leave such text behind; parsed Markdown never does. (Bold left
 * as `**…**` is the renderer's: CommonMark cannot close it before Japanese text either way.)
 */
const MARKDOWN_LEFT = /\]\(|\\[[\]()*_#<>|-]|^[ \t]*\|.*\|[ \t]*$/m;
/** Where text is code, not Markdown. */
const VERBATIM = new Set(['pre', 'code', 'script', 'style']);

/**
 * Parses the Markdown that raw-HTML blocks other than table cells carry (`<p>`, `<li>`, `<div>` with
 * Markdown inside and no blank line), so a link or a bold label is a link or bold, not `[…](…)` text.
 * Only text nodes with Markdown syntax are parsed, which keeps this cheap.
 */
function parseMarkdownLeftInHtml(node: Root | Element): void {
  node.children = node.children.flatMap((child): typeof node.children => {
    if (child.type === 'element') {
      if (!VERBATIM.has(child.tagName)) parseMarkdownLeftInHtml(child);
      return [child];
    }
    if (child.type !== 'text' || !MARKDOWN_LEFT.test(child.value)) return [child];
    const lead = /^\s*/.exec(child.value)![0];
    const trail = /\s*$/.exec(child.value)![0];
    const parsed = mdastToHast(markdownToMdast(child.value.trim())).children.filter(
      (n): n is ElementContent => n.type === 'element' || n.type === 'text' || n.type === 'comment',
    );
    const only = parsed.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
    const content = only.length === 1 && only[0]!.type === 'element' && only[0]!.tagName === 'p' ? only[0]!.children : parsed;
    return [...(lead ? [{ type: 'text' as const, value: lead }] : []), ...content, ...(trail ? [{ type: 'text' as const, value: trail }] : [])];
  }) as typeof node.children;
}

/** A cell whose Markdown was one paragraph shows it inline, as the source meant. */
function unwrapCellParagraphs(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (CELL.has(child.tagName)) {
      const content = child.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const only = content[0];
      if (content.length === 1 && only?.type === 'element' && only.tagName === 'p') child.children = only.children;
    }
    unwrapCellParagraphs(child);
  }
}

/** The root's children without the first h1 and the h2 right after it (the bulletin's title and KB). */
export function withoutTitleBlock(children: RootContent[]): { children: RootContent[]; dropped: boolean } {
  const h1 = children.findIndex((node) => node.type === 'element' && node.tagName === 'h1');
  if (h1 < 0) return { children, dropped: false };
  let next = h1 + 1;
  while (next < children.length && children[next]!.type === 'text' && (children[next] as Text).value.trim() === '') next += 1;
  const h2 = children[next]?.type === 'element' && (children[next] as Element).tagName === 'h2' ? next : -1;
  return { children: children.filter((_, index) => index !== h1 && index !== h2), dropped: h2 >= 0 };
}

/**
 * The body's heading elements (h1–h6, at any depth) in document order, the title block left out: the
 * order in which the renderer anchors them (render.ts, `headingIds`), so a fact reader can find the
 * anchor of the section it read.
 */
export function bodyHeadings(root: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (/^h[1-6]$/.test(child.tagName)) found.push(child);
      walk(child);
    }
  };
  walk({ type: 'root', children: withoutTitleBlock(root.children).children });
  return found;
}
