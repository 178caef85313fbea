/**
 * "What does this machine need?": from the products a machine runs (its Windows, and optionally its
 * Internet Explorer and Office) and the KB numbers installed on it, each bulletin that affects those
 * products, with whether its update is installed, replaced by an installed later update, included in the
 * machine's service pack, or still to install, and in that case whether it is needed as is, covered by
 * another update to install, needed only if a component is installed, or named for the release without a
 * service pack. The statuses are those of the public contract ("The check's result, as data"). Pure: the
 * check page runs it in the browser on the per-product data the build writes.
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
  /** Every bulletin the rows (and `included`) name, and every bulletin that replaces one of them (transitively). */
  bulletins: Record<string, CheckBulletin>;
  /** Bulletins whose fix this product (a service pack) includes: by the bulletin's word, or released before it. */
  included: string[];
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

/**
 * A bulletin's standing on the machine (the contract's `data-status`):
 * - `missing`: an update to install, not replaced along a chain by another one to install;
 * - `covered`: needed, but the update of a `missing` bulletin (`coveredBy`) replaces it;
 * - `conditional`: needed only if a component the page does not ask about is installed (`onlyWith`);
 * - `check-service-pack`: the bulletin names the machine's Windows as its release without a service pack;
 * - `installed`, `replaced` (by an installed later update), `included` (in the machine's service pack).
 */
export const CHECK_STATUSES = ['missing', 'covered', 'conditional', 'check-service-pack', 'installed', 'replaced', 'included'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

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
  /** The `missing` bulletin whose update replaces this one (covered). */
  coveredBy?: string;
  /** The `covered` bulletins this one's update replaces (missing), by severity then newest first. */
  covers: string[];
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
          covers: [],
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
  const decided = [...results.values()].map(({ unconditional, direct, ...result }): CheckResult => {
    if (result.kbs.length === 0) result.kbs = kbsOf(result.bulletin);
    if (unconditional) result.onlyWith = [];
    if (direct) delete result.release;
    const own = result.kbs.find((kb) => installed.has(kb));
    if (own) return { ...result, status: 'installed', installedKb: own };
    const replacing = installedReplacement(result.bulletin, bulletins, kbsOf, installed);
    if (replacing) return { ...result, status: 'replaced', replacedBy: replacing.bulletin, installedKb: replacing.kb };
    if (result.onlyWith.length > 0) return { ...result, status: 'conditional' };
    if (result.release !== undefined) return { ...result, status: 'check-service-pack' };
    return result;
  });

  // An update to install that another one to install replaces, along the chain, is covered by the nearest
  // one that no update to install replaces in turn: installing that one is enough.
  const needed = new Set(decided.filter((r) => r.status === 'missing').map((r) => r.bulletin));
  const heads = new Set([...needed].filter((id) => ![...laterBulletins(id, bulletins)].some((later) => needed.has(later))));
  for (const result of decided) {
    if (result.status !== 'missing' || heads.has(result.bulletin)) continue;
    const head = [...laterBulletins(result.bulletin, bulletins)].find((later) => heads.has(later));
    if (head) Object.assign(result, { status: 'covered', coveredBy: head });
  }
  for (const result of decided) {
    if (result.status === 'covered') decided.find((r) => r.bulletin === result.coveredBy)!.covers.push(result.bulletin);
  }

  // A bulletin the machine's service pack includes, where no row of the machine's products lists it.
  for (const { product, included } of data) {
    if (!selected.has(product)) continue;
    // `?? []`: a browser may hold a product's data from a build before the field existed.
    for (const id of included ?? []) {
      const info = bulletins[id];
      const known = decided.find((r) => r.bulletin === id);
      if (!info || (known && known.status !== 'included')) continue;
      if (known) {
        if (!known.products.includes(product)) known.products.push(product);
        continue;
      }
      decided.push({
        bulletin: id,
        status: 'included',
        title: info.title,
        ...(info.severity ? { severity: info.severity } : {}),
        ...(info.published ? { published: info.published } : {}),
        kbs: kbsOf(id),
        products: [product],
        downloads: [],
        onlyWith: [],
        covers: [],
      });
    }
  }

  const order = (a: CheckResult, b: CheckResult) =>
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    (b.published ?? '').localeCompare(a.published ?? '') ||
    b.bulletin.localeCompare(a.bulletin);
  for (const result of decided) result.covers.sort((a, b) => order(decided.find((r) => r.bulletin === a)!, decided.find((r) => r.bulletin === b)!));
  return decided.sort(order);
}

/** The later bulletins along the chain of replacements, nearest first (each once). */
function* laterBulletins(id: string, bulletins: Readonly<Record<string, CheckBulletin>>): Generator<string> {
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const later of bulletins[current]?.replacedBy ?? []) {
        if (seen.has(later)) continue;
        seen.add(later);
        yield later;
        next.push(later);
      }
    }
    frontier = next;
  }
}

/** The nearest later bulletin, along the chain of replacements, whose update is installed. */
function installedReplacement(
  id: string,
  bulletins: Readonly<Record<string, CheckBulletin>>,
  kbsOf: (id: string) => string[],
  installed: ReadonlySet<string>,
): { bulletin: string; kb: string } | undefined {
  for (const later of laterBulletins(id, bulletins)) {
    const kb = kbsOf(later).find((k) => installed.has(k));
    if (kb) return { bulletin: later, kb };
  }
  return undefined;
}
