/**
 * `npm run bench:scale`: the corpus at scale, measured in one run, ours beside a reference site built
 * from the same corpus (Starlight with Pagefind) where one is given:
 * - the build's wall time (Astro, Pagefind), from an empty content cache;
 * - pages, the size of the built site, the largest page's gzipped HTML;
 * - the bytes and time of typical queries through Pagefind's JS API (as a results page would run them:
 *   the search, then the first five results' data), in Chromium, on both sites;
 * - the same queries on our search page as a visitor runs them (its identifier lookup, and only the
 *   fragments of the results it shows): bytes from /pagefind/ and /identifiers.json, and the time from
 *   the page's start to its results.
 *
 * Usage: node scripts/bench-scale.ts [--skip-build] [--reference DIST --reference-build-seconds N]
 * Writes bench/scale.md and bench/scale.json. A benchmark to read, not a test that fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_MISSING, findChromium } from '../test/support/paths.ts';
import { queryCost } from '../test/support/search.ts';
import { startStaticServer } from '../test/support/static-server.ts';
import { routeSeconds } from '../src/lib/site/build-log.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    reference: { type: 'string' },
    'reference-build-seconds': { type: 'string' },
  },
});
const QUERIES: Record<string, string[]> = {
  ja: ['再起動', 'KB958644', 'MS08-067', 'LSASS', 'リモートでコードが実行される', 'CVE-2008-4250'],
};

interface SiteFigures {
  buildSeconds?: number;
  astroSeconds?: number;
  pagefindSeconds?: number;
  /** The exports (CSAF, JSON API, feeds): how many files, and the seconds of the Astro build they took. */
  exports?: { routes: number; seconds: number };
  pages: number;
  bytes: number;
  largestPage: { path: string; gzipBytes: number };
  queries: { lang: string; query: string; results: number; bytes: number; ms: number }[];
  /** Our own search page only. */
  searchPage?: { lang: string; query: string; bytes: number; fragments: number; ms: number }[];
}

/** Runs a command, printing its output after it ends: its wall time and its output. */
function timed(command: string, commandArgs: string[]): { seconds: number; output: string } {
  const started = performance.now();
  const output = execFileSync(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  process.stdout.write(output);
  return { seconds: (performance.now() - started) / 1000, output };
}

/** Every file under `dir` with its size; HTML pages gzipped one at a time (the site does not fit in memory). */
function siteFigures(dir: string): Omit<SiteFigures, 'queries'> {
  let pages = 0;
  let bytes = 0;
  let largestPage = { path: '', gzipBytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    bytes += statSync(file).size;
    if (!entry.name.endsWith('.html') || file.includes('/pagefind/')) continue;
    pages++;
    const gzipBytes = gzipSync(readFileSync(file)).length;
    if (gzipBytes > largestPage.gzipBytes) largestPage = { path: file.slice(dir.length), gzipBytes };
  }
  return { pages, bytes, largestPage };
}

/** Each query in a fresh context: the bytes of /pagefind/ responses and the time from import to five results' data. */
async function queryCosts(dir: string, chromiumPath: string): Promise<SiteFigures['queries']> {
  const server = await startStaticServer(dir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const costs: SiteFigures['queries'] = [];
  try {
    for (const [lang, queries] of Object.entries(QUERIES)) {
      for (const query of queries) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/${lang}/`);
        let bytes = 0;
        page.on('response', async (response) => {
          if (!response.url().includes('/pagefind/')) return;
          bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
        });
        const result = await page.evaluate(async (q) => {
          const started = performance.now();
          const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
          await pagefind.init();
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
          return { results: search.results.length as number, ms: Math.round(performance.now() - started) };
        }, query);
        await page.waitForTimeout(300);
        costs.push({ lang, query, results: result.results, bytes, ms: result.ms });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}

/** Each query on a fresh search page of ours, loaded with `?q=`: what a visitor's browser downloads and waits. */
async function searchPageCosts(dir: string, chromiumPath: string): Promise<NonNullable<SiteFigures['searchPage']>> {
  const server = await startStaticServer(dir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const costs: NonNullable<SiteFigures['searchPage']> = [];
  try {
    for (const [lang, queries] of Object.entries(QUERIES)) {
      for (const query of queries) {
        const context = await browser.newContext();
        const { bytes, fragments, ms } = await queryCost(await context.newPage(), `${server.url}/${lang}/search/?${new URLSearchParams({ q: query })}`, query);
        costs.push({ lang, query, bytes, fragments, ms });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(CHROMIUM_MISSING);
const bin = join(ROOT, 'node_modules', '.bin');

const ours: Partial<SiteFigures> = {};
if (!args['skip-build']) {
  rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
  const astro = timed(process.execPath, [join(bin, 'astro'), 'build']);
  ours.astroSeconds = astro.seconds;
  const exports = routeSeconds(astro.output);
  ours.exports = { routes: exports.routes, seconds: exports.seconds + exports.selfTimed };
  ours.pagefindSeconds = timed(process.execPath, [join(bin, 'pagefind'), '--site', 'dist']).seconds;
  ours.buildSeconds = ours.astroSeconds + ours.pagefindSeconds;
}
const sites: Record<string, SiteFigures> = {
  ours: {
    ...ours,
    ...siteFigures(join(ROOT, 'dist')),
    queries: await queryCosts(join(ROOT, 'dist'), chromiumPath),
    searchPage: await searchPageCosts(join(ROOT, 'dist'), chromiumPath),
  },
};
if (args.reference) {
  const seconds = Number(args['reference-build-seconds']);
  sites['reference'] = {
    ...(Number.isFinite(seconds) ? { buildSeconds: seconds } : {}),
    ...siteFigures(args.reference),
    queries: await queryCosts(args.reference, chromiumPath),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const time = (seconds?: number) => (seconds === undefined ? '—' : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`);
const names = Object.keys(sites);
const row = (label: string, cell: (s: SiteFigures) => string) => `| ${label} | ${names.map((n) => cell(sites[n]!)).join(' | ')} |`;
const lines = [
  `| | ${names.join(' | ')} |`,
  `|---|${names.map(() => '---').join('|')}|`,
  row('build (Astro + Pagefind)', (s) => `${time(s.buildSeconds)}${s.astroSeconds ? ` (${time(s.astroSeconds)} + ${time(s.pagefindSeconds)})` : ''}`),
  row('of which the exports (CSAF, JSON API, Atom feeds)', (s) =>
    s.exports && s.astroSeconds ? `${time(s.exports.seconds)} for ${s.exports.routes} files: ${((100 * s.exports.seconds) / (s.astroSeconds - s.exports.seconds)).toFixed(1)}% added to the rest of the Astro build` : '—',
  ),
  row('pages', (s) => String(s.pages)),
  row('dist/', (s) => mb(s.bytes)),
  row('largest page, gzipped HTML', (s) => `${kb(s.largestPage.gzipBytes)} (${s.largestPage.path})`),
  ...sites['ours']!.queries.map((q, i) => row(`Pagefind API, 5 results: \`${q.query}\` (${q.lang})`, (s) => {
    const c = s.queries[i]!;
    return `${kb(c.bytes)}, ${c.ms} ms, ${c.results} results`;
  })),
  ...sites['ours']!.searchPage!.map((q) => row(`our search page: \`${q.query}\` (${q.lang})`, (s) =>
    s === sites['ours'] ? `${kb(q.bytes)} (${q.fragments} fragments), ${q.ms} ms to results` : '—',
  )),
];
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'scale.json'), `${JSON.stringify(sites, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench', 'scale.md'), `# The corpus at scale, ${new Date().toISOString().slice(0, 10)}\n\n${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n\nWritten to bench/scale.md and bench/scale.json.`);
