/**
 * `npm run bench`: Lighthouse (mobile, its default) on the home, bulletin, wizard and search pages in
 * both languages, served from dist/ over loopback with gzip. Writes bench/report.md and bench/report.json.
 * Timings are noisy on shared machines; this is a benchmark to read, not a test that fails.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_MISSING, findChromium } from '../test/support/paths.ts';
import { startStaticServer } from '../test/support/static-server.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const ALL_PAGES = ['ja', 'en'].flatMap((lang) => [
  `/${lang}/`,
  `/${lang}/bulletins/ms04-015/`,
  `/${lang}/bulletins/ms04-015/check/`,
  `/${lang}/search/?q=${lang === 'ja' ? encodeURIComponent('再起動') : 'restart'}`,
  // The check with the largest product's data, an imported bulletin's wizard, the longest product page.
  `/${lang}/check/?os=windows-server-2008-x64-sp2&kb=958644`,
  `/${lang}/bulletins/ms08-067/check/?product=windows-xp-sp2&kb=958644`,
  `/${lang}/products/windows-server-2008-x64-sp2/`,
]);
// `node scripts/bench.ts search` measures only the pages whose path has `search`, and writes no report.
const only = process.argv[2];
const PAGES = only ? ALL_PAGES.filter((page) => page.includes(only)) : ALL_PAGES;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Row {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
}

const chromePath = findChromium();
if (!chromePath) throw new Error(CHROMIUM_MISSING);
const server = await startStaticServer(join(ROOT, 'dist'));
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Row[] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      transferBytes: Math.round(audits['total-byte-weight']?.numericValue ?? 0),
    });
    console.log(`${page}: ${CATEGORIES.map((c) => rows.at(-1)!.scores[c]).join(' / ')}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

const table = [
  '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | transfer |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| \`${decodeURIComponent(r.page)}\` | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} | ${(r.transferBytes / 1024).toFixed(1)} KB |`),
].join('\n');
if (only) {
  console.log(`\n${table}`);
  process.exit(0);
}
// What the check page loads for one product: its script (and the scripts that one imports) and the
// product's data, gzipped; the budget is 60 KB for the largest product.
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const dist = join(ROOT, 'dist');
const scriptsOf = (file: string, seen = new Set<string>()): number => {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let bytes = gz(file);
  for (const [, spec] of code.matchAll(/import\s*(?:[^'"`()]*?from\s*)?["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g)) {
    bytes += scriptsOf(spec!.startsWith('/') ? join(dist, spec!) : join(file, '..', spec!), seen);
  }
  return bytes;
};
const checkHtml = readFileSync(join(dist, 'ja/check/index.html'), 'utf8');
const checkScript = [...checkHtml.matchAll(/<script type="module" src="([^"]+)"/g)].reduce((n, [, src]) => n + scriptsOf(join(dist, src!)), 0);
const dataDir = join(dist, 'check/data');
const data = readdirSync(dataDir).map((f) => ({ f, bytes: gz(join(dataDir, f)) })).sort((a, b) => b.bytes - a.bytes);
const median = data[Math.floor(data.length / 2)]!;
const checkWeight = [
  '| what the check page loads | gzipped |',
  '|---|---|',
  `| its scripts | ${(checkScript / 1024).toFixed(1)} KB |`,
  `| the largest product's data (\`${data[0]!.f}\`) | ${(data[0]!.bytes / 1024).toFixed(1)} KB |`,
  `| the median product's data (\`${median.f}\`, of ${data.length}) | ${(median.bytes / 1024).toFixed(1)} KB |`,
  `| scripts + the largest product's data (budget 60 KB) | ${((checkScript + data[0]!.bytes) / 1024).toFixed(1)} KB |`,
].join('\n');
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(rows, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench', 'report.md'), `# Lighthouse (mobile), ${new Date().toISOString().slice(0, 10)}\n\n${table}\n\n## The check page's weight\n\n${checkWeight}\n`);
console.log(`\n${table}\n\n${checkWeight}\n\nWritten to bench/report.md and bench/report.json.`);
