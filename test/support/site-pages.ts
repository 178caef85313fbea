/// <reference types="node" />
/** Every built page of the site, for the site-wide gates. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANG_ALTERNATION } from '../../src/lib/i18n/langs.ts';

export interface BuiltPage {
  /** The URL path: `/ja/bulletins/ms04-015/`, `/404.html`. */
  path: string;
  /** The file in dist/. */
  file: string;
  /** The page's HTML, read from the file each time: the corpus's pages would not all fit in memory at once. */
  readonly html: string;
}

/** The URL path a dist/ file is served at (folders end in `/`). */
export function pathOf(relativeFile: string): string {
  const unix = relativeFile.split('\\').join('/');
  return unix === 'index.html' ? '/' : unix.endsWith('/index.html') ? `/${unix.slice(0, -'index.html'.length)}` : `/${unix}`;
}

/** All HTML pages in `distDir`, sorted by path; Pagefind's own files are not pages. */
export function builtPages(distDir: string): BuiltPage[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => builtPage(pathOf(f), join(distDir, f)))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function builtPage(path: string, file: string): BuiltPage {
  return {
    path,
    file,
    get html() {
      return readFileSync(file, 'utf8');
    },
  };
}

/** An imported bulletin's page or its wizard, an identifier page or a product page, which the corpus has by the thousand. */
const MANY = new RegExp(`^/(?:${LANG_ALTERNATION})/(?:bulletins/(ms\\d{2}-\\d{3})/(?:check/)?|kb/[^/]+/|cve/[^/]+/|products/([^/]+)/)$`);
/**
 * The product pages the costly checks visit: one per shape of page rather than all of them (they share one
 * template, and a long list takes axe a while): a curated product (its verdicts and a long list of imported
 * bulletins), the fixtures' own, and corpus products with components, Server Core, and a not-affected list.
 */
const PRODUCT_SAMPLE: ReadonlySet<string> = new Set([
  'windows-xp-sp1',
  'windows-98',
  'test-browser-6',
  'windows-7-x64-sp1',
  'internet-explorer-6',
  'office-2003-sp3',
  'windows-server-2008-r2-x64-sp1-core',
  'windows-vista-sp1',
]);
const isSampledProduct = (id: string) => PRODUCT_SAMPLE.has(id);

/** A link to one of the bulletins in `ids` (lower case). */
const linksTo = (html: string, ids: ReadonlySet<string>) =>
  [...html.matchAll(/\/bulletins\/(ms\d{2}-\d{3})\//g)].some((m) => ids.has(m[1]!));

/**
 * The pages the costly checks visit (a browser with axe, html-validate): every page of every kind,
 * except that of the thousands of imported bulletins and their KB and CVE pages only those of a fixed
 * sample (two or more bulletins per layout family, and every curated bulletin) are visited, and of the
 * product pages only the sampled ones.
 */
export function sampledPages(pages: readonly BuiltPage[], sample: ReadonlySet<string>): BuiltPage[] {
  return pages.filter((page) => {
    const match = MANY.exec(page.path);
    if (!match) return true;
    if (match[2]) return isSampledProduct(match[2]);
    return match[1] ? sample.has(match[1]) : linksTo(page.html, sample);
  });
}

/** The corpus's listing pages, by the dozen: one per year, severity and product family. */
const LISTING = new RegExp(`^/(?:${LANG_ALTERNATION})/bulletins/(\\d{4}|severity/[^/]+|family/[^/]+)/$`);
/** Of those, the ones the in-browser checks visit: one of each kind (the index of all bulletins is always visited). */
const LISTING_SAMPLE: ReadonlySet<string> = new Set(['2004', 'severity/moderate', 'family/exchange']);
/** An identifier page: a KB or CVE number's page (their indexes do not match). */
const IDENTIFIER = new RegExp(`^/(?:${LANG_ALTERNATION})/(?:kb|cve)/[^/]+/$`);

/**
 * The pages the in-browser checks visit (axe in light and dark, CSP, no-JavaScript reading), the
 * costliest checks of all: the pages of `sampledPages`, except that of the listings and identifier
 * pages, which share one template each, only one of each listing kind and the identifier pages of the
 * bulletins in `identifierSample` are visited. Every imported bulletin of the sample is still visited.
 */
export function browserSampledPages(
  pages: readonly BuiltPage[],
  sample: ReadonlySet<string>,
  identifierSample: ReadonlySet<string>,
): BuiltPage[] {
  return sampledPages(pages, sample).filter((page) => {
    const listing = LISTING.exec(page.path);
    if (listing) return LISTING_SAMPLE.has(listing[1]!);
    return IDENTIFIER.test(page.path) ? linksTo(page.html, identifierSample) : true;
  });
}

/** The dist/ file a site path resolves to, as the static server would serve it; undefined when none. */
export function resolveFile(distDir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidate = join(distDir, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The kind of page a path is, for budgets and reports. */
export function pageKind(path: string): 'home' | 'bulletin' | 'wizard' | 'verdict' | 'search' | 'identifier' | 'check' | 'other' {
  const rest = new RegExp(`^/(?:${LANG_ALTERNATION})(/.*)$`).exec(path)?.[1];
  if (rest === undefined) return 'other';
  if (rest === '/') return 'home';
  if (/^\/bulletins\/[^/]+\/$/.test(rest)) return 'bulletin';
  if (/^\/bulletins\/[^/]+\/check\/$/.test(rest)) return 'wizard';
  if (/^\/bulletins\/[^/]+\/check\/[^/]+\/$/.test(rest)) return 'verdict';
  if (/^\/search\/$/.test(rest)) return 'search';
  if (/^\/check\/$/.test(rest)) return 'check';
  if (/^\/(kb|cve|products)\//.test(rest)) return 'identifier';
  return 'other';
}
