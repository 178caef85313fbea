/**
 * Small, dependency-free readers for built HTML. Regex-based on purpose: the input is
 * our own well-formed Astro output, and the checks only need text, attributes and tags.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes numeric entities and the few named ones HTML serialisers emit; leaves others as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity: string, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isNaN(code) ? entity : String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Inline elements are removed without a gap (`KB<b>840374</b>` stays one word); all other tags become a space. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/** The text a reader sees in `<body>`: no scripts/styles, tags stripped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  const bodyHtml = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const stripped = bodyHtml
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag: string, name: string) =>
      INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ',
    );
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

/** Attribute values of every `<tag attr=…>`, entity-decoded. */
function attributeValues(html: string, tag: string, attribute: string): string[] {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? [];
  const attr = new RegExp(`\\s${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  return tags.flatMap((t) => {
    const m = attr.exec(t);
    const value = m?.[1] ?? m?.[2] ?? m?.[3];
    return value === undefined ? [] : [decodeEntities(value)];
  });
}

/** `href` of every `<a>`, with `&amp;` etc. decoded. */
export function anchorHrefs(html: string): string[] {
  return attributeValues(html, 'a', 'href');
}

/** `datetime` of every `<time>`. */
export function timeDatetimes(html: string): string[] {
  return attributeValues(html, 'time', 'datetime');
}

/** The `lang` attribute of `<html>`, if any. */
export function htmlLang(html: string): string | undefined {
  return attributeValues(html, 'html', 'lang')[0];
}

/** Escapes `text` for literal use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `token` occurs in `text` as a whole token: a digit at its edge may not touch
 * another number (`5.2.3790.161` is not found in `15.2.3790.1610`), a letter may not touch
 * a letter or digit (`/l` is not found in `/library`). `840374` is found in `KB840374`.
 */
export function containsToken(text: string, token: string): boolean {
  if (token === '') return false;
  const first = token[0] ?? '';
  const last = token[token.length - 1] ?? '';
  const before = /\d/.test(first) ? '(?<![0-9])(?<![0-9][.,])' : /[a-z]/i.test(first) ? '(?<![A-Za-z0-9])' : '';
  const after = /\d/.test(last) ? '(?![0-9])(?![.,][0-9])' : /[a-z]/i.test(last) ? '(?![A-Za-z0-9])' : '';
  return new RegExp(before + escapeRegExp(token) + after).test(text);
}
