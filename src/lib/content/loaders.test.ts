import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './errors.ts';
import { CATALOG_ENTRY, TABLE_ENTRY, bulletinLoader, catalogLoader, corpusProductsLoader, proseFileFacts, type ContentSources } from './loaders.ts';
import { CATALOG_FILE, CORPUS_PRODUCTS_FILE, fromCorpusProductEntry, readCorpusProducts, type CorpusProductEntry } from '../products/corpus-products.ts';
import { PRODUCT_NAMES_FILE } from '../products/spelling-table.ts';

const SOURCES: ContentSources = { catalogs: ['content/products.yaml'], bulletins: ['content/bulletins'] };
const WITH_FIXTURES: ContentSources = {
  catalogs: [...SOURCES.catalogs, 'test/fixtures/content/products.yaml'],
  bulletins: [...SOURCES.bulletins, 'test/fixtures/content/bulletins'],
};

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string | number;
}

/** Just enough of Astro's loader context for the YAML loaders: a store, a meta store and the root. */
function fakeContext(root: URL) {
  const entries = new Map<string, StoredEntry>();
  const meta = new Map<string, string>();
  const context = {
    collection: 'test',
    config: { root },
    store: {
      set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
      get: (id: string) => entries.get(id),
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      keys: () => [...entries.keys()],
      has: (id: string) => entries.has(id),
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v) },
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
  return { context, entries };
}

const projectRoot = pathToFileURL(`${process.cwd()}/`);

describe('the YAML loaders', () => {
  it('store the catalog as one entry, its groups, families and products in the files\' order', async () => {
    const { context, entries } = fakeContext(projectRoot);
    await catalogLoader(SOURCES).load(context);
    expect([...entries.keys()]).toEqual([CATALOG_ENTRY]);
    const entry = entries.get(CATALOG_ENTRY)!;
    expect(entry.filePath).toBe('content/products.yaml');
    const products = entry.data['products'] as { id: string; family: string }[];
    expect(products[0]).toMatchObject({ id: 'windows-xp', family: 'windows-xp' });
    expect(products.at(-1)).toMatchObject({ id: 'windows-me' });
    expect((entry.data['families'] as { id: string }[]).map((f) => f.id)).toContain('windows-9x');
  });

  it('join a second catalog file after the first (the tests\' products)', async () => {
    const { context, entries } = fakeContext(projectRoot);
    await catalogLoader({ ...SOURCES, catalogs: ['content/products.yaml', 'test/fixtures/content/products.yaml'] }).load(context);
    const ids = (entries.get(CATALOG_ENTRY)!.data['products'] as { id: string }[]).map((p) => p.id);
    expect(ids[0]).toBe('windows-xp');
    expect(ids).toContain('test-browser-6');
    expect(ids.indexOf('test-browser-6')).toBeGreaterThan(ids.indexOf('windows-me'));
  });

  it('store each bulletin under its folder name, as the schema outputs it', async () => {
    const { context, entries } = fakeContext(projectRoot);
    await bulletinLoader(SOURCES).load(context);
    expect([...entries.keys()]).toEqual(['ms04-015']);
    const entry = entries.get('ms04-015')!;
    expect(entry.filePath).toBe('content/bulletins/ms04-015/bulletin.yaml');
    expect(entry.data['id']).toBe('MS04-015');
    expect(entry.data['keyFile']).toBe('helpctr.exe');
    // Shorthand for text the same in both languages is already expanded.
    const rows = (entry.data['affectedSoftware'] as { rows: { software: unknown }[] }).rows;
    expect(rows[1]!.software).toEqual({ ja: 'Microsoft Windows XP 64-Bit Edition Service Pack 1', en: 'Microsoft Windows XP 64-Bit Edition Service Pack 1' });
  });

  it('include the test bulletins only when asked, and drop entries whose file is gone', async () => {
    const { context, entries } = fakeContext(projectRoot);
    await bulletinLoader(WITH_FIXTURES).load(context);
    expect([...entries.keys()].sort()).toEqual(['ms04-015', 'ms99-001']);
    expect(entries.get('ms99-001')!.filePath).toBe('test/fixtures/content/bulletins/ms99-001/bulletin.yaml');
    await bulletinLoader(SOURCES).load(context);
    expect([...entries.keys()]).toEqual(['ms04-015']);
  });
});

describe('broken YAML fails the load with every problem at once', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A copy of the files the YAML loaders read (not the corpus of sources) in a scratch folder, with `edit` applied to it. */
  function scratchCopy(edit: (root: string) => void): URL {
    dir = mkdtempSync(join(tmpdir(), 'content-'));
    for (const path of [...SOURCES.catalogs, ...SOURCES.bulletins, CORPUS_PRODUCTS_FILE, PRODUCT_NAMES_FILE]) cpSync(path, join(dir, path), { recursive: true });
    edit(dir);
    return pathToFileURL(`${dir}/`);
  }
  const replaceIn = (file: string, find: string, replace: string) => {
    const text = readFileSync(file, 'utf8');
    expect(text, `scratch edit: ${find}`).toContain(find);
    writeFileSync(file, text.replace(find, replace));
  };

  it('the YAML loaders throw the same message, naming the catalog and the bulletin', async () => {
    const root = scratchCopy((d) => {
      replaceIn(join(d, 'content/products.yaml'), 'family: windows-xp\n', 'family: windows-xq\n');
      replaceIn(join(d, 'content/bulletins/ms04-015/bulletin.yaml'), 'version: 5.1.2600.137,', 'version: 5.1.2600,');
    });
    const expected =
      'The content has 2 problems:\n' +
      '  content/products.yaml → products[0].family: Unknown family "windows-xq". Use one of: windows-xp, windows-xp-64, windows-server-2003, windows-nt4, windows-2000, windows-9x, or add it to families.\n' +
      '  content/bulletins/ms04-015/bulletin.yaml → updates[1].fileTables[0].rows[0].version: "5.1.2600" is not a file version. Write four dot-separated numbers, such as 5.1.2600.1515, or leave the field out where the source gives none.';
    for (const loader of [catalogLoader(SOURCES), bulletinLoader(SOURCES), corpusProductsLoader(SOURCES)]) {
      const { context, entries } = fakeContext(root);
      const load = loader.load(context);
      await expect(load).rejects.toBeInstanceOf(ContentError);
      await expect(load).rejects.toThrow(expected);
      expect(entries.size).toBe(0);
    }
  });

  it('a cross-check: a bulletin and a spelling naming a product the catalog does not have, in one message', async () => {
    const root = scratchCopy((d) => replaceIn(join(d, 'content/products.yaml'), '- id: windows-98-se\n', '- id: windows-98-second-edition\n'));
    await expect(bulletinLoader(SOURCES).load(fakeContext(root).context)).rejects.toThrow(
      'The content has 2 problems:\n' +
        '  content/bulletins/ms04-015/bulletin.yaml → nonAffectedSoftware[4].products[1]: Unknown product "windows-98-se". Use an id from content/products.yaml, or add the product there.\n' +
        '  content/corpus/product-names.yaml → products.windows-98-se: Unknown product "windows-98-se". Use an id from content/products.yaml, or add the product there.',
    );
  });

  it('a missing catalog', async () => {
    const root = scratchCopy((d) => rmSync(join(d, 'content/products.yaml')));
    await expect(catalogLoader(SOURCES).load(fakeContext(root).context)).rejects.toThrow(
      'The content has a problem:\n  content/products.yaml: The product catalog is missing. Create it: every bulletin names its products from it.',
    );
  });
});

describe('proseFileFacts', () => {
  it('reads the bulletin and the language from the path', () => {
    expect(proseFileFacts('/site/content/bulletins/ms04-015/ja.mdx')).toEqual({ bulletin: 'ms04-015', lang: 'ja' });
    expect(proseFileFacts('test/fixtures/content/bulletins/ms99-001/en.mdx')).toEqual({ bulletin: 'ms99-001', lang: 'en' });
  });
  it('knows only our languages and layout', () => {
    expect(proseFileFacts('content/bulletins/ms04-015/fr.mdx')).toBeUndefined();
    expect(proseFileFacts('content/ms04-015/ja.mdx')).toBeUndefined();
  });
});

describe('the corpus’s products load as one entry, checked with the catalog', () => {
  const tableFiles = [CATALOG_FILE, CORPUS_PRODUCTS_FILE, PRODUCT_NAMES_FILE];

  it('the catalog’s products and the corpus’s, and the spellings, the same data as read directly', async () => {
    const { context, entries } = fakeContext(projectRoot);
    await corpusProductsLoader(SOURCES).load(context);
    expect([...entries.keys()]).toEqual([TABLE_ENTRY]);
    const stored = fromCorpusProductEntry(entries.get(TABLE_ENTRY)!.data as unknown as CorpusProductEntry);
    const direct = readCorpusProducts('.').data!;
    expect(stored.products.map((p) => p.id)).toEqual(direct.products.map((p) => p.id));
    expect(stored.products[0]!.id).toBe('windows-xp');
    expect(stored.families).toEqual(direct.families);
    expect(stored.spellings.products).toEqual(direct.spellings.products);
    expect(stored.spellings.notProducts).toEqual(direct.spellings.notProducts);
    // What the store keeps survives JSON: no Map in it.
    expect(JSON.parse(JSON.stringify(entries.get(TABLE_ENTRY)!.data))).toEqual(entries.get(TABLE_ENTRY)!.data);
  });

  it('the fixtures’ catalog does not join them (a fixture build adds its products to the site’s catalog only)', async () => {
    const { context, entries } = fakeContext(projectRoot);
    await corpusProductsLoader(WITH_FIXTURES).load(context);
    const stored = entries.get(TABLE_ENTRY)!.data as unknown as CorpusProductEntry;
    expect(stored.products.map((p) => p.id)).toEqual(readCorpusProducts('.').data!.products.map((p) => p.id));
  });

  it('a missing spellings file fails the load, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'table-'));
    try {
      for (const file of [CATALOG_FILE, CORPUS_PRODUCTS_FILE]) cpSync(file, join(dir, file), { recursive: true });
      await expect(corpusProductsLoader(SOURCES).load(fakeContext(pathToFileURL(`${dir}/`)).context)).rejects.toThrow(`${PRODUCT_NAMES_FILE}: The file is missing.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken file fails the load with the file, the field and the fix, and stores nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'table-'));
    try {
      for (const file of tableFiles) cpSync(file, join(dir, file), { recursive: true });
      const file = join(dir, 'content/corpus/products.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/family: [a-z0-9-]+/, 'family: no-such-family'));
      const { context, entries } = fakeContext(pathToFileURL(`${dir}/`));
      await expect(corpusProductsLoader(SOURCES).load(context)).rejects.toThrow(/content\/corpus\/products\.yaml → products\[0\]\.family: Unknown family "no-such-family"/);
      expect(entries.size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
