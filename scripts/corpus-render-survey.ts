/**
 * Renders every corpus bulletin and prints what the renderer made of them: contract anchors per
 * bulletin, the most frequent headings with no contract anchor, images by name, Markdown residue,
 * dropped empty headings and links, and the time taken. Run: node scripts/corpus-render-survey.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusTree } from '../src/lib/corpus/tree.ts';
import { CONTRACT_ANCHORS } from '../src/lib/corpus/render.ts';
import { renderCorpusBodyWithReport } from '../src/lib/corpus/import.ts';
import { markdownResidue } from '../src/lib/corpus/residue.ts';

const root = 'content/sources/microsoft/ja-jp';
const files = readdirSync(root)
  .filter((year) => /^\d{4}$/.test(year))
  .flatMap((year) => readdirSync(join(root, year)).filter((f) => f.endsWith('.md')).map((f) => join(root, year, f)))
  .sort();

const count = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const anchors = new Map<string, number>();
const unmapped = new Map<string, number>();
const images = new Map<string, number>();
const residue = new Map<string, number>();
const residueFiles = new Map<string, string[]>();
let emptyHeadings = 0, emptyLinks = 0, unwrapped = 0, labels = 0, noTitle = 0, duplicateIds = 0;
let parseMs = 0, renderMs = 0;
const slow: [number, string][] = [];
const started = performance.now();

for (const file of files) {
  const markdown = readFileSync(file, 'utf8');
  const ids = [...new Set(markdown.match(/\b(?:CVE|CAN)-\d{4}-\d{4,}\b/g) ?? [])];
  const t0 = performance.now();
  const tree = corpusTree(markdown);
  const t1 = performance.now();
  const { html, headings, report } = renderCorpusBodyWithReport(tree, ids);
  const t2 = performance.now();
  parseMs += t1 - t0;
  renderMs += t2 - t1;
  slow.push([t2 - t1, file]);
  const present = new Set(headings.map((h) => h.id));
  for (const anchor of CONTRACT_ANCHORS) if (present.has(anchor)) count(anchors, anchor);
  const vulns = ids.filter((id) => present.has(`vulnerability-${id.toLowerCase()}`) || html.includes(`id="vulnerability-${id.toLowerCase()}"`));
  count(anchors, 'vulnerability-* (ids anchored)', vulns.length);
  count(anchors, 'vulnerability-* (ids named in file)', ids.length);
  for (const h of headings) {
    if ((CONTRACT_ANCHORS as readonly string[]).includes(h.id) || h.id.startsWith('vulnerability-')) continue;
    count(unmapped, h.text.replace(/(?:CVE|CAN)-\d{4}-\d+/g, 'CVE-X').replace(/\d+/g, 'N').slice(0, 60));
  }
  const allIds = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  duplicateIds += allIds.length - new Set(allIds).size;
  for (const [name, { count: n, kind }] of Object.entries(report.images)) count(images, `${name} → ${kind}`, n);
  for (const r of markdownResidue(html)) {
    count(residue, r.kind);
    const list = residueFiles.get(r.kind) ?? [];
    if (list.length < 5) list.push(`${file}: ${r.excerpt}`);
    residueFiles.set(r.kind, list);
  }
  if (/<img\b|<script\b|<[a-z][^>]*\s(?:on[a-z]+|style)\s*=|href="javascript:/i.test(html)) console.log('UNSAFE or image left:', file);
  emptyHeadings += report.emptyHeadingsDropped;
  emptyLinks += report.emptyLinksDropped;
  unwrapped += report.linksUnwrapped;
  labels += report.labelsPromoted;
  if (!report.titleBlockDropped) noTitle += 1;
}

const table = (title: string, map: Map<string, number>, top = 100) => {
  console.log(`\n## ${title}`);
  for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(6)}  ${key}`);
};
console.log(`${files.length} bulletins`);
table('Contract anchors (bulletins that have them)', anchors);
table('Headings without a contract anchor (top 40)', unmapped, 40);
table('Images', images);
table('Markdown residue (occurrences)', residue);
for (const [kind, list] of residueFiles) console.log(`  ${kind}:\n    ${list.join('\n    ')}`);
console.log(`\nempty headings dropped: ${emptyHeadings}; empty links dropped: ${emptyLinks}; links kept as text: ${unwrapped}`);
console.log(`bold labels made headings: ${labels}; title block not found: ${noTitle}; duplicate ids: ${duplicateIds}`);
slow.sort((a, b) => b[0] - a[0]);
const median = [...slow].sort((a, b) => a[0] - b[0])[Math.floor(slow.length / 2)]![0];
console.log(`time: parse ${(parseMs / 1000).toFixed(1)} s, render ${(renderMs / 1000).toFixed(1)} s (median ${median.toFixed(1)} ms, slowest ${slow[0]![0].toFixed(0)} ms ${slow[0]![1]}), total ${((performance.now() - started) / 1000).toFixed(1)} s`);
