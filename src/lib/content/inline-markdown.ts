/**
 * The small inline Markdown that short YAML strings may use: `[text](https://…)`, `` `code` ``,
 * `**bold**` and backslash escapes. Parsed to tokens that components render as elements, so no
 * string is ever inserted as HTML.
 */

export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; href: string };

/** Only absolute http(s) URLs become links; anything else stays text. */
export function safeUrl(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? href : undefined;
  } catch {
    return undefined;
  }
}

const unescape = (text: string) => text.replace(/\\([\\`*_[\](){}#+\-.!])/g, '$1');

// Escapes first, so `\[` never opens a link; then code, links and bold.
const TOKEN = /(\\[\\`*_[\](){}#+\-.!])|`([^`]+)`|\[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)|\*\*((?:\\.|[^*\\])+)\*\*/g;

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = tokens.at(-1);
    if (last?.type === 'text') last.text += text;
    else tokens.push({ type: 'text', text });
  };
  let index = 0;
  for (const match of source.matchAll(TOKEN)) {
    pushText(source.slice(index, match.index));
    index = match.index + match[0].length;
    const [, escaped, code, linkText, href, strong] = match;
    if (escaped) pushText(escaped.slice(1));
    else if (code !== undefined) tokens.push({ type: 'code', text: code });
    else if (linkText !== undefined && href !== undefined) {
      const safe = safeUrl(href);
      if (safe) tokens.push({ type: 'link', text: unescape(linkText), href: safe });
      else pushText(unescape(linkText));
    } else if (strong !== undefined) tokens.push({ type: 'strong', text: unescape(strong) });
  }
  pushText(source.slice(index));
  return tokens;
}

/** The plain text of an inline string: what a reader sees, without markup. */
export function inlineText(source: string): string {
  return parseInline(source)
    .map((token) => token.text)
    .join('');
}
