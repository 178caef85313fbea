/**
 * The site's content as pages and components read it: one view per bulletin (its facts, what it says
 * about each product, its prose in both languages), built once from the content collections. Their
 * loaders (src/content.config.ts) check the YAML; here each bulletin is joined to its prose through
 * the prose's reference and the prose is checked against it. Anything wrong throws, so a broken content
 * file fails the build.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { Bulletin } from '../schemas/bulletin.ts';
import type { Lang } from '../lib/i18n/langs.ts';
import { productFacts, type ProductFacts } from '../lib/content/bulletin-facts.ts';
import { throwIfProblems, type ContentProblem } from '../lib/content/errors.ts';
import { joinProse } from '../lib/content/join-prose.ts';
import { CATALOG_ENTRY, TABLE_ENTRY } from '../lib/content/loaders.ts';
import { siteContent, type SiteContent } from '../lib/content/load.ts';
import { checkOutline, checkOutlineAgainstData, compareOutlines, type ProseOutline } from '../lib/content/prose-outline.ts';

type RenderResult = Awaited<ReturnType<typeof render>>;

/** A bulletin's prose in one language, rendered, with its outline. */
export interface BulletinProse {
  title: string;
  Content: RenderResult['Content'];
  outline: ProseOutline;
}

/** Everything the pages show of one bulletin. */
export interface BulletinView {
  /** Its lower-case id: its folder, its entry id and its URL segment (`ms04-015`). */
  slug: string;
  /** The checked facts of its bulletin.yaml. */
  bulletin: Bulletin;
  /** What it says about each product it names (status, fixed version, keys, caveats). */
  productFacts: ReadonlyMap<string, ProductFacts>;
  /** Its prose in each language. */
  prose: Record<Lang, BulletinProse>;
}

// The facts are read once, when this module loads, so that components can read them synchronously.
const [catalog, bulletinEntries] = await Promise.all([getEntry('catalog', CATALOG_ENTRY), getCollection('bulletins')]);
if (!catalog) throw new Error('The product catalog did not load. Check content/products.yaml.');
const site: SiteContent = siteContent(catalog.data, bulletinEntries.map((entry) => entry.data));
/** Each bulletin's entry id, the key its prose refers to it by. */
const entryIds = new Map(bulletinEntries.map((entry) => [entry.data, entry.id]));
const factsByBulletin = new WeakMap<Bulletin, ReadonlyMap<string, ProductFacts>>();

/**
 * A data table's one entry (src/content.config.ts: the corpus's products, its families, the synonyms, the common words),
 * checked by its loader, typed as the loader stores it.
 */
export async function getTable<T>(collection: 'corpusProducts' | 'corpusFamilies' | 'synonyms' | 'commonWords'): Promise<T> {
  const entry = await getEntry(collection, TABLE_ENTRY);
  if (!entry) throw new Error(`The ${collection} table did not load; its loader in src/content.config.ts names its files.`);
  return entry.data as T;
}

/** The checked catalog (in its order) and bulletins (newest first). */
export function getSite(): SiteContent {
  return site;
}

/**
 * What the bulletin says about each product it names (status, fixed version, keys, caveats), computed
 * once per bulletin and build. Every page and component reads it from here (or from its view).
 */
export function getProductFacts(bulletin: Bulletin): ReadonlyMap<string, ProductFacts> {
  let facts = factsByBulletin.get(bulletin);
  if (!facts) {
    facts = productFacts(bulletin);
    factsByBulletin.set(bulletin, facts);
  }
  return facts;
}

let views: Promise<BulletinView[]> | undefined;

/**
 * Every bulletin's view, newest first. The first call renders and checks the prose (both languages
 * against each other and against the data) and throws every problem at once; later calls share it.
 */
export function getBulletinViews(): Promise<readonly BulletinView[]> {
  views ??= loadViews();
  return views;
}

async function loadViews(): Promise<BulletinView[]> {
  const proseEntries = await getCollection('prose');
  const joined = joinProse(
    bulletinEntries.map((entry) => ({ id: entry.id, file: entry.filePath! })),
    proseEntries.map((entry) => ({ entry, file: entry.filePath!, bulletin: entry.data.bulletin.id, lang: entry.data.lang })),
  );
  const problems: ContentProblem[] = [...joined.problems];
  const result: BulletinView[] = [];
  for (const bulletin of site.bulletins) {
    const slug = entryIds.get(bulletin)!;
    const files = joined.prose.get(slug);
    if (!files) continue;
    const rendered = async ({ entry, file }: (typeof files)[Lang]): Promise<BulletinProse> => {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const outline = remarkPluginFrontmatter['outline'] as ProseOutline;
      problems.push(...checkOutline(file, outline), ...checkOutlineAgainstData(file, outline, bulletin));
      return { title: entry.data.title, Content, outline };
    };
    const prose = { ja: await rendered(files.ja), en: await rendered(files.en) };
    problems.push(...compareOutlines({ ja: files.ja.file, en: files.en.file }, prose.ja.outline, prose.en.outline));
    result.push({ slug, bulletin, productFacts: getProductFacts(bulletin), prose });
  }
  throwIfProblems(problems);
  return result;
}
