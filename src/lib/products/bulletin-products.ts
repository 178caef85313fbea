/**
 * What each bulletin says about each catalog product, from its software rows: affected or not, or fixed
 * by a service pack, why, the update's KB numbers and downloads its rows give, and the products it names
 * beside it (the Windows a component runs on, or the components of a Windows row). Pure: the data layer
 * (src/data/bulletin-products.ts) runs it once per bulletin and every surface reads the result.
 */
import type { BulletinProduct, ProductRow, ProductStatus } from '../../schemas/bulletin-product.ts';
import type { CorpusFacts, CorpusSoftware } from '../../schemas/corpus.ts';
import { mapName, mapSourceRow, servicePackName, type SpellingTable } from './source-names.ts';

/** A bulletin's facts as far as its products need them. */
export type RowFacts = Pick<CorpusFacts, 'id' | 'published' | 'affected' | 'notAffected' | 'fixedIn'>;

/** One source row in catalog terms. */
export interface MappedSoftwareRow {
  /** The row as the source gives it. */
  source: CorpusSoftware;
  /** The catalog products it names, its component column's included, each once. */
  products: string[];
  /** The KB number the row gives, digits only. */
  kb?: string;
  /** The row names no catalog product and has a part no spelling knows (not one the spellings say names no product). */
  unknown: boolean;
}

/** Everything one bulletin says of the catalog. */
export interface BulletinProducts {
  /** Its word on each product its rows (or its service-pack fixes) name, in the source's order. */
  products: BulletinProduct[];
  /** Its software rows in catalog terms, in the order of `affected` and `notAffected`. */
  rows: { affected: MappedSoftwareRow[]; notAffected: MappedSoftwareRow[] };
}

/** A row as it names one product, before the bulletin's word on the product is decided. */
interface NamingRow extends ProductRow {
  /** Not a software row: the bulletin says this service pack (or an earlier one, "以降") includes the fix. */
  fixed?: true;
}

// A row that says it means the release without any service pack ("Windows XP 初期出荷版") is not read as the whole release.
const WITHOUT_SERVICE_PACK = /初期出荷|未適用|\bgold\b|\brtm\b|(?:service pack|sp)\s*(?:なし|0\b)/i;

/** A catalog product as far as the reader needs it: its id, its general availability and, for a release, its service packs, oldest first. */
export type CatalogRelease = { id: string; released?: string; servicePacks?: readonly string[] };

/** Each release's service packs, oldest first, as the catalog lists them (`servicePacks`). */
export function servicePackLines(catalog: readonly CatalogRelease[]): Map<string, string[]> {
  return new Map(catalog.flatMap((p) => (p.servicePacks ? [[p.id, [...p.servicePacks]] as const] : [])));
}

/**
 * A reader of bulletins' products for one catalog (for the service packs of each release and their dates)
 * and one spelling table. Each product's rows are read in the source's order, then the service packs the
 * bulletin says include the fix; `decide` gives the bulletin's word on the product. Last come the service
 * packs out after the bulletin, of a release it names as at fault, that nothing in it names: `included`.
 */
export function bulletinProductReader(table: SpellingTable, catalog: readonly CatalogRelease[]): (facts: RowFacts) => BulletinProducts {
  const lines = servicePackLines(catalog);
  const releaseOf = new Map([...lines].flatMap(([release, sps]) => sps.map((sp) => [sp, release] as const)));
  const releasedOn = new Map(catalog.flatMap((p) => (p.released ? [[p.id, p.released] as const] : [])));
  return (bulletin) => {
    // A service pack out after the bulletin's publication: a row naming its release does not speak of it.
    // One without a date, or out in the bulletin's month where only the month is known, counts as out.
    const later = (sp: string) => {
      const released = releasedOn.get(sp);
      return released !== undefined && bulletin.published !== undefined && released > bulletin.published.slice(0, released.length);
    };
    // A service pack is frozen weeks before it ships: one out within INCLUDED_AFTER_DAYS of the bulletin may
    // lack its fix (MS00-052, 2000-08-09: Windows 2000 SP1, out on 2000-08-15, does; Microsoft said Vista SP1
    // held the updates of all but its last two months), so it gets nothing.
    // A month-only date counts from the month's first day, the earliest it can be.
    const includes = (sp: string) => {
      const released = releasedOn.get(sp);
      if (released === undefined || bulletin.published === undefined) return false;
      return daysBetween(bulletin.published, released.length === 7 ? `${released}-01` : released) >= INCLUDED_AFTER_DAYS;
    };
    const mapped = (['affected', 'notAffected'] as const).map((kind) => bulletin[kind].map((source) => ({ kind, source, mapped: mapSourceRow(source, table) })));
    const all = mapped.flat();
    const byProduct = new Map<string, NamingRow[]>();
    const add = (product: string, row: NamingRow) => {
      const rows = byProduct.get(product);
      if (rows) rows.push(row);
      else byProduct.set(product, [row]);
    };
    const named = new Set(all.flatMap(({ mapped: m }) => [...m.products, ...m.components]));
    // The products an affected row names as the software at fault: not a Windows named only as the platform of
    // a component (".NET Framework 1.1" on "Windows XP"), whose later service packs need not carry the component's fix.
    const atFault = new Set<string>();
    // The releases this bulletin names alone: none of their service packs is named in its rows.
    const asRelease = (id: string, name: string) => lines.has(id) && !WITHOUT_SERVICE_PACK.test(name) && !lines.get(id)!.some((sp) => named.has(sp));
    for (const { kind, source, mapped: m } of all) {
      const base = { affected: kind === 'affected', ...(m.kb ? { kb: m.kb } : {}), downloads: source.downloads };
      const text = `${source.name} ${source.component ?? ''}`;
      const emit = (id: string, others: string[], name: string, platform: boolean) => {
        const row = { ...base, with: others.filter((o) => o !== id) };
        const alone = asRelease(id, text);
        const products = alone ? [id, ...lines.get(id)!.filter((sp) => !later(sp))] : [id];
        for (const product of products) add(product, alone ? { ...row, release: name } : row);
        if (base.affected && !platform) for (const product of products) atFault.add(product);
      };
      for (const id of m.products) emit(id, m.components, source.name, m.components.length > 0);
      for (const id of m.components) emit(id, m.products, source.component ?? source.name, false);
    }
    for (const id of servicePacksWithFix(bulletin.fixedIn, table, lines, releaseOf)) add(id, { affected: false, downloads: [], with: [], fixed: true });
    const catalogRow = ({ source, mapped: m }: (typeof all)[number]): MappedSoftwareRow => {
      const products = [...new Set([...m.products, ...m.components])];
      return { source, products, ...(m.kb ? { kb: m.kb } : {}), unknown: products.length === 0 && m.unmapped.some((u) => u.kind === 'unknown') };
    };
    const products = [...byProduct].map(([product, rows]) => decide(bulletin.id, product, rows));
    const affected = new Set(products.filter((p) => p.status === 'affected' && atFault.has(p.product)).map((p) => p.product));
    for (const [release, sps] of lines) {
      // Where the bulletin names the service pack with the fix (it and the later ones are `fixed`), the ones
      // before it lack it ("修正は Windows 2000 サービスパック 2 に含まれております": not SP1, out a week after it).
      if (![release, ...sps].some((id) => affected.has(id)) || sps.some((sp) => byProduct.get(sp)?.some((row) => row.fixed))) continue;
      for (const sp of sps) if (includes(sp) && !byProduct.has(sp)) products.push(includedIn(bulletin.id, sp));
    }
    return {
      products,
      rows: { affected: mapped[0]!.map(catalogRow), notAffected: mapped[1]!.map(catalogRow) },
    };
  };
}

/**
 * The products the source says include the fix: each service pack it names ("Windows 2000 Service Pack 3")
 * and the later service packs of the same release, whether or not it says "以降", as service packs are
 * cumulative. A service pack the catalog lacks (no row names a Windows 2000 Service Pack 5) is left out.
 */
function servicePacksWithFix(fixes: CorpusFacts['fixedIn'], table: SpellingTable, lines: Map<string, string[]>, releaseOf: Map<string, string>): Set<string> {
  const fixed = new Set<string>();
  for (const fix of fixes) {
    for (const id of mapName(servicePackName(fix.name), table).products) {
      const line = lines.get(releaseOf.get(id) ?? '');
      for (const sp of line ? line.slice(line.indexOf(id)) : [id]) fixed.add(sp);
    }
  }
  return fixed;
}

/**
 * A bulletin's word on one product, from the rows that name it. A row naming the product itself decides:
 * affected when any is. Else the bulletin's word that a service pack includes the fix (fixed), else a row
 * naming its release (affected or not, and which release). KB numbers, downloads and companions are joined.
 */
function decide(bulletin: string, product: string, own: readonly NamingRow[]): BulletinProduct {
  const direct = own.filter((r) => !r.fixed && r.release === undefined);
  const byServicePack = direct.length === 0 && own.some((r) => r.fixed);
  const decisive = direct.length > 0 ? direct : byServicePack ? [] : own.filter((r) => r.release !== undefined);
  const status: ProductStatus = decisive.length === 0 ? 'fixed' : decisive.some((r) => r.affected) ? 'affected' : 'not-affected';
  const entry: BulletinProduct = {
    bulletin,
    product,
    status,
    reason: direct.length > 0 ? 'row' : byServicePack ? 'service-pack' : 'release',
    kbs: [],
    downloads: [],
    with: [],
    rows: decisive.map(({ fixed: _, ...row }) => row),
  };
  for (const row of decisive) {
    if (row.kb && !entry.kbs.includes(row.kb)) entry.kbs.push(row.kb);
    for (const url of row.downloads) if (!entry.downloads.includes(url)) entry.downloads.push(url);
    for (const other of row.with) if (!entry.with.includes(other)) entry.with.push(other);
  }
  const release = decisive.find((r) => r.release !== undefined)?.release;
  if (release !== undefined && direct.length === 0) entry.release = release;
  return entry;
}

/** How long after a bulletin a service pack must come out to be taken as including its fix. */
export const INCLUDED_AFTER_DAYS = 90;

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * A service pack out after the bulletin that none of its rows or fix statements names, of a release the
 * bulletin affects: service packs roll up the security updates released before them, so it includes the fix.
 */
function includedIn(bulletin: string, product: string): BulletinProduct {
  return { bulletin, product, status: 'included', reason: 'later-service-pack', kbs: [], downloads: [], with: [], rows: [] };
}

/** The lines of a "copy for the ticket" block: each bulletin with its KB numbers (or the bulletin's own), one per line. */
export function ticketLines(entries: readonly Pick<BulletinProduct, 'bulletin' | 'kbs'>[], bulletinKb: (id: string) => string | undefined): string[] {
  return entries.map(({ bulletin, kbs }) => {
    const numbers = kbs.length > 0 ? kbs : [bulletinKb(bulletin)].filter((kb) => kb !== undefined);
    return [bulletin, ...numbers.map((kb) => `KB${kb}`)].join(' ');
  });
}
