/**
 * Ways in by identifier. Tickets name things by KB number, bulletin id, CVE (or its old CAN id) or
 * product; this module builds the KB, CVE and product indexes from the bulletins, and routes free text
 * to the page it names, or to search. Pure: the pages and the home page's box share it.
 */
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Product, ProductFamily } from '../../schemas/product.ts';
import type { ProductFacts } from '../content/bulletin-facts.ts';
import { bulletinPath, cvePath, kbPath, productPath, searchUrl } from '../urls.ts';
import { bulletinOrder, normalizeBulletinId } from './bulletin-id.ts';

// Built in urls.ts; re-exported because pages and scripts have imported them from here.
export { cveIndexPath, isSitePath, kbIndexPath, productIndexPath, searchUrl } from '../urls.ts';

export type Vulnerability = Bulletin['vulnerabilities'][number];

// ---------------------------------------------------------------------------------------------
// Reading identifiers as people type them

/** NFKC turns full-width input (ＫＢ８４０３７４, common with Japanese keyboards) into ASCII. */
function fold(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** `KB840374`, `kb 840374`, `840374` → `840374`. */
export function parseKb(text: string): string | undefined {
  return /^(?:kb ?)?(\d{5,7})$/i.exec(fold(text))?.[1];
}

/** `MS04-015`, `ms04-015`, `MS04 015` → `MS04-015`. */
export function parseBulletinId(text: string): string | undefined {
  return normalizeBulletinId(fold(text));
}

/**
 * `CVE-2004-0199`, `cve-2004-0199` and the old candidate id `CAN-2004-0199` → `CVE-2004-0199`.
 * A candidate kept its number when it became a CVE entry, so only the prefix changes.
 */
export function parseCve(text: string): string | undefined {
  const match = /^(?:cve|can) ?[-‐–]? ?(\d{4}) ?[-‐–] ?(\d{4,})$/i.exec(fold(text));
  return match ? `CVE-${match[1]}-${match[2]}` : undefined;
}

/**
 * A product name reduced to what a person means by it: case, punctuation and "Microsoft" do not
 * matter, and "Service Pack 1" is "SP1", so "Windows XP SP1" finds "Windows XP Service Pack 1".
 */
export function productNameKey(name: string): string {
  return fold(name)
    .toLowerCase()
    .replace(/service ?pack ?(\d+[a-z]?)\b/g, 'sp$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^microsoft /, '');
}

// ---------------------------------------------------------------------------------------------
// The indexes behind /{lang}/kb/, /{lang}/cve/ and /{lang}/products/

/** One KB number and the bulletins that ship it (newest first, as given). */
export interface KbEntry {
  kb: string;
  bulletins: Bulletin[];
}

/** Every KB number a bulletin ships, in ascending order. */
export function kbIndex(bulletins: readonly Bulletin[]): KbEntry[] {
  const byKb = new Map<string, Bulletin[]>();
  for (const bulletin of bulletins) byKb.set(bulletin.kb, [...(byKb.get(bulletin.kb) ?? []), bulletin]);
  return [...byKb]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([kb, claimed]) => ({ kb, bulletins: claimed }));
}

/** One bulletin's account of a vulnerability. */
export interface CveClaim {
  bulletin: Bulletin;
  vulnerability: Vulnerability;
}

/** One CVE id, the other ids the bulletins give it (CAN-…), and every bulletin that fixes it. */
export interface CveEntry {
  cve: string;
  aliases: string[];
  claims: CveClaim[];
}

/** Every CVE the bulletins fix, oldest first (by year, then number). */
export function cveIndex(bulletins: readonly Bulletin[]): CveEntry[] {
  const byCve = new Map<string, CveEntry>();
  for (const bulletin of bulletins) {
    for (const vulnerability of bulletin.vulnerabilities) {
      const entry = byCve.get(vulnerability.cve) ?? { cve: vulnerability.cve, aliases: [], claims: [] };
      if (vulnerability.id !== vulnerability.cve && !entry.aliases.includes(vulnerability.id)) entry.aliases.push(vulnerability.id);
      entry.claims.push({ bulletin, vulnerability });
      byCve.set(vulnerability.cve, entry);
    }
  }
  const order = (cve: string) => cve.split('-').slice(1).map(Number) as [number, number];
  return [...byCve.values()].sort((a, b) => {
    const [yearA, numberA] = order(a.cve);
    const [yearB, numberB] = order(b.cve);
    return yearA - yearB || numberA - numberB;
  });
}

/** What one bulletin says about a product; `facts` is absent when the bulletin does not name it. */
export interface ProductVerdict {
  bulletin: Bulletin;
  facts?: ProductFacts;
}

/** One catalog product and every bulletin's verdict for it. */
export interface ProductEntry {
  product: Product;
  verdicts: ProductVerdict[];
}

/** Every catalog product (catalog order), each with every bulletin (newest first, as given). */
export function productIndex(
  products: readonly Product[],
  bulletins: readonly Bulletin[],
  factsOf: (bulletin: Bulletin) => ReadonlyMap<string, ProductFacts>,
): ProductEntry[] {
  const factsByBulletin = bulletins.map((bulletin) => ({ bulletin, facts: factsOf(bulletin) }));
  return products.map((product) => ({
    product,
    verdicts: factsByBulletin.map(({ bulletin, facts }) => {
      const mine = facts.get(product.id);
      return mine ? { bulletin, facts: mine } : { bulletin };
    }),
  }));
}

/** Products grouped by family: families in the order the catalog declares them, empty ones left out. */
export function productsByFamily<P extends Pick<Product, 'family'>>(catalog: {
  families: readonly ProductFamily[];
  products: readonly P[];
}): { family: ProductFamily; products: P[] }[] {
  return catalog.families
    .map((family) => ({ family, products: catalog.products.filter((p) => p.family === family.id) }))
    .filter((group) => group.products.length > 0);
}

/**
 * Where a KB page sends the reader at once: the bulletin, when exactly one ships the KB. When several
 * do, the page lists them and sends nobody anywhere.
 */
export function kbRedirect(lang: Lang, entry: { bulletins: readonly { id: string }[] }): string | undefined {
  const [only, ...others] = entry.bulletins;
  return only && others.length === 0 ? bulletinPath(lang, only.id) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The identifier box: free text → the page it names, else search

/**
 * What the box and search know, small and serialisable: served as /identifiers.json, fetched on first
 * use. The CVE ids are listed per bulletin, beside `bulletins`, so each is written once per bulletin
 * that fixes it: a map from CVE id to bulletin ids would write a bulletin id again for every CVE.
 */
export interface IdentifierTable {
  /** Bulletin ids, e.g. `MS04-015`. */
  bulletins: string[];
  /** KB number → the ids of the bulletins that ship it. */
  kbs: Record<string, string[]>;
  /** The CVE ids (CVE form) each bulletin fixes: `cves[i]` are those of `bulletins[i]`. */
  cves: string[][];
  /** Product id → its names, in both languages. */
  products: Record<string, string[]>;
}

/** The table's CVE lists: each bulletin's CVE ids, once each, in the bulletin's order. */
export function cveLists(bulletins: readonly { vulnerabilities: readonly { cve: string }[] }[]): string[][] {
  return bulletins.map((b) => [...new Set(b.vulnerabilities.map((v) => v.cve))]);
}

export function identifierTable(products: readonly Product[], bulletins: readonly Bulletin[]): IdentifierTable {
  return {
    bulletins: bulletins.map((b) => b.id),
    kbs: Object.fromEntries(kbIndex(bulletins).map(({ kb, bulletins: claimed }) => [kb, claimed.map((b) => b.id)])),
    cves: cveLists(bulletins),
    products: Object.fromEntries(products.map((p) => [p.id, [...new Set([p.name.ja, p.name.en])]])),
  };
}

// A table is read many times (each keystroke in search), its CVE lists turned around once.
const fixersByTable = new WeakMap<object, Map<string, string[]>>();

/**
 * The ids of the bulletins that fix `cve` (CVE form, as parseCve gives it), oldest first as the CVE
 * page lists them: the bulletin that first fixed it, then those that fixed it again (in other
 * products, or re-released). None when no bulletin does.
 */
export function bulletinsFixing(table: Pick<IdentifierTable, 'bulletins' | 'cves'>, cve: string): string[] {
  let fixers = fixersByTable.get(table);
  if (!fixers) {
    fixers = new Map();
    table.bulletins.forEach((id, i) => {
      for (const fixed of table.cves[i] ?? []) fixers!.set(fixed, [...(fixers!.get(fixed) ?? []), id]);
    });
    for (const ids of fixers.values()) ids.sort((a, b) => bulletinOrder(a) - bulletinOrder(b));
    fixersByTable.set(table, fixers);
  }
  return fixers.get(cve) ?? [];
}

/** Examples for the box's hint, taken from the newest bulletin so they always lead somewhere. */
export function identifierExamples(
  lang: Lang,
  productOf: (id: string) => Product | undefined,
  bulletins: readonly Bulletin[],
): { kb: string; bulletin: string; cve: string; product: string } | undefined {
  const newest = bulletins[0];
  const cve = newest?.vulnerabilities[0]?.cve;
  // The shortest affected product name reads best in a one-line hint.
  const product = newest?.affectedSoftware.rows
    .flatMap((row) => row.products)
    .map((id) => productOf(id)?.name[lang])
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => a.length - b.length)[0];
  return newest && cve && product ? { kb: `KB${newest.kb}`, bulletin: newest.id, cve, product } : undefined;
}

/** Name key → product id; a key two products share names neither, so it is left out. */
function productNames(table: IdentifierTable): Map<string, string> {
  const byKey = new Map<string, string | null>();
  for (const [id, names] of Object.entries(table.products)) {
    for (const key of new Set(names.map(productNameKey))) {
      byKey.set(key, byKey.has(key) && byKey.get(key) !== id ? null : id);
    }
  }
  return new Map([...byKey].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** The product a text names: its exact id, or one of its names (people drop "Windows" too: "XP SP1"). */
function findProduct(table: IdentifierTable, text: string): string | undefined {
  const id = fold(text).toLowerCase();
  if (Object.hasOwn(table.products, id)) return id;
  const names = productNames(table);
  const key = productNameKey(text);
  return names.get(key) ?? (key.startsWith('windows ') ? undefined : names.get(`windows ${key}`));
}

/**
 * The page a text names: a bulletin, a KB (straight to its bulletin when only one ships it), a CVE
 * or CAN id, or a product. Anything else, including an identifier no bulletin has, goes to search.
 */
export function routeIdentifier(table: IdentifierTable, lang: Lang, text: string): string {
  const bulletin = parseBulletinId(text);
  if (bulletin && table.bulletins.includes(bulletin)) return bulletinPath(lang, bulletin);

  const kb = parseKb(text);
  const shippedBy = kb === undefined ? undefined : table.kbs[kb];
  if (kb && shippedBy?.length) return shippedBy.length === 1 ? bulletinPath(lang, shippedBy[0]!) : kbPath(lang, kb);

  const cve = parseCve(text);
  if (cve && bulletinsFixing(table, cve).length > 0) return cvePath(lang, cve);

  const product = findProduct(table, text);
  if (product) return productPath(lang, product);

  return searchUrl(lang, text);
}
