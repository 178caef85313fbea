/** Facts derived from a bulletin's data, so nothing is written twice. */
import type { Bulletin, Update } from '../../schemas/bulletin.ts';
import type { BulletinProduct } from '../../schemas/bulletin-product.ts';
import { compareVersions, parseVersion } from '../versions.ts';

/** A product's standing in one bulletin, as its data says. */
export type ProductStatus = 'affected' | 'patched' | 'not-affected';

/** Everything one bulletin says about one product. */
export interface ProductFacts {
  product: string;
  status: ProductStatus;
  /** The update section for it (affected products), or that names it as the service pack with the fix. */
  update?: Update;
  /** The lowest version of the bulletin's key file that its file tables list for the product. */
  fixedVersion?: string;
  /** The file tables that list files for it. */
  fileTables: string[];
  /** The registry keys that show the update is installed. */
  registryKeys: string[];
  /** Its download page. */
  download?: string;
  /** Whether the source marks its update as available from Microsoft Update. */
  microsoftUpdate: boolean;
  /** The command lines the source gives for it. */
  commands: Update['commands'];
  /** The caveats that apply to it. */
  caveats: Bulletin['caveats'];
}

/** All file rows of a bulletin, with the table they belong to. */
export function fileRows(bulletin: Bulletin) {
  return bulletin.updates.flatMap((update) =>
    update.fileTables.flatMap((table) => table.rows.map((row) => ({ update, table, row }))),
  );
}

/** The products each status covers, in the order the bulletin names them. */
export function productStatuses(bulletin: Bulletin): Map<string, ProductStatus> {
  const statuses = new Map<string, ProductStatus>();
  for (const row of bulletin.affectedSoftware.rows) for (const id of row.products) statuses.set(id, 'affected');
  for (const update of bulletin.updates) if (update.includedIn) statuses.set(update.includedIn, 'patched');
  for (const row of bulletin.nonAffectedSoftware) for (const id of row.products) statuses.set(id, 'not-affected');
  return statuses;
}

/** What the bulletin says about each product it names. */
export function productFacts(bulletin: Bulletin): Map<string, ProductFacts> {
  const facts = new Map<string, ProductFacts>();
  const rows = fileRows(bulletin);
  for (const [product, status] of productStatuses(bulletin)) {
    const update =
      bulletin.updates.find((u) => u.products.includes(product)) ??
      bulletin.updates.find((u) => u.includedIn === product);
    const affectedRow = bulletin.affectedSoftware.rows.find((r) => r.products.includes(product));
    const mine = rows.filter(({ row }) => row.products.includes(product));
    const keyVersions = mine
      .filter(({ row }) => row.file.toLowerCase() === bulletin.keyFile.toLowerCase() && row.version)
      .map(({ row }) => row.version!)
      .sort((a, b) => compareVersions(parseVersion(a)!, parseVersion(b)!));
    const affected = status === 'affected';
    facts.set(product, {
      product,
      status,
      ...(update ? { update } : {}),
      ...(affected && keyVersions[0] ? { fixedVersion: keyVersions[0] } : {}),
      fileTables: [...new Set(mine.map(({ table }) => table.id))],
      registryKeys: affected
        ? bulletin.updates.flatMap((u) => u.registryKeys.filter((k) => k.products.includes(product)).map((k) => k.key))
        : [],
      ...(affectedRow ? { download: affectedRow.download } : {}),
      microsoftUpdate: affectedRow?.microsoftUpdate ?? false,
      commands: affected
        ? bulletin.updates.flatMap((u) => u.commands.filter((c) => c.products.includes(product)))
        : [],
      caveats: affected ? bulletin.caveats.filter((c) => !c.products || c.products.includes(product)) : [],
    });
  }
  return facts;
}

/** Every anchor id the bulletin's data puts on its page, with the field that defines it. */
export function dataAnchors(bulletin: Bulletin): { id: string; field: string }[] {
  return [
    ...bulletin.caveats.map((c, i) => ({ id: c.id, field: `caveats[${i}].id` })),
    ...bulletin.vulnerabilities.map((v, i) => ({ id: v.anchor, field: `vulnerabilities[${i}].anchor` })),
    ...bulletin.updates.flatMap((u, i) => [
      { id: u.id, field: `updates[${i}].id` },
      ...u.fileTables.map((t, j) => ({ id: t.id, field: `updates[${i}].fileTables[${j}].id` })),
    ]),
  ];
}

/**
 * A curated bulletin's products in the one product view's terms (src/schemas/bulletin-product.ts), in
 * the bulletin's order: its affected products with the update's KB number and download, the service packs
 * it says include the fix (`patched` here, `fixed` there), and its not-affected products.
 */
export function curatedBulletinProducts(bulletin: Bulletin, facts: ReadonlyMap<string, ProductFacts>): BulletinProduct[] {
  return [...facts.values()].map((fact): BulletinProduct => {
    const affected = fact.status === 'affected';
    const downloads = affected && fact.download ? [fact.download] : [];
    const kbs = affected ? [bulletin.kb] : [];
    const base = { bulletin: bulletin.id, product: fact.product, kbs, downloads, with: [] };
    if (fact.status === 'patched') return { ...base, status: 'fixed', reason: 'service-pack', rows: [] };
    return {
      ...base,
      status: fact.status,
      reason: 'row',
      ...(fact.fixedVersion ? { fixedVersion: { file: bulletin.keyFile, version: fact.fixedVersion } } : {}),
      rows: [{ affected, ...(affected ? { kb: bulletin.kb } : {}), downloads, with: [] }],
    };
  });
}
