/**
 * "What does this machine need?": from the products a machine runs (its Windows, and optionally its
 * Internet Explorer and Office) and the KB numbers installed on it, each bulletin that affects those
 * products, with whether its update is installed, replaced by an installed later update, or missing.
 * Pure: the check page runs it in the browser on the per-product data the build writes.
 */
import type { Severity } from '../../schemas/bulletin.ts';

/** One software row that decided a bulletin's word on the product (src/data/bulletin-products.ts), as the check page's data gives it. */
export interface CheckRow {
  bulletin: string;
  affected: boolean;
  /** The KB number the row gives, where it gives one. */
  kb?: string;
  /** The row's first download link, where it gives one. */
  download?: string;
  /** The other products the row names: a component's platforms, a platform's components. */
  with: string[];
  /** The row names the product's release without a service pack: the row's name, as the source gives it ("Microsoft Windows XP"). */
  release?: string;
}

/** A bulletin, as far as the check needs it. */
export interface CheckBulletin {
  /** The title in Japanese, and in English where the bulletin is curated. */
  title: { ja: string; en?: string };
  severity?: Severity;
  published?: string;
  /** Its main KB number. */
  kb?: string;
  /** Bulletins whose update replaces its own, directly. */
  replacedBy: string[];
  /** The KB numbers its rows give for the products of this data, where they differ from the main one. */
  kbs?: string[];
}

/** One product's data: `/check/data/{product}.json`. */
export interface CheckProductData {
  product: string;
  rows: CheckRow[];
  /** Every bulletin the rows name, and every bulletin that replaces one of them (transitively). */
  bulletins: Record<string, CheckBulletin>;
  /** The names of the products the rows name beside this one, in both languages. */
  names: Record<string, { ja: string; en: string }>;
}

/** What the user says of the machine. */
export interface Machine {
  /** The products it runs: its Windows first, then Internet Explorer and Office where given. */
  products: string[];
  /** Installed KB numbers, digits. */
  kbs: readonly string[];
}

export type CheckStatus = 'missing' | 'installed' | 'replaced';

/** One bulletin in the result. */
export interface CheckResult {
  bulletin: string;
  status: CheckStatus;
  title: { ja: string; en?: string };
  severity?: Severity;
  published?: string;
  /** The update's KB numbers for the machine's products (the rows', else the bulletin's). */
  kbs: string[];
  /** The installed KB that settles it: the update's own (installed), or the replacing bulletin's (replaced). */
  installedKb?: string;
  /** The later bulletin whose installed update replaces this one (replaced). */
  replacedBy?: string;
  /** The machine's products it affects. */
  products: string[];
  /** Download links of the rows that apply. */
  downloads: string[];
  /**
   * Products the rows name beside the machine's that the user was not asked about (a component such as
   * the .NET Framework): the bulletin applies only if one of them is installed. Empty when it applies as is.
   */
  onlyWith: string[];
  /**
   * The bulletin names the machine's product only as its release, without a service pack: the row's
   * name ("Microsoft Windows XP"). It says nothing of the service pack, so the result says so.
   */
  release?: string;
}

const SEVERITY_ORDER: readonly (Severity | undefined)[] = ['critical', 'important', 'moderate', 'low', undefined];

/**
 * The check: every bulletin that affects the machine's products, by severity then newest first.
 * `kindOf` says which question of the page a product answers (`windows`, `internet-explorer`, `office`).
 */
export function checkMachine(machine: Machine, data: readonly CheckProductData[], kindOf: (product: string) => string | undefined): CheckResult[] {
  const installed = new Set(machine.kbs);
  const selected = new Set(machine.products);
  const selectedKinds = new Set(machine.products.map(kindOf).filter((k) => k !== undefined));
  const bulletins: Record<string, CheckBulletin> = Object.assign({}, ...data.map((d) => d.bulletins));
  const results = new Map<string, CheckResult & { unconditional: boolean; direct: boolean }>();

  for (const { product, rows } of data) {
    if (!selected.has(product)) continue;
    // The rows are those that decided each bulletin's status: a bulletin that says the product (a service
    // pack) includes its fix has none, and one that lists the product as not affected has no affected row.
    for (const row of rows) {
      if (!row.affected) continue;
      const companions = row.with.filter((other) => other !== product);
      let unconditional = true;
      let onlyWith: string[] = [];
      if (companions.length > 0 && !companions.some((c) => selected.has(c))) {
        // A row for another Windows, Internet Explorer or Office than the one the user gave does not
        // apply; one whose companions the user gave nothing of the kind of (or the page does not ask
        // about) applies only if one of them is installed.
        if (companions.some((c) => { const kind = kindOf(c); return kind !== undefined && selectedKinds.has(kind); })) continue;
        unconditional = false;
        onlyWith = companions;
      }
      const info = bulletins[row.bulletin];
      if (!info) continue;
      let result = results.get(row.bulletin);
      if (!result) {
        result = {
          bulletin: row.bulletin,
          status: 'missing',
          title: info.title,
          ...(info.severity ? { severity: info.severity } : {}),
          ...(info.published ? { published: info.published } : {}),
          kbs: [],
          products: [],
          downloads: [],
          onlyWith: [],
          unconditional,
          direct: false,
          ...(row.release !== undefined ? { release: row.release } : {}),
        };
        results.set(row.bulletin, result);
      }
      if (unconditional) result.unconditional = true;
      if (row.release === undefined) result.direct = true;
      if (row.kb && !result.kbs.includes(row.kb)) result.kbs.push(row.kb);
      if (!result.products.includes(product)) result.products.push(product);
      if (row.download && !result.downloads.includes(row.download)) result.downloads.push(row.download);
      for (const other of onlyWith) if (!result.onlyWith.includes(other)) result.onlyWith.push(other);
    }
  }

  const kbsOf = (id: string) => {
    const info = bulletins[id];
    return [...new Set([...(info?.kbs ?? []), ...(info?.kb ? [info.kb] : [])])];
  };
  return [...results.values()]
    .map(({ unconditional, direct, ...result }): CheckResult => {
      if (result.kbs.length === 0) result.kbs = kbsOf(result.bulletin);
      if (unconditional) result.onlyWith = [];
      if (direct) delete result.release;
      const own = result.kbs.find((kb) => installed.has(kb));
      if (own) return { ...result, status: 'installed', installedKb: own };
      const replacing = installedReplacement(result.bulletin, bulletins, kbsOf, installed);
      if (replacing) return { ...result, status: 'replaced', replacedBy: replacing.bulletin, installedKb: replacing.kb };
      return result;
    })
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        (b.published ?? '').localeCompare(a.published ?? '') ||
        b.bulletin.localeCompare(a.bulletin),
    );
}

/** The nearest later bulletin, along the chain of replacements, whose update is installed. */
function installedReplacement(
  id: string,
  bulletins: Readonly<Record<string, CheckBulletin>>,
  kbsOf: (id: string) => string[],
  installed: ReadonlySet<string>,
): { bulletin: string; kb: string } | undefined {
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const later of bulletins[current]?.replacedBy ?? []) {
        if (seen.has(later)) continue;
        seen.add(later);
        const kb = kbsOf(later).find((k) => installed.has(k));
        if (kb) return { bulletin: later, kb };
        next.push(later);
      }
    }
    frontier = next;
  }
  return undefined;
}
