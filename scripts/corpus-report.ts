/**
 * `npm run corpus:report`: runs the importer on every corpus bulletin and prints, per year, how many
 * bulletins have each field, then the importer's problems and the exceptions. Parsing the whole corpus
 * takes a few minutes; progress goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusProblem } from '../src/lib/corpus/extract.ts';
import { EXCEPTIONS_FILE, checkCorpusExceptions, parseCorpusExceptions } from '../src/lib/corpus/exceptions.ts';
import { listCorpusFiles, readCorpusFile } from '../src/lib/corpus/files.ts';
import type { CorpusFacts } from '../src/schemas/corpus.ts';
import { formatProblems } from '../src/lib/content/errors.ts';
import { readCorpusProducts, undatedServicePacks } from '../src/lib/products/corpus-products.ts';
import { bulletinProductReader } from '../src/lib/products/bulletin-products.ts';
import { PRODUCT_STATUSES } from '../src/schemas/bulletin-product.ts';
import { mappedShare, mappingCoverage } from '../src/lib/products/coverage.ts';
import { mapName, servicePackName } from '../src/lib/products/source-names.ts';

// fileURLToPath, not .pathname: a checkout path with spaces or non-ASCII letters would stay percent-encoded.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIELDS = ['title', 'severity', 'kb', 'published', 'updated', 'version', 'summary', 'vulnerabilities', 'replaces', 'affected', 'notAffected', 'revisions', 'restart', 'workarounds'] as const;

const files = listCorpusFiles(ROOT);
const facts: CorpusFacts[] = [];
const problems: CorpusProblem[] = [];
const started = Date.now();
files.forEach((file, index) => {
  const result = readCorpusFile(ROOT, file);
  facts.push(result.facts);
  problems.push(...result.problems);
  if ((index + 1) % 50 === 0 || index + 1 === files.length) {
    process.stderr.write(`\r${index + 1}/${files.length} bulletins read (${Math.round((Date.now() - started) / 1000)} s)`);
  }
});
process.stderr.write('\n');

const has = (f: CorpusFacts, field: (typeof FIELDS)[number]) => {
  const value = f[field];
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
};
const years = [...new Set(facts.map((f) => f.year))].sort();
const header = ['year', 'count', ...FIELDS];
const table = [...years.map((year) => {
  const ofYear = facts.filter((f) => f.year === year);
  return [String(year), String(ofYear.length), ...FIELDS.map((field) => String(ofYear.filter((f) => has(f, field)).length))];
}), ['all', String(facts.length), ...FIELDS.map((field) => String(facts.filter((f) => has(f, field)).length))]];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log('Bulletins with each field, per year (lists: non-empty)\n');
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
table.forEach((row) => console.log(line(row)));

const byField = new Map<string, number>();
for (const p of problems) byField.set(p.field, (byField.get(p.field) ?? 0) + 1);
console.log(`\nProblems: ${problems.length} in ${new Set(problems.map((p) => p.file)).size} bulletins`);
for (const [field, count] of [...byField].sort()) console.log(`  ${field}: ${count}`);

const exceptions = parseCorpusExceptions(readFileSync(join(ROOT, EXCEPTIONS_FILE), 'utf8'));
const exceptionsByField = new Map<string, number>();
for (const e of exceptions) exceptionsByField.set(e.field, (exceptionsByField.get(e.field) ?? 0) + 1);
console.log(`\nExceptions (${EXCEPTIONS_FILE}): ${exceptions.length}`);
for (const [field, count] of [...exceptionsByField].sort()) console.log(`  ${field}: ${count}`);
const issues = checkCorpusExceptions(facts, exceptions, true);
console.log(`\nRequired fields missing without an exception: ${issues.filter((i) => i.kind === 'missing').length}`);
console.log(`Stale or unknown exceptions: ${issues.filter((i) => i.kind !== 'missing').length}`);
for (const issue of issues) console.log(`  ${issue.message}`);

// Products: the share of affected and not-affected rows the spellings map (content/corpus/product-names.yaml).
const products = readCorpusProducts(ROOT);
if (!products.data) {
  console.log(`\n${formatProblems(products.problems)}`);
  process.exitCode = 1;
} else {
  const coverage = mappingCoverage(facts, products.data.spellings);
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  console.log('\nRows mapped to products (affected and not affected), per year\n');
  console.log('| year | rows | mapped | share | rows naming no product |');
  console.log('|---|---:|---:|---:|---:|');
  for (const y of coverage.years) console.log(`| ${y.year} | ${y.rows} | ${y.mapped} | ${percent(mappedShare([y]))} | ${y.notProducts} |`);
  const goal = coverage.years.filter((y) => y.year >= 2002 && y.year <= 2008);
  const sum = (key: 'rows' | 'mapped' | 'notProducts') => coverage.years.reduce((n, y) => n + y[key], 0);
  console.log(`| all | ${sum('rows')} | ${sum('mapped')} | ${percent(mappedShare(coverage.years))} | ${sum('notProducts')} |`);
  console.log(`\n2002–2008: ${percent(mappedShare(goal))} (goal 100%); all years: ${percent(mappedShare(coverage.years))} (goal at least 95%)`);
  console.log(`\nNames not mapped: ${coverage.unmapped.length}, in ${coverage.unmapped.reduce((n, u) => n + u.rows.length, 0)} rows (most rows first)`);
  for (const { reason, rows } of coverage.unmapped) {
    const why = reason.kind === 'unknown' ? 'no spelling matches' : `names no product: ${reason.why}`;
    console.log(`  "${reason.part}" (${why}): ${rows.join(', ')}`);
  }

  // The service packs the bulletins say include the fix (fixedIn): how many map to catalog products, and those that do not.
  const fixes = facts.flatMap((f) => f.fixedIn.map((fix) => ({ bulletin: f.id, fix, products: mapName(servicePackName(fix.name), products.data!.spellings).products })));
  const unmappedFixes = fixes.filter((x) => x.products.length === 0);
  console.log(`\nService packs that include the fix: ${fixes.length} in ${new Set(fixes.map((x) => x.bulletin)).size} bulletins; ${fixes.length - unmappedFixes.length} name a catalog product`);
  for (const { bulletin, fix } of unmappedFixes) console.log(`  ${bulletin}: "${fix.name}" (no catalog product: not read as fixed)`);

  // What the bulletins say of the catalog's products, per year and status (`included`: a service pack out after the bulletin).
  const read = bulletinProductReader(products.data.spellings, products.data.products);
  const statuses = facts.map((f) => ({ year: f.year, products: read(f).products }));
  console.log(`\nProduct statuses, per year\n\n| year | ${PRODUCT_STATUSES.join(' | ')} |\n|---|${PRODUCT_STATUSES.map(() => '---:').join('|')}|`);
  for (const year of [...years, 'all' as const]) {
    const ofYear = statuses.filter((s) => year === 'all' || s.year === year).flatMap((s) => s.products);
    console.log(`| ${year} | ${PRODUCT_STATUSES.map((status) => ofYear.filter((p) => p.status === status).length).join(' | ')} |`);
  }
  const undated = undatedServicePacks(products.data.products);
  console.log(`\nService packs without a general-availability date: ${undated.length} (a release named alone still speaks of them, whatever the bulletin's date)`);
  for (const { release, servicePack } of undated) console.log(`  ${servicePack} (of ${release})`);
}
console.log(`\n${facts.length} bulletins in ${Math.round((Date.now() - started) / 1000)} s`);
