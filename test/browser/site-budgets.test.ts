/// <reference types="node" />
/**
 * Site-wide gate: page weight, from bytes (deterministic), gzipped at level 9 per file.
 * - JavaScript that loads before the user searches (inline module scripts, script files and their static
 *   imports; not dynamic imports such as Pagefind): ≤ 5 KB on bulletin, home and identifier pages, ≤ 10 KB
 *   on the wizard;
 * - CSS: ≤ 10 KB on any page;
 * - a curated bulletin page's HTML: ≤ 30 KB in either language; any page's, the largest imported
 *   bulletin's included: < 100 KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../support/paths.ts';
import { builtPages, pageKind, resolveFile, type BuiltPage } from '../support/site-pages.ts';

const distDir = inject('distDir');
const pages = builtPages(distDir);
const KB = 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** A script file and every file it imports statically, each once. */
function scriptClosure(file: string, seen: Set<string>): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let bytes = gz(code);
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g)) {
    const target = spec!.startsWith('/') ? resolveFile(distDir, spec!) : join(file, '..', spec!);
    if (target) bytes += scriptClosure(target, seen);
  }
  return bytes;
}

/** Gzipped bytes of the JavaScript a page runs on load. */
export function scriptBytes(page: BuiltPage): number {
  const seen = new Set<string>();
  let bytes = 0;
  for (const [, attributes = '', body = ''] of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) {
      const file = resolveFile(distDir, src);
      if (file) bytes += scriptClosure(file, seen);
      continue;
    }
    bytes += gz(body);
    for (const [, spec] of body.matchAll(/import\s*(?:[^'"`()]*?from\s*)?["'`](\/[^"'`]+)["'`]/g)) {
      const file = resolveFile(distDir, spec!);
      if (file) bytes += scriptClosure(file, seen);
    }
  }
  return bytes;
}

/** Gzipped bytes of the CSS a page loads. */
export function styleBytes(page: BuiltPage): number {
  let bytes = 0;
  for (const [, href] of page.html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi)) {
    const file = resolveFile(distDir, href!);
    if (file) bytes += gz(readFileSync(file));
  }
  for (const [, body] of page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) bytes += gz(body!);
  return bytes;
}

const JS_BUDGET: Partial<Record<ReturnType<typeof pageKind>, number>> = {
  home: 5 * KB,
  bulletin: 5 * KB,
  identifier: 5 * KB,
  wizard: 10 * KB,
  verdict: 10 * KB,
};

/** The curated bulletins' pages (content/bulletins/), whose budget is the tighter one. */
const CURATED = new RegExp(`^/[a-z]+/bulletins/(?:${readdirSync(join(ROOT_DIR, 'content/bulletins')).join('|')})/$`);

describe('budgets', () => {
  const report = pages.map((page) => ({
    path: page.path,
    kind: pageKind(page.path),
    js: scriptBytes(page),
    css: styleBytes(page),
    html: gz(page.html),
  }));

  it('are reported', () => {
    const kinds = [...new Set(report.map((r) => r.kind))];
    for (const kind of kinds) {
      const of = report.filter((r) => r.kind === kind);
      const max = (key: 'js' | 'css' | 'html') => Math.max(...of.map((r) => r[key]));
      console.log(`${kind.padEnd(10)} ${String(of.length).padStart(3)} pages, max gzipped: JS ${max('js')} B, CSS ${max('css')} B, HTML ${max('html')} B`);
    }
    expect(report.length).toBeGreaterThan(5);
  });

  // One test over every page (thousands with the corpus), listing each page over its budget.
  it('every page stays within its JavaScript and CSS budgets', () => {
    const over = report.flatMap((r) => {
      const jsBudget = JS_BUDGET[r.kind];
      return [
        ...(jsBudget !== undefined && r.js > jsBudget ? [`${r.path}: ${r.js} B of JavaScript before search (budget ${jsBudget} B)`] : []),
        ...(r.css > 10 * KB ? [`${r.path}: ${r.css} B of CSS (budget ${10 * KB} B)`] : []),
      ];
    });
    expect(over).toEqual([]);
  });

  it('a curated bulletin page is at most 30 KB of gzipped HTML in either language', () => {
    const bulletins = report.filter((r) => r.kind === 'bulletin' && CURATED.test(r.path));
    expect(bulletins.length).toBeGreaterThanOrEqual(2);
    for (const r of bulletins) expect(r.html, r.path).toBeLessThanOrEqual(30 * KB);
  });

  it('the check page’s script and the data it loads for one product stay under 60 KB gzipped', () => {
    const dataDir = join(distDir, 'check/data');
    const data = readdirSync(dataDir).map((file) => ({ file, bytes: gz(readFileSync(join(dataDir, file))) }));
    const largest = data.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const checks = report.filter((r) => r.kind === 'check');
    expect(checks.length).toBe(2);
    for (const r of checks) {
      console.log(`${r.path}: JS ${r.js} B + the largest product's data (${largest.file}) ${largest.bytes} B = ${r.js + largest.bytes} B gzipped`);
      expect(r.js + largest.bytes, r.path).toBeLessThanOrEqual(60 * KB);
    }
  });

  it('every page, the largest imported bulletin included, is under 100 KB of gzipped HTML', () => {
    expect(report.filter((r) => r.html >= 100 * KB).map((r) => `${r.path}: ${r.html} B`)).toEqual([]);
  });
});
