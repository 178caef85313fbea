/**
 * Every product the knowledge base knows, curated and from the corpus, and what each bulletin says about
 * it. The curated catalog (content/products.yaml, with the test fixtures' when they are built) is joined
 * with the corpus's products (content/corpus/products.yaml); the imported bulletins' software rows are
 * mapped to them through the spellings (content/corpus/product-names.yaml). A problem in those files
 * fails the build, naming the file, the field and the fix.
 */
import type { Product, ProductFamily } from '../schemas/product.ts';
import { throwIfProblems } from '../lib/content/errors.ts';
import { readCorpusProducts } from '../lib/products/corpus-products.ts';
import { mentionsOf, productRows, type ProductMention, type ProductRow } from '../lib/products/mentions.ts';
import { checkProductData } from '../lib/check/check-data.ts';
import type { CheckProductData } from '../lib/check/needs.ts';
import type { BulletinCheckData, BulletinCheckProduct } from '../lib/check/bulletin-verdict.ts';
import { getAllCorpusFacts, getListing, getRelations, type BulletinListing } from './corpus.ts';
import { getSite } from './content.ts';

const corpusProducts = readCorpusProducts(process.cwd());
throwIfProblems(corpusProducts.problems);
const { data } = corpusProducts as { data: NonNullable<typeof corpusProducts.data> };

// The site's catalog (getSite) is content/products.yaml, joined with the test fixtures' catalog in a
// fixture build; those extra families and products come last, after the real ones.
const site = getSite();
const knownProducts = new Set(data.products.map((p) => p.id));
const knownFamilies = new Set(data.families.map((f) => f.id));
const products: Product[] = [...data.products.map((p) => site.productsById.get(p.id) ?? p), ...site.products.filter((p) => !knownProducts.has(p.id))];
const families: ProductFamily[] = [...data.families.map((f) => site.familiesById.get(f.id) ?? f), ...site.families.filter((f) => !knownFamilies.has(f.id))];
const productsById = new Map(products.map((p) => [p.id, p]));
// Every corpus bulletin's rows, the curated bulletins' included (their sources are in the corpus too):
// the check weighs them all; the product pages list the imported ones and give the curated verdicts.
const rows = productRows(getAllCorpusFacts(), data.spellings, products.map((p) => p.id));
const curatedBulletins = new Set(site.bulletins.map((b) => b.id));
const mentions = new Map([...rows].map(([product, own]) => [product, mentionsOf(own.filter((r) => !curatedBulletins.has(r.bulletin)))]));
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

/** One imported bulletin's word on a product, with the bulletin's listing and the bulletins that replace it. */
export interface ProductBulletin {
  listing: BulletinListing;
  mention: ProductMention;
  /** Later bulletins whose update replaces this one's, oldest first (the direct replacement first). */
  replacedBy: BulletinListing[];
}

/** What the imported bulletins say about a product, newest first (curated bulletins give their verdicts instead). */
export function getProductBulletins(id: string): ProductBulletin[] {
  return (mentions.get(id) ?? []).map((mention) => ({
    listing: getListing(mention.bulletin)!,
    mention,
    replacedBy: getRelations(mention.bulletin).replacedBy.map((other) => getListing(other.id)).filter((l) => l !== undefined),
  }));
}

/** How many bulletins name a product: the imported ones that list it, and the curated ones that do. */
export function countBulletinsNaming(id: string, curatedNaming: number): number {
  return (mentions.get(id)?.length ?? 0) + curatedNaming;
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

/** One product's data for the check page. */
export function getCheckData(id: string): CheckProductData {
  return checkProductData(
    id,
    rows.get(id) ?? [],
    (bulletin) => {
      const listing = getListing(bulletin);
      if (!listing) return undefined;
      return {
        title: listing.title,
        ...(listing.severity ? { severity: listing.severity } : {}),
        ...(listing.published ? { published: listing.published } : {}),
        ...(listing.kb ? { kb: listing.kb } : {}),
        replacedBy: getRelations(bulletin).replacedBy.map((r) => r.id),
      };
    },
    (other) => productsById.get(other)?.name,
  );
}

const productOrder = new Map(products.map((p, index) => [p.id, index]));

// Each bulletin's rows, by product, for its wizard.
const rowsByBulletin = new Map<string, { product: string; row: ProductRow }[]>();
for (const [product, own] of rows) for (const row of own) rowsByBulletin.set(row.bulletin, [...(rowsByBulletin.get(row.bulletin) ?? []), { product, row }]);

/** The KB numbers of a bulletin's update: its main one and every one its rows give. */
function updateKbs(bulletin: string): string[] {
  const kbs = (rowsByBulletin.get(bulletin) ?? []).map(({ row }) => row.kb).filter((kb) => kb !== undefined);
  const main = getListing(bulletin)?.kb;
  return [...new Set([...(main ? [main] : []), ...kbs])];
}

/** What one bulletin says of each catalog product its rows (or its service-pack fixes) name, in catalog order. */
export function getBulletinMentions(bulletin: string): { product: Product; mention: ProductMention }[] {
  const rowsOf = new Map<string, ProductRow[]>();
  for (const { product, row } of rowsByBulletin.get(bulletin) ?? []) rowsOf.set(product, [...(rowsOf.get(product) ?? []), row]);
  return [...rowsOf]
    .filter(([product]) => productsById.has(product))
    .sort(([a], [b]) => productOrder.get(a)! - productOrder.get(b)!)
    .map(([product, own]) => ({ product: productsById.get(product)!, mention: mentionsOf(own)[0]! }));
}

/**
 * What an imported bulletin's wizard needs, or undefined when the bulletin lacks the data: no affected
 * row mapped to a product, or no KB number for the update (then its page shows no wizard link).
 */
export function getBulletinCheckData(id: string): BulletinCheckData | undefined {
  if (!checkData.has(id)) checkData.set(id, bulletinCheckData(id));
  return checkData.get(id);
}
const checkData = new Map<string, BulletinCheckData | undefined>();

function bulletinCheckData(id: string): BulletinCheckData | undefined {
  if (curatedBulletins.has(id)) return undefined;
  const listing = getListing(id);
  const rowsOf = new Map<string, ProductRow[]>();
  for (const { product, row } of rowsByBulletin.get(id) ?? []) rowsOf.set(product, [...(rowsOf.get(product) ?? []), row]);
  const products: BulletinCheckProduct[] = [];
  for (const [product, own] of rowsOf) {
    const known = productsById.get(product);
    if (!known) continue;
    // The same reading as the product pages: a row naming the product decides, then a service pack's fix, then its release.
    const mention = mentionsOf(own)[0]!;
    const names = mention.with.map((other) => productsById.get(other)?.name).filter((name) => name !== undefined);
    products.push({
      id: product,
      name: known.name,
      status: mention.status,
      kbs: mention.kbs.length === 0 && mention.status === 'affected' && listing?.kb ? [listing.kb] : mention.kbs,
      ...(mention.downloads[0] ? { download: mention.downloads[0] } : {}),
      with: names.filter((name, i) => names.findIndex((n) => n.ja === name.ja) === i),
      ...(mention.release !== undefined ? { release: mention.release } : {}),
    });
  }
  if (!products.some((p) => p.status === 'affected' && p.kbs.length > 0)) return undefined;
  // The catalog's order, so the wizard lists products as the products pages do.
  products.sort((a, b) => productOrder.get(a.id)! - productOrder.get(b.id)!);
  const replacedBy: BulletinCheckData['replacedBy'] = [];
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const next = frontier.flatMap((current) => getRelations(current).replacedBy.map((r) => r.id)).filter((later) => !seen.has(later));
    for (const later of next) {
      seen.add(later);
      replacedBy.push({ bulletin: later, kbs: updateKbs(later) });
    }
    frontier = next;
  }
  return { bulletin: id, products, replacedBy };
}
