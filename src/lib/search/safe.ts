/**
 * The two places where search output meets the page: excerpts and result links. Everything here is
 * text or a checked same-origin path, so the page builds DOM nodes with textContent and never parses
 * a string as HTML.
 */

/** A run of excerpt text; `mark` runs are the searched terms. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity: string, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * Pagefind's excerpt (HTML whose only tags are `<mark>` and `</mark>`, the page text escaped) as text
 * and mark runs. Any other tag-like text stays literal text, so nothing in it can ever run.
 */
export function parseMarkedExcerpt(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else if (part !== '') {
      const text = decodeEntities(part);
      const previous = segments[segments.length - 1];
      if (previous && previous.mark === mark) previous.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/**
 * A result link as a same-origin path (`/ja/bulletins/ms04-015/?highlight=…#xp-restart`), or null for
 * anything else: another origin, `javascript:`, `data:`, a protocol-relative `//host`, or garbage.
 */
export function safeResultUrl(raw: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, `${origin}/`);
  } catch {
    return null;
  }
  if (url.origin !== origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (!url.pathname.startsWith('/') || url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
