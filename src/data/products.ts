/**
 * Every product the knowledge base knows, curated and from the corpus: the curated catalog
 * (content/products.yaml, with the test fixtures' when they are built) joined with the corpus's products
 * (content/corpus/products.yaml), and the spellings (content/corpus/product-names.yaml) that map the
 * imported bulletins' software rows to them. A problem in those files fails the build, naming the file,
 * the field and the fix. What each bulletin says of each product is in ./bulletin-products.ts.
 */
import type { Product, ProductFamily } from '../schemas/product.ts';
import { fromCorpusProductEntry, type CorpusProductEntry } from '../lib/products/corpus-products.ts';
import { getSite, getTable } from './content.ts';

const data = fromCorpusProductEntry(await getTable<CorpusProductEntry>('corpusProducts'));

// The site's catalog (getSite) is content/products.yaml, joined with the test fixtures' catalog in a
// fixture build; those extra families and products come last, after the real ones.
const site = getSite();
const knownProducts = new Set(data.products.map((p) => p.id));
const knownFamilies = new Set(data.families.map((f) => f.id));
const products: Product[] = [...data.products.map((p) => site.productsById.get(p.id) ?? p), ...site.products.filter((p) => !knownProducts.has(p.id))];
const families: ProductFamily[] = [...data.families.map((f) => site.familiesById.get(f.id) ?? f), ...site.families.filter((f) => !knownFamilies.has(f.id))];
const productsById = new Map(products.map((p) => [p.id, p]));
const familiesById = new Map(families.map((f) => [f.id, f]));

/** Every product: the curated catalog's (in its order), then the corpus's, then the test fixtures' in a fixture build. */
export function getAllProducts(): readonly Product[] {
  return products;
}

/** How the bulletins spell each product (content/corpus/product-names.yaml): maps their rows to products. */
export function getSpellings(): typeof data.spellings {
  return data.spellings;
}

/** Every family, in the order the products pages list them. */
export function getAllFamilies(): readonly ProductFamily[] {
  return families;
}

/** A product by id, curated or from the corpus. */
export function getAnyProduct(id: string): Product | undefined {
  return productsById.get(id);
}

/** The question of the check page a product answers (`os`, `ie`, `office`), from its family; none for the rest. */
export function checkQuestionOf(id: string): 'os' | 'ie' | 'office' | undefined {
  const product = productsById.get(id);
  return product ? familiesById.get(product.family)?.check : undefined;
}

/** The products the check page offers, per question, in catalog order. */
export function getCheckProducts(question: 'os' | 'ie' | 'office'): Product[] {
  return products.filter((p) => checkQuestionOf(p.id) === question);
}

