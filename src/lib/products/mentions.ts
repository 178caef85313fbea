/**
 * What each bulletin says about each product, from the corpus's software rows: affected or not, the
 * update's KB numbers and downloads its rows give, and the products it names beside it (the Windows a
 * component runs on, or the components of a Windows row). Pure: the pages and the check read it.
 */
import type { CorpusFacts } from '../corpus/types.ts';
import { mapName, mapSourceRow, type SpellingTable } from './source-names.ts';

/** One bulletin's word on one product. */
export interface ProductMention {
  /** The bulletin, upper case: MS08-067. */
  bulletin: string;
  /**
   * Affected when a row naming the product is in the affected list; fixed when the bulletin says a
   * service pack of it includes the fix (and no row names it affected but as its release); else not affected.
   */
  status: 'affected' | 'not-affected' | 'fixed';
  /** The KB numbers of the updates its rows for the product give (digits), in the source's order. */
  kbs: string[];
  /** The download links of those rows, in order. */
  downloads: string[];
  /** The other products those rows name with it: a component's platforms, a platform's components. */
  with: string[];
  /** The bulletin names the product only as its release, without a service pack: the row's name, as the source gives it. */
  release?: string;
}

/** One software row of one bulletin, as it names one product: what the check page weighs. */
export interface ProductRow {
  bulletin: string;
  /** The row is in the affected list (else in the not-affected list, or it is a service pack's fix). */
  affected: boolean;
  /** The KB number the row gives, where it gives one. */
  kb?: string;
  /** The row's download links. */
  downloads: string[];
  /** The other products the row names: a component's platforms, a platform's components. */
  with: string[];
  /**
   * The row names the release ("Microsoft Windows XP") and no row of the bulletin names one of its
   * service packs: it stands for the release and each of its service packs (those the bulletin says
   * include the fix are fixed instead). This is the row's name (or component), as the source gives it.
   */
  release?: string;
  /** Not a software row: the bulletin says this service pack (or an earlier one, "以降") includes the fix. */
  fixed?: true;
}

type RowFacts = Pick<CorpusFacts, 'id' | 'affected' | 'notAffected' | 'fixedIn'>;

// A row that says it means the release without any service pack ("Windows XP 初期出荷版") is not read as the whole release.
const WITHOUT_SERVICE_PACK = /初期出荷|未適用|\bgold\b|\brtm\b|(?:service pack|sp)\s*(?:なし|0\b)/i;

/**
 * The service packs of each release in the catalog, in order: `windows-xp` → `windows-xp-sp1`,
 * `windows-xp-sp2`, … (ids are the release's, then `-spN`; the release itself must be a product).
 */
export function servicePackLines(productIds: readonly string[]): Map<string, string[]> {
  const ids = new Set(productIds);
  const lines = new Map<string, { id: string; n: number; letter: string }[]>();
  for (const id of productIds) {
    const match = /^(.+)-sp(\d+)([a-z]?)$/.exec(id);
    if (!match || !ids.has(match[1]!)) continue;
    const line = lines.get(match[1]!) ?? [];
    line.push({ id, n: Number(match[2]), letter: match[3]! });
    lines.set(match[1]!, line);
  }
  return new Map([...lines].map(([release, sps]) => [release, sps.sort((a, b) => a.n - b.n || a.letter.localeCompare(b.letter)).map((sp) => sp.id)]));
}

/**
 * Every product's rows, newest bulletin first (the order of `facts`), each row in the source's order,
 * then the service packs the bulletin says include the fix. `productIds` is the catalog, for the
 * service packs of each release.
 */
export function productRows(facts: readonly RowFacts[], table: SpellingTable, productIds: readonly string[]): Map<string, ProductRow[]> {
  const lines = servicePackLines(productIds);
  const releaseOf = new Map([...lines].flatMap(([release, sps]) => sps.map((sp) => [sp, release] as const)));
  const mapped = facts.map((bulletin) => ({
    bulletin,
    rows: (['affected', 'notAffected'] as const).flatMap((kind) => bulletin[kind].map((source) => ({ kind, source, mapped: mapSourceRow(source, table) }))),
  }));
  const byProduct = new Map<string, ProductRow[]>();
  const add = (product: string, row: ProductRow) => {
    const rows = byProduct.get(product);
    if (rows) rows.push(row);
    else byProduct.set(product, [row]);
  };
  for (const { bulletin, rows } of mapped) {
    const named = new Set(rows.flatMap(({ mapped: m }) => [...m.products, ...m.components]));
    // The releases this bulletin names alone: none of their service packs is named in its rows.
    const asRelease = (id: string, name: string) =>
      lines.has(id) && !WITHOUT_SERVICE_PACK.test(name) && !lines.get(id)!.some((sp) => named.has(sp));
    for (const { kind, source, mapped: m } of rows) {
      const base = { bulletin: bulletin.id, affected: kind === 'affected', ...(m.kb ? { kb: m.kb } : {}), downloads: source.downloads };
      const text = `${source.name} ${source.component ?? ''}`;
      const emit = (id: string, others: string[], named: string) => {
        const row = { ...base, with: others.filter((o) => o !== id) };
        if (!asRelease(id, text)) return add(id, row);
        for (const product of [id, ...lines.get(id)!]) add(product, { ...row, release: named });
      };
      for (const id of m.products) emit(id, m.components, source.name);
      for (const id of m.components) emit(id, m.products, source.component ?? source.name);
    }
    for (const id of servicePacksWithFix(bulletin.fixedIn, table, lines, releaseOf)) add(id, { bulletin: bulletin.id, affected: false, downloads: [], with: [], fixed: true });
  }
  return byProduct;
}

/**
 * The products the source says include the fix: each service pack it names ("Windows 2000 Service Pack 3")
 * and the later service packs of the same release, whether or not it says "以降", as service packs are
 * cumulative. A service pack the catalog lacks (no row names a Windows 2000 Service Pack 5) is left out.
 */
function servicePacksWithFix(fixes: CorpusFacts['fixedIn'], table: SpellingTable, lines: Map<string, string[]>, releaseOf: Map<string, string>): Set<string> {
  const fixed = new Set<string>();
  for (const fix of fixes) {
    for (const id of mapName(fix.name, table).products) {
      const line = lines.get(releaseOf.get(id) ?? '');
      for (const sp of line ? line.slice(line.indexOf(id)) : [id]) fixed.add(sp);
    }
  }
  return fixed;
}

/** Every product's mentions, newest bulletin first, each bulletin once per product, from its rows. */
export function productMentions(facts: readonly RowFacts[], table: SpellingTable, productIds: readonly string[]): Map<string, ProductMention[]> {
  return new Map([...productRows(facts, table, productIds)].map(([product, rows]) => [product, mentionsOf(rows)]));
}

/**
 * A product's rows as one mention per bulletin. A row naming the product itself decides: affected
 * when any is. Else the bulletin's word that a service pack includes the fix (fixed), else a row naming
 * its release (affected or not, and which release). KB numbers, downloads and companions are joined.
 */
export function mentionsOf(rows: readonly ProductRow[]): ProductMention[] {
  const byBulletin = new Map<string, ProductRow[]>();
  for (const row of rows) byBulletin.set(row.bulletin, [...(byBulletin.get(row.bulletin) ?? []), row]);
  return [...byBulletin].map(([bulletin, own]) => {
    const direct = own.filter((r) => !r.fixed && r.release === undefined);
    const decisive = direct.length > 0 ? direct : own.some((r) => r.fixed) ? [] : own.filter((r) => r.release !== undefined);
    const status: ProductMention['status'] = decisive.length === 0 ? 'fixed' : decisive.some((r) => r.affected) ? 'affected' : 'not-affected';
    const mention: ProductMention = { bulletin, status, kbs: [], downloads: [], with: [] };
    for (const row of decisive) {
      if (row.kb && !mention.kbs.includes(row.kb)) mention.kbs.push(row.kb);
      for (const url of row.downloads) if (!mention.downloads.includes(url)) mention.downloads.push(url);
      for (const other of row.with) if (!mention.with.includes(other)) mention.with.push(other);
    }
    const release = decisive.find((r) => r.release !== undefined)?.release;
    if (release !== undefined && direct.length === 0) mention.release = release;
    return mention;
  });
}

/** The lines of a "copy for the ticket" block: each bulletin with its KB numbers (or the bulletin's own), one per line. */
export function ticketLines(mentions: readonly Pick<ProductMention, 'bulletin' | 'kbs'>[], bulletinKb: (id: string) => string | undefined): string[] {
  return mentions.map(({ bulletin, kbs }) => {
    const numbers = kbs.length > 0 ? kbs : [bulletinKb(bulletin)].filter((kb) => kb !== undefined);
    return [bulletin, ...numbers.map((kb) => `KB${kb}`)].join(' ');
  });
}
