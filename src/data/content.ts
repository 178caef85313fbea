/**
 * The site's content, loaded once per build: the checked facts and each bulletin's prose in both
 * languages. Anything wrong throws, so a broken content file fails the build.
 */
import { getCollection, render } from 'astro:content';
import type { Bulletin } from '../schemas/bulletin.ts';
import { productFacts, type ProductFacts } from '../lib/content/bulletin-facts.ts';
import type { Lang } from '../schemas/common.ts';
import { throwIfProblems, type ContentProblem } from '../lib/content/errors.ts';
import { loadContent, type SiteContent, type SourceFile } from '../lib/content/load.ts';
import { checkOutline, checkOutlineAgainstData, compareOutlines, type ProseOutline } from '../lib/content/prose-outline.ts';

// Vite reads these at build time; the keys are paths from the project root ("/content/…").
const catalogText = import.meta.glob<string>('/content/products.yaml', { query: '?raw', import: 'default', eager: true });
const bulletinTexts = import.meta.glob<string>('/content/bulletins/*/bulletin.yaml', { query: '?raw', import: 'default', eager: true });
// The tests' synthetic bulletins, included only in a build run with BULLETIN_FIXTURES=1 (the prose
// collection in src/content.config.ts follows the same switch), so a published build never has them.
const fixtureTexts = import.meta.glob<string>('/test/fixtures/content/bulletins/*/bulletin.yaml', { query: '?raw', import: 'default', eager: true });
// Their products of a family the real catalog lacks, joined to the catalog under the same switch.
const fixtureCatalogText = import.meta.glob<string>('/test/fixtures/content/products.yaml', { query: '?raw', import: 'default', eager: true });
const withFixtures = process.env['BULLETIN_FIXTURES'] === '1';

const asSource = ([path, text]: [string, string]): SourceFile => ({ file: path.slice(1), text });

let site: SiteContent | undefined;

/** The checked catalog and bulletins. */
export function getSite(): SiteContent {
  if (!site) {
    const [catalog] = Object.entries(catalogText).map(asSource);
    if (!catalog) throw new Error('content/products.yaml is missing. Create it with the product catalog.');
    const catalogs = [catalog, ...(withFixtures ? Object.entries(fixtureCatalogText).map(asSource) : [])];
    site = loadContent(catalogs, Object.entries({ ...bulletinTexts, ...(withFixtures ? fixtureTexts : {}) }).map(asSource));
  }
  return site;
}

/** One bulletin by its lower-case id (its folder name); throws if there is none. */
export function getBulletin(slug: string): Bulletin {
  const bulletin = getSite().bulletins.find((b) => b.id.toLowerCase() === slug);
  if (!bulletin) throw new Error(`No bulletin "${slug}" in content/bulletins/.`);
  return bulletin;
}

const factsByBulletin = new WeakMap<Bulletin, ReadonlyMap<string, ProductFacts>>();

/**
 * What the bulletin says about each product it names (status, fixed version, keys, caveats), computed
 * once per bulletin and build. Every page and component reads it from here.
 */
export function getProductFacts(bulletin: Bulletin): ReadonlyMap<string, ProductFacts> {
  let facts = factsByBulletin.get(bulletin);
  if (!facts) {
    facts = productFacts(bulletin);
    factsByBulletin.set(bulletin, facts);
  }
  return facts;
}

type RenderResult = Awaited<ReturnType<typeof render>>;

/** A bulletin's prose in one language, rendered, with its outline. */
export interface BulletinProse {
  title: string;
  Content: RenderResult['Content'];
  outline: ProseOutline;
}

let prose: Promise<Map<string, Record<Lang, BulletinProse>>> | undefined;

/** Every bulletin's prose in both languages, checked against each other and against the data. */
export function getAllProse(): Promise<Map<string, Record<Lang, BulletinProse>>> {
  prose ??= loadProse();
  return prose;
}

async function loadProse() {
  const entries = await getCollection('prose');
  const problems: ContentProblem[] = [];
  const result = new Map<string, Record<Lang, BulletinProse>>();
  for (const bulletin of getSite().bulletins) {
    const slug = bulletin.id.toLowerCase();
    const files = { ja: `content/bulletins/${slug}/ja.mdx`, en: `content/bulletins/${slug}/en.mdx` };
    const byLang: Partial<Record<Lang, BulletinProse>> = {};
    for (const lang of ['ja', 'en'] as const) {
      const entry = entries.find((e) => e.id === `${slug}/${lang}`);
      if (!entry) {
        problems.push({ file: files[lang], field: '', message: `The ${lang} prose is missing. Create it: every bulletin has ja.mdx and en.mdx.` });
        continue;
      }
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const outline = remarkPluginFrontmatter['outline'] as ProseOutline;
      problems.push(...checkOutline(files[lang], outline), ...checkOutlineAgainstData(files[lang], outline, bulletin));
      byLang[lang] = { title: entry.data.title, Content, outline };
    }
    if (byLang.ja && byLang.en) {
      problems.push(...compareOutlines(files, byLang.ja.outline, byLang.en.outline));
      result.set(slug, byLang as Record<Lang, BulletinProse>);
    }
  }
  throwIfProblems(problems);
  return result;
}
