/**
 * The one product view: what every bulletin says of every catalog product it names (status, why, KB
 * numbers, downloads, the rows that decided it), computed once per build. An imported bulletin's comes
 * from its software rows through the spellings (src/lib/products/bulletin-products.ts); a curated
 * bulletin's from its YAML (its verdicts, src/lib/content/bulletin-facts.ts). The product pages and
 * their feeds, the check's data, the wizards, the JSON API and CSAF read it from here and only here, so
 * they cannot disagree.
 */
import type { BulletinProduct } from '../schemas/bulletin-product.ts';
import { curatedBulletinProducts } from '../lib/content/bulletin-facts.ts';
import { bulletinProductReader, type BulletinProducts, type MappedSoftwareRow } from '../lib/products/bulletin-products.ts';
import { checkProductData } from '../lib/check/check-data.ts';
import type { CheckProductData } from '../lib/check/needs.ts';
import type { BulletinCheckData, BulletinCheckProduct } from '../lib/check/bulletin-verdict.ts';
import { getExportFacts, getListing, getRelations, type BulletinListing } from './corpus.ts';
import { getProductFacts, getSite } from './content.ts';
import { getAllProducts, getAnyProduct, getSpellings } from './products.ts';

const read = bulletinProductReader(getSpellings(), getAllProducts());
const curatedById = new Map(getSite().bulletins.map((b) => [b.id, b]));

/** Each bulletin's products and rows, by id, newest bulletin first. */
const byBulletin = new Map<string, BulletinProducts>();
for (const facts of getExportFacts()) {
  const fromRows = read(facts);
  const curated = curatedById.get(facts.id);
  // A curated bulletin's verdicts are its products, and they name every product it speaks of: its source's
  // rows stay as the source gives them, but none is left as software no product stands for.
  const known = (row: MappedSoftwareRow) => ({ ...row, unknown: false });
  byBulletin.set(
    facts.id,
    curated
      ? { products: curatedBulletinProducts(curated, getProductFacts(curated)), rows: { affected: fromRows.rows.affected.map(known), notAffected: fromRows.rows.notAffected.map(known) } }
      : fromRows,
  );
}

/** Each product's entries, newest bulletin first. */
const byProduct = new Map<string, BulletinProduct[]>();
for (const { products } of byBulletin.values()) {
  for (const entry of products) {
    const entries = byProduct.get(entry.product);
    if (entries) entries.push(entry);
    else byProduct.set(entry.product, [entry]);
  }
}

const productOrder = new Map(getAllProducts().map((p, index) => [p.id, index]));
const inCatalogOrder = (entries: readonly BulletinProduct[]) => [...entries].sort((a, b) => productOrder.get(a.product)! - productOrder.get(b.product)!);

/** What a bulletin says of each catalog product it names, in the source's order (none for an unknown id). */
export function getBulletinProducts(id: string): readonly BulletinProduct[] {
  return byBulletin.get(id)?.products ?? [];
}

/** The same, in the catalog's order: as the product lists, the wizard and the API list them. */
export function getBulletinProductsInCatalogOrder(id: string): BulletinProduct[] {
  return inCatalogOrder(getBulletinProducts(id));
}

/** A bulletin's software rows in catalog terms, as its source gives them (none for an unknown id). */
export function getBulletinRows(id: string): BulletinProducts['rows'] {
  return byBulletin.get(id)?.rows ?? { affected: [], notAffected: [] };
}

/** Every bulletin's word on a product, newest bulletin first. */
export function getProductEntries(product: string): readonly BulletinProduct[] {
  return byProduct.get(product) ?? [];
}

/** One bulletin's word on a product, with the bulletin's listing and the bulletins that replace it. */
export interface ProductBulletin {
  listing: BulletinListing;
  entry: BulletinProduct;
  /** Later bulletins whose update replaces this one's, oldest first (the direct replacement first). */
  replacedBy: BulletinListing[];
}

/** Every bulletin's word on a product, newest first, with its listing and replacements. */
export function getProductBulletins(product: string): ProductBulletin[] {
  return getProductEntries(product).map((entry) => ({
    listing: getListing(entry.bulletin)!,
    entry,
    replacedBy: getRelations(entry.bulletin).replacedBy.map((other) => getListing(other.id)).filter((l) => l !== undefined),
  }));
}

/** The bulletins that affect a product, newest first. */
export function bulletinsAffecting(product: string): BulletinListing[] {
  return getProductEntries(product)
    .filter((entry) => entry.status === 'affected')
    .map((entry) => getListing(entry.bulletin)!);
}

/** One product's data for the check page: the rows that decided each bulletin's word on it. */
export function getCheckData(product: string): CheckProductData {
  const entries = getProductEntries(product);
  const rows = entries.flatMap((entry) => entry.rows.map((row) => ({ bulletin: entry.bulletin, ...row })));
  const included = entries.filter((entry) => entry.status === 'fixed' || entry.status === 'included').map((entry) => entry.bulletin);
  return checkProductData(
    product,
    rows,
    included,
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
    (other) => getAnyProduct(other)?.name,
  );
}

/** The KB numbers of a bulletin's update: its main one and every one its products' rows give. */
function updateKbs(bulletin: string): string[] {
  const main = getListing(bulletin)?.kb;
  return [...new Set([...(main ? [main] : []), ...getBulletinProducts(bulletin).flatMap((entry) => entry.kbs)])];
}

const checkData = new Map<string, BulletinCheckData | undefined>();

/**
 * What an imported bulletin's wizard needs, or undefined when the bulletin lacks the data: no affected
 * product with a KB number for its update (then its page shows no wizard link). A curated bulletin has
 * its own wizard.
 */
export function getBulletinCheckData(id: string): BulletinCheckData | undefined {
  if (!checkData.has(id)) checkData.set(id, bulletinCheckData(id));
  return checkData.get(id);
}

function bulletinCheckData(id: string): BulletinCheckData | undefined {
  if (curatedById.has(id)) return undefined;
  const main = getListing(id)?.kb;
  const products = getBulletinProductsInCatalogOrder(id).map((entry): BulletinCheckProduct => {
    const names = entry.with.map((other) => getAnyProduct(other)?.name).filter((name) => name !== undefined);
    return {
      id: entry.product,
      name: getAnyProduct(entry.product)!.name,
      status: entry.status,
      kbs: entry.kbs.length === 0 && entry.status === 'affected' && main ? [main] : entry.kbs,
      ...(entry.downloads[0] ? { download: entry.downloads[0] } : {}),
      with: names.filter((name, i) => names.findIndex((n) => n.ja === name.ja) === i),
      ...(entry.release !== undefined ? { release: entry.release } : {}),
    };
  });
  if (!products.some((p) => p.status === 'affected' && p.kbs.length > 0)) return undefined;
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
