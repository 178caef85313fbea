/**
 * Markdown that survived rendering: signs that some of a page's Markdown was shown as text instead of
 * being read (bold stars, escaped brackets, link syntax, table rules, setext underlines). For tests over
 * rendered pages. Code (`<pre>`, `<code>`) is left out: `char **argv` there is not residue.
 */

export type ResidueKind = 'bold' | 'escaped-bracket' | 'link' | 'table-rule' | 'setext-underline';

export interface Residue {
  kind: ResidueKind;
  /** The text around it, for the message. */
  excerpt: string;
}

const PATTERNS: readonly { kind: ResidueKind; pattern: RegExp }[] = [
  // A pair around words on one line; a lone `**` is a footnote mark (`(KB972580)**`), not residue.
  { kind: 'bold', pattern: /\*\*(?!\s)(?:(?!\*\*)[^\n])+?(?<!\s)\*\*/g },
  { kind: 'escaped-bracket', pattern: /\\[[\]]/g },
  { kind: 'link', pattern: /\]\(/g },
  { kind: 'table-rule', pattern: /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/gm },
  { kind: 'setext-underline', pattern: /^[ \t]*(?:={3,}|-{3,})[ \t]*$/gm },
];

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The readable text of HTML (or plain text, unchanged but for entities), without code. */
export function visibleText(input: string): string {
  return input
    .replace(/<(pre|code|script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** Every piece of Markdown residue in rendered HTML or text, in order of kind then position. */
export function markdownResidue(input: string): Residue[] {
  const text = visibleText(input);
  const found: Residue[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = Math.max(0, match.index - 30);
      found.push({ kind, excerpt: text.slice(start, match.index + match[0].length + 30).replace(/\s+/g, ' ').trim() });
    }
  }
  return found;
}
