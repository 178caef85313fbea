/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/translate.ts';
import { corpusBodyTree } from './render.ts';
import { COPY_STRINGS, presentCorpusBody } from './present.ts';
import { corpusTree } from './tree.ts';

const MS09_062 = readFileSync('content/sources/microsoft/ja-jp/2009/ms09-062.md', 'utf8');
const SMALL = `# T\n\n## T (1)\n\n### 概要\n\n[![](../../images/Dn636386.dl_arrow(ja-JP,Security.10).jpg)](https://www.microsoft.com/download/x) [前の修正](../2008/ms08-067.md)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n`;

/** Every element of a tree. */
function elements(root: Root): Element[] {
  const out: Element[] = [];
  visit(root, 'element', (node: Element) => void out.push(node));
  return out;
}
const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

describe('the importer gives the body as data, not as page markup', () => {
  const { root } = corpusBodyTree(corpusTree(MS09_062), []);
  const all = elements(root);

  it('has no copy buttons, self-links or scrolling boxes', () => {
    expect(all.filter((e) => e.tagName === 'copy-button')).toEqual([]);
    expect(all.filter((e) => classes(e).includes('self-link') || classes(e).includes('table-scroll'))).toEqual([]);
  });

  it('marks Microsoft’s images by kind, without words, and names its tables', () => {
    const marks = all.filter((e) => e.properties.dataMark !== undefined);
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks.map((e) => e.properties.dataMark))).toContain('download');
    expect(marks.every((e) => e.children.length === 0)).toBe(true);
    expect(all.filter((e) => e.tagName === 'table' && e.properties.dataLabel !== undefined).length).toBeGreaterThan(0);
  });

  it('keeps a link to another bulletin as the source writes it', () => {
    const { root: small } = corpusBodyTree(corpusTree(SMALL), []);
    expect(elements(small).filter((e) => e.tagName === 'a').map((a) => a.properties.href)).toContain('../2008/ms08-067.md');
  });

  it('imports nothing of the user interface: no dictionary, no page URLs', () => {
    const dir = new URL('./', import.meta.url);
    const importer = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['present.ts', 'import.ts'].includes(f));
    expect(importer).toEqual(expect.arrayContaining(['extract.ts', 'render.ts', 'sections.ts', 'tree.ts']));
    const ui = importer.flatMap((file) =>
      readFileSync(new URL(file, dir), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/from\s*['"]\.\.\/i18n\/|\b(?:bulletinPath|bulletinAnchorPath|productPath)\b/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(ui, 'page markup belongs in present.ts').toEqual([]);
  });
});

describe('presentCorpusBody: the Japanese page’s markup', () => {
  const page = fromHtml(presentCorpusBody(corpusBodyTree(corpusTree(SMALL), []).root), { fragment: true });
  const all = elements(page);

  it('links each heading to itself, with a copy-link button beside it', () => {
    const heading = all.find((e) => /^h[2-6]$/.test(e.tagName) && e.properties.id === 'summary')!;
    const link = heading.children[0] as Element;
    expect(link.properties.href).toBe('#summary');
    expect(toString(link)).toBe('概要');
    expect(all.filter((e) => e.tagName === 'copy-button').map((b) => b.properties.dataAnchor)).toContain('summary');
    expect(COPY_STRINGS.link).toBe(t('ja', 'copy.link'));
  });

  it('says the marks in words, sends a link to another bulletin to our page of it, and boxes the table with its name', () => {
    expect(all.filter((e) => classes(e).includes('mark-download')).map((e) => toString(e))).toEqual([t('ja', 'affected.download')]);
    expect(all.filter((e) => e.tagName === 'a').map((a) => a.properties.href)).toContain('/ja/bulletins/ms08-067/');
    const box = all.find((e) => classes(e).includes('table-scroll'))!;
    expect(box.properties.ariaLabel).toBe('概要');
    expect(all.some((e) => e.properties.dataMark !== undefined || e.properties.dataLabel !== undefined)).toBe(false);
  });
});
