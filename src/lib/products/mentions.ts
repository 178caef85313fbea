/**
 * What each bulletin says about each product, from the corpus's software rows: affected or not, the
 * update's KB numbers and downloads its rows give, and the products it names beside it (the Windows a
 * component runs on, or the components of a Windows row). Pure: the pages and the check read it.
 */
import type { CorpusFacts } from '../corpus/types.ts';
import { mapSourceRow, type SpellingTable } from './source-names.ts';

/** One bulletin's word on one product. */
export interface ProductMention {
  /** The bulletin, upper case: MS08-067. */
  bulletin: string;
  /** Affected when any of its rows naming the product is in the affected list. */
  status: 'affected' | 'not-affected';
  /** The KB numbers of the updates its rows for the product give (digits), in the source's order. */
  kbs: string[];
  /** The download links of those rows, in order. */
  downloads: string[];
  /** The other products those rows name with it: a component's platforms, a platform's components. */
  with: string[];
}

/** One software row of one bulletin, as it names one product: what the check page weighs. */
export interface ProductRow {
  bulletin: string;
  /** The row is in the affected list (else in the not-affected list). */
  affected: boolean;
  /** The KB number the row gives, digits, where it gives one. */
  kb?: string;
  /** The row's download links. */
  downloads: string[];
  /** The other products the row names: a component's platforms, a platform's components. */
  with: string[];
}

/** Every product's rows, newest bulletin first (the order of `facts`), each row in the source's order. */
export function productRows(facts: readonly Pick<CorpusFacts, 'id' | 'affected' | 'notAffected'>[], table: SpellingTable): Map<string, ProductRow[]> {
  const byProduct = new Map<string, ProductRow[]>();
  const add = (product: string, row: ProductRow) => {
    const rows = byProduct.get(product);
    if (rows) rows.push(row);
    else byProduct.set(product, [row]);
  };
  for (const bulletin of facts) {
    for (const kind of ['affected', 'notAffected'] as const) {
      for (const source of bulletin[kind]) {
        const mapped = mapSourceRow(source, table);
        const base = { bulletin: bulletin.id, affected: kind === 'affected', ...(mapped.kb ? { kb: mapped.kb } : {}), downloads: source.downloads };
        for (const id of mapped.products) add(id, { ...base, with: mapped.components.filter((c) => c !== id) });
        for (const id of mapped.components) add(id, { ...base, with: mapped.products.filter((p) => p !== id) });
      }
    }
  }
  return byProduct;
}

/** Every product's mentions, newest bulletin first, each bulletin once per product, from its rows. */
export function productMentions(facts: readonly Pick<CorpusFacts, 'id' | 'affected' | 'notAffected'>[], table: SpellingTable): Map<string, ProductMention[]> {
  return new Map([...productRows(facts, table)].map(([product, rows]) => [product, mentionsOf(rows)]));
}

/** A product's rows as one mention per bulletin: affected when any row is; KB numbers, downloads and companions joined. */
export function mentionsOf(rows: readonly ProductRow[]): ProductMention[] {
  const byBulletin = new Map<string, ProductMention>();
  for (const row of rows) {
    let mention = byBulletin.get(row.bulletin);
    if (!mention) byBulletin.set(row.bulletin, (mention = { bulletin: row.bulletin, status: 'not-affected', kbs: [], downloads: [], with: [] }));
    if (row.affected) mention.status = 'affected';
    if (row.kb && !mention.kbs.includes(row.kb)) mention.kbs.push(row.kb);
    for (const url of row.downloads) if (!mention.downloads.includes(url)) mention.downloads.push(url);
    for (const other of row.with) if (!mention.with.includes(other)) mention.with.push(other);
  }
  return [...byBulletin.values()];
}

/** The lines of a "copy for the ticket" block: each bulletin with its KB numbers (or the bulletin's own), one per line. */
export function ticketLines(mentions: readonly Pick<ProductMention, 'bulletin' | 'kbs'>[], bulletinKb: (id: string) => string | undefined): string[] {
  return mentions.map(({ bulletin, kbs }) => {
    const numbers = kbs.length > 0 ? kbs : [bulletinKb(bulletin)].filter((kb) => kb !== undefined);
    return [bulletin, ...numbers.map((kb) => `KB${kb}`)].join(' ');
  });
}
