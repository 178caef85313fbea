/**
 * "Am I affected?" for an imported bulletin: the bulletin's own rows, mapped to products, against the
 * KB numbers installed on the machine. It gives the same verdicts as the curated wizards (`affected`,
 * `patched`, `not-affected`, `unknown`), with the installed update in place of the file version. Pure.
 */

import type { ProductStatus } from '../../schemas/bulletin-product.ts';

/** One product the bulletin names. */
export interface BulletinCheckProduct {
  id: string;
  name: { ja: string; en: string };
  /** `fixed`: the bulletin says this service pack includes the fix; `included`: a service pack out after the bulletin. */
  status: ProductStatus;
  /** The update's KB numbers for this product: its rows', else the bulletin's own. */
  kbs: string[];
  /** The first download link of its rows. */
  download?: string;
  /** Products its rows name beside it (a component's Windows, a Windows row's components), by name. */
  with: { ja: string; en: string }[];
  /** The bulletin names the product only as its release, without a service pack: the row's name, as the source gives it. */
  release?: string;
}

/** What the wizard of one imported bulletin knows, embedded in its page. */
export interface BulletinCheckData {
  bulletin: string;
  products: BulletinCheckProduct[];
  /** The later bulletins whose update replaces this one's, along the chain, nearest first, with their KB numbers. */
  replacedBy: { bulletin: string; kbs: string[] }[];
}

export type ImportedVerdict =
  | { verdict: 'unknown'; reason: 'not-listed' }
  | { verdict: 'not-affected'; reason: 'not-affected' }
  | { verdict: 'patched'; reason: 'service-pack' }
  | { verdict: 'patched'; reason: 'included' }
  | { verdict: 'patched'; reason: 'installed'; kb: string }
  | { verdict: 'patched'; reason: 'replaced'; kb: string; replacedBy: string }
  | { verdict: 'affected'; reason: 'missing' | 'unchecked'; kbs: string[] };

/**
 * The verdict for one product: not listed → unknown; listed as not affected → not-affected; a service
 * pack the bulletin says includes the fix, or one released after it → patched; affected
 * with its update (or a replacing one) installed → patched; else affected (`unchecked` when no KB
 * numbers were given at all).
 */
export function importedVerdict(data: BulletinCheckData, productId: string, installed: readonly string[] | undefined): ImportedVerdict {
  const product = data.products.find((p) => p.id === productId);
  if (!product) return { verdict: 'unknown', reason: 'not-listed' };
  if (product.status === 'not-affected') return { verdict: 'not-affected', reason: 'not-affected' };
  if (product.status === 'fixed') return { verdict: 'patched', reason: 'service-pack' };
  if (product.status === 'included') return { verdict: 'patched', reason: 'included' };
  if (installed === undefined || installed.length === 0) return { verdict: 'affected', reason: 'unchecked', kbs: product.kbs };
  const have = new Set(installed);
  const own = product.kbs.find((kb) => have.has(kb));
  if (own) return { verdict: 'patched', reason: 'installed', kb: own };
  for (const later of data.replacedBy) {
    const kb = later.kbs.find((k) => have.has(k));
    if (kb) return { verdict: 'patched', reason: 'replaced', kb, replacedBy: later.bulletin };
  }
  return { verdict: 'affected', reason: 'missing', kbs: product.kbs };
}
