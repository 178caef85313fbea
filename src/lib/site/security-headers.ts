/**
 * One Content-Security-Policy for a static host's headers file, made from every page's <meta> policy
 * (Astro hashes each page's scripts and styles), plus the directives a <meta> tag cannot carry.
 */

/** The headers every response carries, besides the policy. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
};

/** Directives that only work as an HTTP header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Parses `a x y; b z` into { a: [x, y], b: [z] }. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    directives.set(name, [...new Set([...(directives.get(name) ?? []), ...sources])]);
  }
  return directives;
}

/** The union of several policies: each directive allows what any page's policy allows. */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const merged = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parsePolicy(policy)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1];
}

/** A `_headers` file (the format Netlify and Cloudflare Pages read) applying the headers to every path. */
export function headersFile(policy: string): string {
  const lines = Object.entries({ 'Content-Security-Policy': policy, ...STATIC_HEADERS }).map(([k, v]) => `  ${k}: ${v}`);
  return ['/*', ...lines, ''].join('\n');
}

/**
 * The headers a `_headers` file gives every path (its `/*` block), as a static host applies them: the
 * test server serves the built site with them, so pages and the search worker run under the policy
 * a host would send.
 */
export function readHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let forEveryPath = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      forEveryPath = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (forEveryPath && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
