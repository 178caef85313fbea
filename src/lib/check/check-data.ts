/** Builds the check page's per-product data (`/check/data/{product}.json`) from the one product view's rows. Build time only. */
import type { ProductRow } from '../../schemas/bulletin-product.ts';
import type { CheckBulletin, CheckProductData } from './needs.ts';

/** What the builder needs to know of a bulletin. */
export interface BulletinFacts {
  title: { ja: string; en?: string };
  severity?: CheckBulletin['severity'];
  published?: string;
  kb?: string;
  /** The bulletins that replace it directly. */
  replacedBy: string[];
}

/**
 * One product's data: the rows that decided each bulletin's word on it (the first download of each), the
 * bulletins whose fix it includes (a service pack: `fixed` or `included`), every bulletin those name and
 * every bulletin that replaces one of them along the chain, and the names of the products named beside it.
 */
export function checkProductData(
  product: string,
  rows: readonly (ProductRow & { bulletin: string })[],
  included: readonly string[],
  bulletinOf: (id: string) => BulletinFacts | undefined,
  nameOf: (id: string) => { ja: string; en: string } | undefined,
): CheckProductData {
  const bulletins: Record<string, CheckBulletin> = {};
  const rowKbs = new Map<string, string[]>();
  for (const row of rows) if (row.kb) rowKbs.set(row.bulletin, [...new Set([...(rowKbs.get(row.bulletin) ?? []), row.kb])]);
  const pending = [...new Set([...rows.map((r) => r.bulletin), ...included])];
  while (pending.length > 0) {
    const id = pending.shift()!;
    if (Object.hasOwn(bulletins, id)) continue;
    const facts = bulletinOf(id);
    if (!facts) continue;
    const kbs = rowKbs.get(id)?.filter((kb) => kb !== facts.kb);
    bulletins[id] = {
      title: facts.title,
      ...(facts.severity ? { severity: facts.severity } : {}),
      ...(facts.published ? { published: facts.published } : {}),
      ...(facts.kb ? { kb: facts.kb } : {}),
      replacedBy: facts.replacedBy,
      ...(kbs && kbs.length > 0 ? { kbs } : {}),
    };
    pending.push(...facts.replacedBy);
  }
  const names: CheckProductData['names'] = {};
  for (const row of rows) for (const other of row.with) {
    const name = nameOf(other);
    if (name) names[other] = name;
  }
  return {
    product,
    rows: rows.map((r) => ({
      bulletin: r.bulletin,
      affected: r.affected,
      ...(r.kb ? { kb: r.kb } : {}),
      ...(r.downloads[0] ? { download: r.downloads[0] } : {}),
      with: r.with,
      ...(r.release !== undefined ? { release: r.release } : {}),
    })),
    bulletins,
    included: included.filter((id) => Object.hasOwn(bulletins, id)),
    names,
  };
}
