/**
 * The products of the whole corpus: the curated catalog (content/products.yaml) joined with the corpus's
 * own products (content/corpus/products.yaml), and the spellings that map the bulletins' rows to them
 * (content/corpus/product-names.yaml). Read and checked in one place, for the build and the corpus report.
 */
import { corpusProductsSchema, productCatalogSchema, type Product, type ProductCatalog, type ProductFamily } from '../../schemas/product.ts';
import type { ContentProblem } from '../content/errors.ts';
import { parseWith, readContentFile } from '../content/load.ts';
import type { SpellingTable } from './source-names.ts';
import { PRODUCT_NAMES_FILE, readSpellingTable } from './spelling-table.ts';

export const CATALOG_FILE = 'content/products.yaml';
export const CORPUS_PRODUCTS_FILE = 'content/corpus/products.yaml';

/** Every product and family of both files, and the spellings. */
export interface CorpusProductData {
  families: ProductFamily[];
  products: Product[];
  spellings: SpellingTable;
}

/**
 * Both catalogs and the spellings, checked together: ids unique across the files, every product's family
 * declared in one of them, every corpus family used, every release's service packs known products of one
 * release, every spelling's product known, every corpus product spelled at least once (a product no row names would be an empty page).
 */
export function checkCorpusProducts(texts: { catalog: string | ProductCatalog; corpus: string; names: string }): { data?: CorpusProductData; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  // The catalog as text (the report, the tests) or as the content check already parsed it (the build).
  const catalog = typeof texts.catalog === 'string' ? parseWith(productCatalogSchema, { file: CATALOG_FILE, text: texts.catalog }, problems) : texts.catalog;
  const corpus = parseWith(corpusProductsSchema, { file: CORPUS_PRODUCTS_FILE, text: texts.corpus }, problems);
  if (!catalog || !corpus) return { problems };

  const familyIds = new Set(catalog.families.map((f) => f.id));
  corpus.families.forEach((family, index) => {
    if (familyIds.has(family.id)) problems.push({ file: CORPUS_PRODUCTS_FILE, field: `families[${index}].id`, message: `Family "${family.id}" is already in ${CATALOG_FILE}. Remove it here; its products can name it.` });
    familyIds.add(family.id);
  });
  const productIds = new Set(catalog.products.map((p) => p.id));
  corpus.products.forEach((product, index) => {
    const field = `products[${index}]`;
    if (productIds.has(product.id)) problems.push({ file: CORPUS_PRODUCTS_FILE, field: `${field}.id`, message: `Product "${product.id}" is already listed${catalog.products.some((p) => p.id === product.id) ? ` in ${CATALOG_FILE}` : ''}. List each product once.` });
    productIds.add(product.id);
    if (!familyIds.has(product.family)) problems.push({ file: CORPUS_PRODUCTS_FILE, field: `${field}.family`, message: `Unknown family "${product.family}". Use a family of either catalog file, or add it under families.` });
  });
  // A release's service packs: known products, each the service pack of one release only.
  const releaseOf = new Map<string, string>();
  for (const [file, products] of [[CATALOG_FILE, catalog.products], [CORPUS_PRODUCTS_FILE, corpus.products]] as const) {
    products.forEach((product, index) => {
      product.servicePacks?.forEach((sp, i) => {
        const field = `products[${index}].servicePacks[${i}]`;
        if (!productIds.has(sp) || sp === product.id) problems.push({ file, field, message: `"${sp}" is not another product of the catalog. List the release's service packs by their product ids.` });
        else if (releaseOf.has(sp)) problems.push({ file, field, message: `"${sp}" is already a service pack of "${releaseOf.get(sp)}". A service pack belongs to one release.` });
        else releaseOf.set(sp, product.id);
      });
    });
  }
  // Service packs' general-availability dates, none before the release or service pack listed before it:
  // a release named alone stands for the service packs out on a bulletin's publication date
  // (src/lib/products/bulletin-products.ts). A date no public source gives stays out (undatedServicePacks).
  const releasedOn = new Map([...catalog.products, ...corpus.products].map((p) => [p.id, p.released]));
  for (const [file, products] of [[CATALOG_FILE, catalog.products], [CORPUS_PRODUCTS_FILE, corpus.products]] as const) {
    products.forEach((product, index) => {
      let previous = product.released;
      // Only the service packs the check above accepted as this release's.
      for (const sp of (product.servicePacks ?? []).filter((sp) => releaseOf.get(sp) === product.id)) {
        const released = releasedOn.get(sp);
        if (released !== undefined && previous !== undefined && earlier(released, previous)) {
          problems.push({ file, field: `products[${index}].servicePacks`, message: `"${sp}" is released ${released}, before the product listed before it (${previous}). List the service packs oldest first, and check both dates.` });
        }
        previous = released ?? previous;
      }
    });
  }

  const used = new Set(corpus.products.map((p) => p.family));
  corpus.families.forEach((family, index) => {
    if (!used.has(family.id)) problems.push({ file: CORPUS_PRODUCTS_FILE, field: `families[${index}].id`, message: `No product is in family "${family.id}". Add one, or remove the family.` });
  });

  const names = readSpellingTable(texts.names, productIds);
  problems.push(...names.problems);
  if (names.table) {
    const spelled = new Set([...names.table.products.values()].flat());
    corpus.products.forEach((product, index) => {
      if (!spelled.has(product.id)) problems.push({ file: CORPUS_PRODUCTS_FILE, field: `products[${index}].id`, message: `No spelling in ${PRODUCT_NAMES_FILE} names "${product.id}". Add how the bulletins write it, or remove the product.` });
    });
  }
  if (problems.length > 0 || !names.table) return { problems };
  return { data: { families: [...catalog.families, ...corpus.families], products: [...catalog.products, ...corpus.products], spellings: names.table }, problems };
}

/** Whether one `released` date is before another, at the precision both give (a month, or a day). */
function earlier(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}

/**
 * The service packs without a general-availability date, with their release: a bulletin that names the
 * release alone still speaks of them whatever its date (the corpus report lists them).
 */
export function undatedServicePacks(products: readonly Product[]): { release: string; servicePack: string }[] {
  const released = new Map(products.map((p) => [p.id, p.released]));
  return products.flatMap((p) => (p.servicePacks ?? []).filter((sp) => released.get(sp) === undefined).map((sp) => ({ release: p.id, servicePack: sp })));
}

/** The three files read from the project root and checked (the build reads them through the content layer). */
export function readCorpusProducts(root: string): { data?: CorpusProductData; problems: ContentProblem[] } {
  const read = (file: string) => readContentFile(root, file).text;
  return checkCorpusProducts({ catalog: read(CATALOG_FILE), corpus: read(CORPUS_PRODUCTS_FILE), names: read(PRODUCT_NAMES_FILE) });
}

/** The checked data as plain JSON, for the content layer's store (which keeps no Map). */
export interface CorpusProductEntry {
  families: ProductFamily[];
  products: Product[];
  spellings: { products: [string, string[]][]; notProducts: [string, string][] };
}

/** The data as the content layer stores it. */
export function toCorpusProductEntry({ families, products, spellings }: CorpusProductData): CorpusProductEntry {
  return {
    families,
    products,
    spellings: { products: [...spellings.products].map(([key, ids]) => [key, [...ids]]), notProducts: [...spellings.notProducts] },
  };
}

/** The data back from the content layer's store. */
export function fromCorpusProductEntry({ families, products, spellings }: CorpusProductEntry): CorpusProductData {
  return { families, products, spellings: { products: new Map(spellings.products), notProducts: new Map(spellings.notProducts) } };
}
