/**
 * The shapes of a label in the corpus's HTML tree, stated once for the fact reader (extract.ts) and the
 * renderer (render.ts). Older layouts name a section with a bold paragraph (`**影響を受けるソフトウェア:**`)
 * rather than a heading; the later ones also with a plain paragraph of a known name. Which section a
 * label names is the vocabulary's business (sections.ts); here is only what counts as a label. Pure.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { isPlainLabel, normaliseHeading } from './sections.ts';

type Node = Root | RootContent | ElementContent;

/** A node's plain text, whitespace collapsed. */
export function plainText(node: Node): string {
  return toString(node as Element).replace(/\s+/g, ' ').trim();
}

const isElement = (node: unknown, ...tags: string[]): node is Element => {
  const el = node as Element | undefined;
  return el?.type === 'element' && (tags.length === 0 || tags.includes(el.tagName));
};
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const isBold = (node: unknown): node is Element => isElement(node, 'strong', 'b');

/** A paragraph's first bold element, where the paragraph opens with one (leading white space aside). */
function openingBold(node: Node): Element | undefined {
  if (!isElement(node, 'p')) return undefined;
  const first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  return isBold(first) ? first : undefined;
}

/** The bold text a paragraph opens with (`**影響を受けるソフトウェア** **:** …` → `影響を受けるソフトウェア`). */
export function openingBoldText(node: Node): string | undefined {
  const bold = openingBold(node);
  return bold ? plainText(bold) : undefined;
}

/**
 * A heading's text, or the whole text of a paragraph that opens in bold (`**脆弱性の影響:** リモートでコードが実行される`):
 * where the fact readers look for a label and what follows it.
 */
export function leadingLabel(node: Node): string | undefined {
  if (isElement(node) && HEADINGS.includes(node.tagName)) return plainText(node);
  return openingBold(node) ? plainText(node) : undefined;
}

/**
 * The label of a paragraph that is nothing but a label: only bold text with colons and spaces between
 * (`<strong>影響を受けるソフトウェア</strong> <strong>:</strong>`), up to 60 characters, or only one of the
 * vocabulary's plain labels (`影響を受けないソフトウェア`). Normalised as the section rules read it. This is
 * what the renderer anchors as a section of its own.
 */
export function labelParagraph(p: Element): string | undefined {
  if (p.children.every((child) => child.type === 'text')) {
    const plain = normaliseHeading(toString(p));
    return plain && isPlainLabel(plain) ? plain : undefined;
  }
  let label = '';
  for (const child of p.children) {
    if (child.type === 'text') {
      if (!/^[\s:：]*$/.test(child.value)) return undefined;
    } else if (isBold(child)) {
      label += toString(child);
    } else return undefined;
  }
  const normal = normaliseHeading(label);
  return normal && normal.length <= 60 ? normal : undefined;
}
