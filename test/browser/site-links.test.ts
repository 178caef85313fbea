/// <reference types="node" />
/**
 * Site-wide gate: every internal link and #anchor resolves; no page links into the other language
 * except its language switch (and hreflang alternates); external links open safely and are listed in
 * a report (test-results/external-links.txt), never fetched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { decodeEntities } from '../support/html.ts';
import { ROOT_DIR } from '../support/paths.ts';
import { builtPages, resolveFile, type BuiltPage } from '../support/site-pages.ts';

const distDir = inject('distDir');
const pages = builtPages(distDir);

interface Anchor {
  href: string;
  attributes: string;
}

/** Every `<a href>` of a page, with its raw attributes. */
function anchors(html: string): Anchor[] {
  return [...html.matchAll(/<a\b([^>]*)>/gi)].flatMap(([, attributes = '']) => {
    const href = /\shref="([^"]*)"/.exec(attributes)?.[1];
    return href === undefined ? [] : [{ href: decodeEntities(href), attributes }];
  });
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href);
const langOf = (path: string) => /^\/(ja|en)\//.exec(path)?.[1];

function brokenLinks(page: BuiltPage): string[] {
  const problems: string[] = [];
  for (const { href, attributes } of anchors(page.html)) {
    if (isExternal(href)) continue;
    const url = new URL(href, `http://site${page.path}`);
    const file = resolveFile(distDir, url.pathname);
    if (!file) {
      problems.push(`${href}: no page at ${url.pathname}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !idsOf(file).has(fragment)) problems.push(`${href}: no id "${fragment}" on ${url.pathname}`);
    const from = langOf(page.path);
    const to = langOf(url.pathname);
    if (from && to && from !== to && !new RegExp(`\\shreflang="${to}"`).test(attributes)) {
      problems.push(`${href}: links into the other language outside the language switch`);
    }
  }
  return problems;
}

describe('links', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: internal links and anchors resolve, in its own language', (_path, page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('external links open safely, and are listed in a report', () => {
    const external = new Map<string, Set<string>>();
    const unsafe: string[] = [];
    for (const page of pages) {
      for (const { href, attributes } of anchors(page.html)) {
        if (!/^https?:/i.test(href)) continue;
        (external.get(href) ?? external.set(href, new Set()).get(href)!).add(page.path);
        const rel = /\srel="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${page.path}: ${href}`);
      }
    }
    const report = [...external]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([href, on]) => `${href}\n    on ${[...on].sort().join(', ')}`)
      .join('\n');
    const dir = join(ROOT_DIR, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'external-links.txt'), `${external.size} external links (not fetched: there is no network)\n\n${report}\n`);
    console.log(`external links: ${external.size}, listed in test-results/external-links.txt`);
    expect(external.size).toBeGreaterThan(30);
    expect([...new Set(unsafe)]).toEqual([]);
  });
});
