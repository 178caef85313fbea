/**
 * Content-layer loaders for the catalog, the bulletins' facts and their prose. The YAML loaders check
 * every file with our schemas and cross-checks (load.ts) and throw every problem at once, so a broken
 * file fails the build with "file → field: what is wrong. What to do." rather than Astro's generic
 * messages; Astro only logs what a loader logs, and a logged error lets the build pass.
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { bulletinSchema } from '../../schemas/bulletin.ts';
import { LANGS, type Lang } from '../../schemas/common.ts';
import { productCatalogSchema } from '../../schemas/product.ts';
import { ContentError, throwIfProblems } from './errors.ts';
import { checkCorpusProducts, CORPUS_PRODUCTS_FILE, toCorpusProductEntry, type CorpusProductEntry } from '../products/corpus-products.ts';
import { PRODUCT_NAMES_FILE } from '../products/spelling-table.ts';
import { bulletinFolder, checkContent, type SiteContent, type SourceFile } from './load.ts';

/** Where the content files are, as paths from the project root. */
export interface ContentSources {
  /** The product catalog, `content/products.yaml`, then any catalog files joined to it (the tests' products). */
  catalogs: readonly string[];
  /** Folders with one folder per bulletin (`content/bulletins`), each holding bulletin.yaml, ja.mdx, en.mdx. */
  bulletins: readonly string[];
}

/** The YAML files the sources name, read from the project at `root`. */
export async function readSources(root: URL, sources: ContentSources): Promise<{ catalogs: SourceFile[]; bulletins: SourceFile[] }> {
  const read = async (file: string): Promise<SourceFile | undefined> => {
    const text = await readFile(new URL(file, root), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : { file, text };
  };
  const catalogs: SourceFile[] = [];
  for (const file of sources.catalogs) {
    const catalog = await read(file);
    if (!catalog) throwIfProblems([{ file, field: '', message: 'The product catalog is missing. Create it: every bulletin names its products from it.' }]);
    catalogs.push(catalog!);
  }
  const bulletins: SourceFile[] = [];
  for (const folder of sources.bulletins) {
    const entries = await readdir(new URL(`${folder}/`, root), { withFileTypes: true }).catch(() => []);
    const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
    for (const name of names) {
      const source = await read(`${folder}/${name}/bulletin.yaml`);
      if (source) bulletins.push(source);
    }
  }
  return { catalogs, bulletins };
}

/** What the shared check gives each YAML loader. */
interface CheckedContent {
  site: SiteContent;
  files: SourceFile[];
  /** The corpus's products (content/products.yaml's, then content/corpus/products.yaml's) and the spellings. */
  corpusProducts: CorpusProductEntry;
}

/** The last files checked and what came of it: the catalog, bulletin and corpus-product loaders share one check. */
let lastCheck: { key: string; outcome: CheckedContent | { error: unknown } } | undefined;

/**
 * Reads and checks the catalog, every bulletin, the corpus's products and the spellings together, so
 * one message lists every problem in any of them and content/products.yaml is read once for all. The
 * YAML loaders call it in the same sync: the files are checked once and all see the same result (or
 * the same error).
 */
export async function checkedContent(root: URL, sources: ContentSources): Promise<CheckedContent> {
  const { catalogs, bulletins } = await readSources(root, sources);
  const [corpus, names] = await Promise.all(CORPUS_TABLE_FILES.map(async (file) => ({ file, text: await readFile(new URL(file, root), 'utf8').catch(() => undefined) })));
  const key = JSON.stringify([catalogs, bulletins, corpus, names]);
  if (lastCheck?.key !== key) {
    try {
      const { site, catalogs: parsed, problems } = checkContent(catalogs, bulletins);
      const missing = [corpus!, names!].filter((f) => f.text === undefined).map(({ file }) => ({ file, field: '', message: 'The file is missing. Restore it: it maps the corpus bulletins\' software rows to products.' }));
      // The corpus's products join the site's own catalog (the first file), never the tests' joined to it.
      const products = parsed && missing.length === 0 ? checkCorpusProducts({ catalog: parsed[0]!, corpus: corpus!.text!, names: names!.text! }) : undefined;
      throwIfProblems([...problems, ...missing, ...(products?.problems ?? [])]);
      lastCheck = { key, outcome: { site: site!, files: bulletins, corpusProducts: toCorpusProductEntry(products!.data!) } };
    } catch (error) {
      lastCheck = { key, outcome: { error } };
    }
  }
  const { outcome } = lastCheck;
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

/** Whether a path (from the project root) is a catalog file. */
const isCatalog = (path: string, sources: ContentSources) => sources.catalogs.includes(path);

/** The corpus's product files beside the catalog: its own products and the spellings. */
const CORPUS_TABLE_FILES = [CORPUS_PRODUCTS_FILE, PRODUCT_NAMES_FILE] as const;

/** Whether a path (from the project root) is one of the corpus's product files. */
const isCorpusTable = (path: string) => (CORPUS_TABLE_FILES as readonly string[]).includes(path);

/** Whether a path (from the project root) is a bulletin's `bulletin.yaml`. */
function isBulletinYaml(path: string, sources: ContentSources): boolean {
  return sources.bulletins.some((folder) => {
    const rest = path.startsWith(`${folder}/`) ? path.slice(folder.length + 1).split('/') : [];
    return rest.length === 2 && rest[1] === 'bulletin.yaml';
  });
}

/**
 * A loader over the checked YAML: `write` puts its part in the store. It throws on a problem, which
 * fails the build. In the dev server it reloads on a change to any of the YAML (the cross-checks read
 * them all); an edit that breaks a file is reported and the last good content stays until it is fixed.
 * Only the loader that `owns` the changed file says so, so each report appears once.
 */
function yamlLoader(
  sources: ContentSources,
  owns: (path: string, sources: ContentSources) => boolean,
  write: (checked: CheckedContent, context: LoaderContext) => void,
) {
  return async (context: LoaderContext): Promise<void> => {
    const root = context.config.root;
    const sync = async () => {
      write(await checkedContent(root, sources), context);
    };
    await sync();

    const { watcher, logger } = context;
    if (!watcher) return;
    const rootPath = fileURLToPath(root);
    watcher.add([...sources.catalogs, ...sources.bulletins, ...CORPUS_TABLE_FILES].map((path) => fileURLToPath(new URL(path, root))));
    const onChange = async (changed: string) => {
      const path = relative(rootPath, changed).split(sep).join('/');
      if (!isCatalog(path, sources) && !isBulletinYaml(path, sources) && !isCorpusTable(path)) return;
      const report = owns(path, sources);
      try {
        await sync();
        if (report) logger.info(`Reloaded data from ${path}`);
      } catch (error) {
        if (report) logger.error(error instanceof ContentError ? error.message : String(error));
      }
    };
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
  };
}

/** The id of the one entry of the `catalog` collection. */
export const CATALOG_ENTRY = 'catalog';

/**
 * The product catalog as one entry (`catalog`): its wizard groups, families and products, each list in
 * the order the files give (the store keeps no order between entries), the catalog files joined.
 */
export function catalogLoader(sources: ContentSources): Loader {
  return {
    name: 'catalog-loader',
    // The loader checks the files itself (for our messages); Astro takes the entry's type from this.
    schema: productCatalogSchema,
    load: yamlLoader(sources, isCatalog, ({ site: { wizardGroups, families, products } }, { store, generateDigest }) => {
      const data = { wizardGroups, families, products };
      store.set({ id: CATALOG_ENTRY, data, filePath: sources.catalogs[0]!, digest: generateDigest(JSON.stringify(data)) });
    }),
  };
}

/** The bulletins' facts: one entry per bulletin.yaml, its id the folder's name (`ms04-015`). */
export function bulletinLoader(sources: ContentSources): Loader {
  return {
    name: 'bulletin-loader',
    schema: bulletinSchema,
    load: yamlLoader(sources, isBulletinYaml, ({ site: { bulletins }, files }, { store, generateDigest }) => {
      const ids = new Set<string>();
      for (const bulletin of bulletins) {
        const id = bulletin.id.toLowerCase();
        const filePath = files.find((f) => bulletinFolder(f.file) === id)!.file;
        ids.add(id);
        // The digest is the checked data's, not the file's: a change to the schema changes the entry too.
        store.set({ id, data: bulletin, filePath, digest: generateDigest(JSON.stringify(bulletin)) });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    }),
  };
}

/** The id of the one entry of a collection loaded by {@link tableLoader}. */
export const TABLE_ENTRY = 'table';

/**
 * The products of the whole corpus as one entry (`table`): the catalog's products, then
 * content/corpus/products.yaml's, and the spellings (content/corpus/product-names.yaml) that map the
 * bulletins' rows to them. Checked with the catalog and the bulletins, in the one shared check.
 */
export function corpusProductsLoader(sources: ContentSources): Loader {
  return {
    name: 'corpus-products-loader',
    load: yamlLoader(sources, isCorpusTable, ({ corpusProducts }, { store, generateDigest }) => {
      store.set({ id: TABLE_ENTRY, data: { ...corpusProducts }, filePath: PRODUCT_NAMES_FILE, digest: generateDigest(JSON.stringify(corpusProducts)) });
    }),
  };
}

/**
 * A data table under content/ that no other file is checked against (the corpus's families, the
 * search's synonyms and common words) as one entry (`table`): its files read from the project, checked by
 * `check` (which throws a ContentError naming the file, the field and the fix, failing the build), and
 * stored as it returns them. In the dev server an edit to one of the files reloads it; a broken edit is
 * reported and the last good entry stays.
 */
export function tableLoader(name: string, files: readonly string[], check: (sources: SourceFile[]) => Record<string, unknown>): Loader {
  return {
    name,
    load: async ({ config, store, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const sources = await Promise.all(files.map(async (file) => ({ file, text: await readFile(new URL(file, config.root), 'utf8') })));
        const data = check(sources);
        store.set({ id: TABLE_ENTRY, data, filePath: files.at(-1)!, digest: generateDigest(JSON.stringify(data)) });
      };
      await sync();
      if (!watcher) return;
      const root = fileURLToPath(config.root);
      const paths = files.map((file) => fileURLToPath(new URL(file, config.root)));
      watcher.add(paths);
      const onChange = async (changed: string) => {
        if (!paths.includes(changed)) return;
        try {
          await sync();
          logger.info(`Reloaded data from ${relative(root, changed).split(sep).join('/')}`);
        } catch (error) {
          logger.error(error instanceof ContentError ? error.message : String(error));
        }
      };
      for (const event of ['change', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}

/** The bulletin and the language of a prose file, from its path: `…/bulletins/{bulletin}/{lang}.mdx`. */
export function proseFileFacts(filePath: string): { bulletin: string; lang: Lang } | undefined {
  const match = /(?:^|[/\\])bulletins[/\\]([^/\\]+)[/\\]([a-z]+)\.mdx$/.exec(filePath);
  if (!match || !(LANGS as readonly string[]).includes(match[2]!)) return undefined;
  return { bulletin: match[1]!, lang: match[2] as Lang };
}

/**
 * The prose: one entry per `{bulletin}/{lang}.mdx`, id `{bulletin}/{lang}`. Astro's glob loader reads
 * and watches the MDX; this adds the entry's `bulletin` (a reference, resolved by the schema) and `lang`
 * from the file's place, so no author writes them.
 */
export function proseLoader(sources: ContentSources): Loader {
  const files = glob({
    base: '.',
    pattern: sources.bulletins.map((folder) => `${folder}/*/{${LANGS.join(',')}}.mdx`),
    generateId: ({ entry }) => entry.split('/').slice(-2).join('/').replace(/\.mdx$/, ''),
  });
  return {
    name: 'prose-loader',
    load: (context) =>
      files.load({
        ...context,
        parseData: (entry) => context.parseData({ ...entry, data: { ...entry.data, ...proseFileFacts(entry.filePath ?? '') } }),
      }),
  };
}
