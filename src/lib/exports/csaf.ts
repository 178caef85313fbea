/**
 * CSAF 2.0 (OASIS Common Security Advisory Framework) documents of the bulletins: one per bulletin, in
 * Japanese, from the importer's facts and the catalog products its rows name; and, by option, an English
 * translation. Pure: the build writes the JSON to `/.well-known/csaf/white/{year}/{id}.json` and throws on
 * what `validateCsaf` (the reference validator, run offline) reports.
 *
 * Facts come from the source exactly: no scores, no revisions but the source's history (or its dates), no
 * product status the rows do not give. Text this module adds (notes, reference and revision summaries) says only
 * what the conversion is and where the facts come from.
 */
import type { CorpusFacts, CorpusSoftware } from '../../schemas/corpus.ts';
import type { BulletinProduct, ProductStatus } from '../../schemas/bulletin-product.ts';
import type { BulletinProducts } from '../products/bulletin-products.ts';
import { CC_BY_URL, absoluteUrl, bulletinPath, kbArticleUrl, microsoftLearnUrl } from '../urls.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/translate.ts';
import { bulletinVulnerabilities, vulnerabilityThreats, type VulnerabilityThreat } from '../content/bulletin-vulnerabilities.ts';
// The validator ships JavaScript with JSDoc types and no declarations: the two entry points are typed below.
// @ts-expect-error TS7016: no declaration file.
import validateStrictUntyped from '@secvisogram/csaf-validator-lib/validateStrict.js';
// @ts-expect-error TS7016: no declaration file.
import * as mandatoryUntyped from '@secvisogram/csaf-validator-lib/mandatoryTests.js';
// @ts-expect-error TS7016: no declaration file.
import * as schemaUntyped from '@secvisogram/csaf-validator-lib/schemaTests.js';

/** The languages a document can be in: the source's Japanese, and English for a translation. */
export type CsafLang = Lang;

/** What a product's update needs to take effect (CSAF `restart_required`). */
export interface CsafRestart {
  category: 'connected' | 'dependencies' | 'machine' | 'none' | 'parent' | 'service' | 'system' | 'vulnerable_component' | 'zone';
  /** More about it, in the document's language. */
  details?: string;
}

/** A catalog product the bulletin names, with the bulletin's word on it (see `BulletinProduct`). */
export interface CsafProduct {
  /** The catalog id: the document's product_id. */
  id: string;
  /** Its catalog name in the document's language. */
  name: string;
  /** Affected → known_affected, not-affected → known_not_affected, fixed (a service pack includes the fix) → fixed. */
  status: ProductStatus;
  /** KB numbers of the updates its rows give (digits), in the source's order. */
  kbs: readonly string[];
  /** Download links of those updates, in the source's order: one `vendor_fix` each. */
  downloads: readonly string[];
  /**
   * Only where the source gives the product's version exactly: its product line and version, placed as
   * product_name → product_version branches. Without it the product sits at a product_name branch.
   */
  version?: { productName: string; version: string };
  /** The restart its update needs, where known (else the input's `restart`). */
  restart?: CsafRestart;
}

/** Software rows no catalog product maps: they become `full_product_names` named as the source names them. */
export interface CsafUnmappedRows {
  affected: readonly CorpusSoftware[];
  notAffected: readonly CorpusSoftware[];
}

/** A workaround the bulletin gives, in the document's language. */
export interface CsafWorkaround {
  /** The workaround's text. */
  details: string;
  /** The CVE ids it is for; every vulnerability when omitted. */
  cves?: readonly string[];
  /** The product ids it applies to; each vulnerability's known-affected products when omitted. */
  productIds?: readonly string[];
  /** Where it is described in full (the bulletin page's anchor). */
  url?: string;
}

/** What a translation adds: the texts the facts give in Japanese, in the translation's language. */
export interface CsafTranslation {
  lang: 'en';
  /** The bulletin's title, without the KB number (like `CorpusFacts.title`). */
  title: string;
  /** The summary's first paragraph, where the source has one. */
  summary?: string;
  /** Vulnerability titles by CVE id (`CVE-2004-0199`); a vulnerability without one gets the generic note. */
  vulnerabilityTitles?: Readonly<Record<string, string>>;
}

/** Everything one document is built from. */
export interface CsafInput {
  facts: CorpusFacts;
  /** The catalog products the bulletin names (names in the document's language), each once. */
  products: readonly CsafProduct[];
  /** The rows that name no catalog product (none when omitted). */
  unmappedRows?: CsafUnmappedRows;
  /** The site's origin (`https://bulletins.example.org`): the publisher's namespace and the base of the URLs. */
  siteUrl: string;
  /** The restart every update needs, where known (a product's own `restart` wins). */
  restart?: CsafRestart;
  /** The bulletin's workarounds, where known. */
  workarounds?: readonly CsafWorkaround[];
  /** Build the English translation instead of the Japanese document. */
  translation?: CsafTranslation;
  /** The source's revision history, oldest first, in the document's language, where it is known (else the dates make it). */
  revisions?: readonly CsafSourceRevision[];
  /** The program that built the document (CSAF `tracking.generator.engine`); left out when omitted. */
  generator?: { name: string; version?: string };
}

// The document's shape: the parts of the CSAF 2.0 schema this module writes.

/** A CSAF note. */
export interface CsafNote {
  category: 'description' | 'details' | 'faq' | 'general' | 'legal_disclaimer' | 'other' | 'summary';
  text: string;
  title?: string;
}
/** A CSAF reference. */
export interface CsafReference {
  category: 'external' | 'self';
  summary: string;
  url: string;
}
/** A CSAF revision history entry. */
export interface CsafRevision {
  date: string;
  /** Integer versioning: `1`, `2`. */
  number: string;
  summary: string;
  /** The bulletin's own version (`1.1`) for the revision whose content this document holds. */
  legacy_version?: string;
}
/** A CSAF full product name. */
export interface CsafFullProductName {
  product_id: string;
  name: string;
}
/** A CSAF branch. */
export interface CsafBranch {
  category: 'vendor' | 'product_name' | 'product_version';
  name: string;
  branches?: CsafBranch[];
  product?: CsafFullProductName;
}
/** A CSAF remediation. */
export interface CsafRemediation {
  category: 'vendor_fix' | 'workaround';
  details: string;
  product_ids: string[];
  url?: string;
  restart_required?: CsafRestart;
}
/** A CSAF vulnerability. */
export interface CsafVulnerability {
  cve?: string;
  ids?: { system_name: string; text: string }[];
  title?: string;
  notes: CsafNote[];
  threats?: VulnerabilityThreat[];
  product_status?: { known_affected?: string[]; known_not_affected?: string[]; fixed?: string[] };
  remediations?: CsafRemediation[];
}
/** A CSAF 2.0 document as this module builds it. */
export interface CsafDocument {
  document: {
    category: 'csaf_security_advisory' | 'csaf_base';
    csaf_version: '2.0';
    lang: CsafLang;
    source_lang?: 'ja';
    title: string;
    publisher: { category: 'other' | 'translator'; name: string; namespace: string };
    distribution: { tlp: { label: 'WHITE'; url: string } };
    aggregate_severity?: { text: string };
    notes: CsafNote[];
    references: CsafReference[];
    tracking: {
      id: string;
      status: 'final';
      version: string;
      initial_release_date: string;
      current_release_date: string;
      revision_history: CsafRevision[];
      generator?: { engine: { name: string; version?: string } };
    };
  };
  product_tree?: { branches?: CsafBranch[]; full_product_names?: CsafFullProductName[] };
  vulnerabilities?: CsafVulnerability[];
}

/** The vendor of every catalog product (the catalog lists Microsoft's software only). */
const VENDOR = 'Microsoft';
const TLP_URL = 'https://www.first.org/tlp/';
/** The publisher's name, the same in every document and in the provider metadata. */
export const PUBLISHER_NAME = t('en', 'site.name');

/** A date of the source (YYYY-MM-DD) as a CSAF date-time: the source gives no time, so midnight UTC. */
export const csafDateTime = (date: string) => `${date}T00:00:00.000Z`;

/** The file name CSAF 2.0 (section 5.1) gives a document: its tracking id in lower case, other characters as `_`. */
export const csafFileName = (trackingId: string) => `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;

/**
 * The document's path under the site, as a CSAF provider serves it (section 7.1.11): the TLP:WHITE folder,
 * the year of its initial release date (not always the id's: MS99-034 was published in 2000), the file name.
 */
export const csafPath = (trackingId: string, initialReleaseDate: string) =>
  `/.well-known/csaf/white/${initialReleaseDate.slice(0, 4)}/${csafFileName(trackingId)}`;

/** The tracking id: the bulletin id, and for a translation its language after a hyphen (`MS04-015-en`). */
export const csafTrackingId = (id: string, lang: CsafLang = 'ja') => (lang === 'ja' ? id : `${id}-${lang}`);

/** One revision the source lists (its revision history, 更新履歴), its text in the document's language. */
export interface CsafSourceRevision {
  /** YYYY-MM-DD. */
  date: string;
  /** What changed, as plain text. */
  summary: string;
  /** The bulletin's version the entry names (`1.1`), where it names one. */
  version?: string;
}

/**
 * The revision history. Where the source's revision history is known (`sourceRevisions`, oldest first), one
 * revision each, numbered 1, 2, …, keeping the version each names as `legacy_version`; when the date line's
 * last update is later than its last entry, one more revision on that date says so. Otherwise what the
 * dates support: the release on the published date, and one revision on the updated date when it is later.
 * The last revision keeps the bulletin's own version where no entry named one. An updated date before the
 * published one contradicts it (MS03-038, MS03-043) and is left out. Throws without a published date.
 */
export function csafRevisions(
  facts: Pick<CorpusFacts, 'id' | 'published' | 'updated' | 'version'>,
  lang: CsafLang = 'ja',
  sourceRevisions: readonly CsafSourceRevision[] = [],
): CsafRevision[] {
  if (!facts.published) throw new Error(`${facts.id}: the source gives no published date, which a CSAF document needs.`);
  const revisions: CsafRevision[] =
    sourceRevisions.length > 0
      ? sourceRevisions.map((r, i) => ({ date: csafDateTime(r.date), number: String(i + 1), summary: r.summary, ...(r.version ? { legacy_version: r.version } : {}) }))
      : [{ date: csafDateTime(facts.published), number: '1', summary: t(lang, 'csaf.published') }];
  const lastDate = sourceRevisions.at(-1)?.date ?? facts.published;
  if (facts.updated && facts.updated > lastDate && facts.updated > facts.published) {
    revisions.push({ date: csafDateTime(facts.updated), number: String(revisions.length + 1), summary: t(lang, 'csaf.updated') });
  }
  const last = revisions[revisions.length - 1]!;
  if (facts.version && !sourceRevisions.some((r) => r.version)) last.legacy_version = facts.version;
  return revisions;
}

/** A row's name as the source gives it, with its component column when it has one. */
const rowName = (row: CorpusSoftware) => (row.component ? `${row.name} / ${row.component}` : row.name);

/** The unmapped rows as products: `CSAFPID-0001`, … in the source's order, each name once, affected first. */
function unmappedProducts(rows: CsafUnmappedRows | undefined): (CsafFullProductName & { affected: boolean; downloads: readonly string[] })[] {
  const byName = new Map<string, CsafFullProductName & { affected: boolean; downloads: string[] }>();
  const add = (row: CorpusSoftware, affected: boolean) => {
    const name = rowName(row);
    const known = byName.get(name);
    // The same software in both lists is affected (as the product view decides); one product id either way.
    if (known) {
      known.affected ||= affected;
      for (const url of row.downloads) if (!known.downloads.includes(url)) known.downloads.push(url);
      return;
    }
    byName.set(name, { product_id: `CSAFPID-${String(byName.size + 1).padStart(4, '0')}`, name, affected, downloads: [...row.downloads] });
  };
  for (const row of rows?.affected ?? []) add(row, true);
  for (const row of rows?.notAffected ?? []) add(row, false);
  return [...byName.values()];
}

/** The product tree: the catalog products under their vendor, the unmapped rows as full product names. */
function productTree(products: readonly CsafProduct[], unmapped: readonly CsafFullProductName[]): CsafDocument['product_tree'] {
  const lines = new Map<string, CsafBranch>();
  const branches: CsafBranch[] = [];
  for (const product of products) {
    const leaf = { product_id: product.id, name: product.name };
    if (!product.version) {
      branches.push({ category: 'product_name', name: product.name, product: leaf });
      continue;
    }
    let line = lines.get(product.version.productName);
    if (!line) {
      line = { category: 'product_name', name: product.version.productName, branches: [] };
      lines.set(product.version.productName, line);
      branches.push(line);
    }
    line.branches!.push({ category: 'product_version', name: product.version.version, product: leaf });
  }
  const tree: NonNullable<CsafDocument['product_tree']> = {};
  if (branches.length > 0) tree.branches = [{ category: 'vendor', name: VENDOR, branches }];
  if (unmapped.length > 0) tree.full_product_names = unmapped.map(({ product_id, name }) => ({ product_id, name }));
  return tree.branches || tree.full_product_names ? tree : undefined;
}

/** The restart key of a remediation, so products whose updates differ only in restart are kept apart. */
const restartKey = (restart: CsafRestart | undefined) => (restart ? `${restart.category}\u0000${restart.details ?? ''}` : '');

/**
 * One `vendor_fix` per download link (and restart), for the affected products whose rows give it. The KB
 * number is named only when every product of the link has that one KB (a product with two rows' KBs
 * does not say which link is which).
 */
function vendorFixes(
  lang: CsafLang,
  fixes: readonly { id: string; kbs: readonly string[]; downloads: readonly string[]; restart?: CsafRestart | undefined }[],
): CsafRemediation[] {
  const byLink = new Map<string, { url: string; restart?: CsafRestart | undefined; ids: string[]; kbs: (readonly string[])[] }>();
  for (const fix of fixes) {
    for (const url of fix.downloads) {
      const key = `${url}\u0000${restartKey(fix.restart)}`;
      const link = byLink.get(key) ?? { url, restart: fix.restart, ids: [], kbs: [] };
      if (!link.ids.includes(fix.id)) {
        link.ids.push(fix.id);
        link.kbs.push(fix.kbs);
      }
      byLink.set(key, link);
    }
  }
  return [...byLink.values()].map(({ url, restart, ids, kbs }) => {
    const kb = kbs.every((k) => k.length === 1 && k[0] === kbs[0]![0]) ? kbs[0]![0] : undefined;
    return { category: 'vendor_fix', details: kb ? t(lang, 'csaf.fixKb', { kb }) : t(lang, 'csaf.fix'), product_ids: ids, url, ...(restart ? { restart_required: restart } : {}) };
  });
}

/**
 * The CSAF 2.0 document of one bulletin: `csaf_security_advisory` in Japanese, or its translation with
 * `translation`. A bulletin whose rows name no software at all has no product tree, which that profile
 * requires: it is a `csaf_base` document. Throws when the facts have no published date.
 */
export function buildCsaf(input: CsafInput): CsafDocument {
  const { facts, products, translation } = input;
  const lang: CsafLang = translation?.lang ?? 'ja';
  const siteName = t(lang, 'site.name');
  const trackingId = csafTrackingId(facts.id, lang);
  const revisions = csafRevisions(facts, lang, input.revisions);
  // The bulletin's publication (公開日), even where its revision history's first entry is dated otherwise.
  const initial = csafDateTime(facts.published!);
  const current = revisions.map((r) => r.date).reduce((a, b) => (b > a ? b : a), initial);
  const title = translation ? translation.title : facts.title;
  const summary = translation ? translation.summary : facts.summary;

  const unmapped = unmappedProducts(input.unmappedRows);
  const tree = productTree(products, unmapped);
  const ids = (keep: (status: ProductStatus) => boolean) => [
    ...products.filter((p) => keep(p.status)).map((p) => p.id),
    // Unmapped rows are in the affected or the not-affected list: nothing else is said of them.
    ...unmapped.filter((p) => keep(p.affected ? 'affected' : 'not-affected')).map((p) => p.product_id),
  ];
  const status: NonNullable<CsafVulnerability['product_status']> = {};
  const affected = ids((s) => s === 'affected');
  const notAffected = ids((s) => s === 'not-affected');
  // A service pack that includes the fix, by the bulletin's word or as released after it: CSAF's `fixed`.
  const fixed = ids((s) => s === 'fixed' || s === 'included');
  if (affected.length > 0) status.known_affected = affected;
  if (notAffected.length > 0) status.known_not_affected = notAffected;
  if (fixed.length > 0) status.fixed = fixed;
  const hasStatus = Object.keys(status).length > 0;

  const fixes = vendorFixes(lang, [
    ...products.filter((p) => p.status === 'affected').map((p) => ({ id: p.id, kbs: p.kbs, downloads: p.downloads, restart: p.restart ?? input.restart })),
    ...unmapped.filter((p) => p.affected).map((p) => ({ id: p.product_id, kbs: [], downloads: p.downloads, restart: input.restart })),
  ]);

  const titlesEn = new Map(Object.entries(translation?.vulnerabilityTitles ?? {}));
  const vulnerabilities: CsafVulnerability[] = bulletinVulnerabilities(facts.vulnerabilities, titlesEn).map((v) => {
    const vulnerabilityTitle = translation ? v.titleEn : v.title;
    const threats = vulnerabilityThreats(v, lang);
    const vulnerability: CsafVulnerability = {
      cve: v.cve,
      // The source's own spelling where it is the old candidate form (CAN-2003-0352), so it can be found by it.
      ...(v.id !== v.cve ? { ids: [{ system_name: 'CVE candidate (CAN)', text: v.id }] } : {}),
      ...(vulnerabilityTitle ? { title: vulnerabilityTitle } : {}),
      // A vulnerability needs notes (test 6.1.27.5): its title, or else the bulletin's.
      notes: [vulnerabilityTitle ? { category: 'summary', title: t(lang, 'csaf.vulnerabilityTitle'), text: vulnerabilityTitle } : { category: 'general', title: t(lang, 'csaf.bulletinTitle'), text: title }],
      // What the source says it lets an attacker do (脆弱性の影響), one threat each.
      ...(threats.length > 0 ? { threats } : {}),
    };
    return vulnerability;
  });
  // A bulletin with products but no CVE id the importer could read still says which software is affected:
  // one vulnerability without a CVE carries it, as the security advisory profile needs (6.1.27.3).
  if (vulnerabilities.length === 0 && hasStatus) {
    vulnerabilities.push({ title, notes: [{ category: 'description', title: t(lang, 'csaf.noCveTitle'), text: t(lang, 'csaf.noCve') }] });
  }
  for (const vulnerability of vulnerabilities) {
    if (hasStatus) vulnerability.product_status = structuredClone(status);
    const remediations = [...structuredClone(fixes), ...workarounds(input.workarounds ?? [], vulnerability)];
    if (remediations.length > 0) vulnerability.remediations = remediations;
  }

  const notes: CsafNote[] = [];
  if (summary) notes.push({ category: 'summary', title: t(lang, 'csaf.summaryTitle'), text: summary });
  notes.push({ category: 'legal_disclaimer', title: t(lang, 'csaf.licenseTitle'), text: t(lang, 'csaf.license', { id: facts.id, site: siteName, license: CC_BY_URL }) });

  const references: CsafReference[] = [
    // The source first: what this document was converted from.
    { category: 'external', summary: t(lang, 'csaf.source', { id: facts.id }), url: microsoftLearnUrl('ja', facts.id, facts.year) },
    { category: 'self', summary: t(lang, 'csaf.self', { id: trackingId }), url: absoluteUrl(input.siteUrl, csafPath(trackingId, initial)) },
  ];
  if (translation) {
    references.push(
      { category: 'external', summary: t(lang, 'csaf.original', { id: facts.id }), url: absoluteUrl(input.siteUrl, csafPath(facts.id, initial)) },
      { category: 'external', summary: t(lang, 'csaf.microsoft', { id: facts.id }), url: microsoftLearnUrl(translation.lang, facts.id, facts.year) },
    );
  }
  references.push({ category: 'external', summary: t(lang, 'csaf.page', { id: facts.id, site: siteName }), url: absoluteUrl(input.siteUrl, bulletinPath(lang, facts.id)) });
  if (facts.kb) references.push({ category: 'external', summary: t(lang, 'csaf.kb', { kb: facts.kb }), url: kbArticleUrl(facts.kb) });

  const doc: CsafDocument = {
    document: {
      category: tree ? 'csaf_security_advisory' : 'csaf_base',
      csaf_version: '2.0',
      lang,
      // Microsoft issued the bulletin; the site converts it (a republisher: "other") or translates it.
      ...(translation ? { source_lang: 'ja' as const } : {}),
      title: `${facts.id}: ${title}`,
      // One publisher name in every document and the provider metadata: a name identifies, it is not translated.
      publisher: { category: translation ? 'translator' : 'other', name: PUBLISHER_NAME, namespace: absoluteUrl(input.siteUrl, '') },
      distribution: { tlp: { label: 'WHITE', url: TLP_URL } },
      ...(facts.severity ? { aggregate_severity: { text: t(lang, `severity.${facts.severity}`) } } : {}),
      notes,
      references,
      tracking: {
        id: trackingId,
        status: 'final',
        version: revisions[revisions.length - 1]!.number,
        initial_release_date: initial,
        current_release_date: current,
        revision_history: revisions,
        ...(input.generator ? { generator: { engine: { ...input.generator } } } : {}),
      },
    },
  };
  if (tree) doc.product_tree = tree;
  if (vulnerabilities.length > 0) doc.vulnerabilities = vulnerabilities;
  return sortKeys(doc);
}

/** The same value with every object's keys in alphabetical order, as CSAF recommends (test 6.2.13): stable JSON. */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  ) as T;
}

/** The workarounds for one vulnerability, each for its products (or the vulnerability's affected ones). */
function workarounds(all: readonly CsafWorkaround[], vulnerability: CsafVulnerability): CsafRemediation[] {
  return all.flatMap((w) => {
    if (w.cves && (!vulnerability.cve || !w.cves.includes(vulnerability.cve))) return [];
    const productIds = [...(w.productIds ?? vulnerability.product_status?.known_affected ?? [])];
    // A remediation must name products (6.1.29): a workaround for none has no place here.
    return productIds.length > 0 ? [{ category: 'workaround' as const, details: w.details, product_ids: productIds, ...(w.url ? { url: w.url } : {}) }] : [];
  });
}

/**
 * The products of one bulletin for `buildCsaf`, from the one product view: each catalog product with its
 * status, KB numbers and downloads, in the order the bulletin names them, named in the document's
 * language (and with the restart its update needs, where `restartOf` knows it); and the rows that name no
 * catalog product and are not marked as naming none (a column label, a pointer to the FAQ).
 */
export function csafProducts(
  entries: readonly BulletinProduct[],
  rows: BulletinProducts['rows'],
  nameOf: (id: string) => string | undefined,
  restartOf: (entry: BulletinProduct) => CsafRestart | undefined = () => undefined,
): { products: CsafProduct[]; unmappedRows: CsafUnmappedRows } {
  const products = entries.map((entry): CsafProduct => {
    const name = nameOf(entry.product);
    if (name === undefined) throw new Error(`${entry.bulletin}: the product "${entry.product}" is not in the catalog.`);
    const restart = restartOf(entry);
    return { id: entry.product, name, status: entry.status, kbs: entry.kbs, downloads: entry.downloads, ...(restart ? { restart } : {}) };
  });
  const unknown = (kind: keyof typeof rows) => rows[kind].filter((row) => row.unknown).map((row) => row.source);
  return { products, unmappedRows: { affected: unknown('affected'), notAffected: unknown('notAffected') } };
}

/** One thing the validator found wrong with a document. */
export interface CsafProblem {
  /** The document's tracking id: `MS08-067`, `MS04-015-en`. */
  bulletin: string;
  /** The validator's test: `csaf_2_0_strict` (the schema) or `mandatoryTest_6_1_2`. */
  test: string;
  /** Where in the document (a JSON pointer). */
  path: string;
  message: string;
}

type ValidatorTest = (doc: unknown) => unknown;
type ValidatorResult = { isValid: boolean; tests: { name: string; isValid: boolean; errors: { instancePath: string; message: string }[] }[] };
const validateStrict = validateStrictUntyped as (tests: ValidatorTest[], doc: unknown) => Promise<ValidatorResult>;
const schemaTests = schemaUntyped as Record<string, ValidatorTest>;

/**
 * The tests every document must pass: the strict CSAF 2.0 schema and every mandatory test (6.1.x; the
 * library leaves out 6.1.8, as the schema covers it). None does I/O. The optional (6.2.x) and informative
 * (6.3.x) tests are not requirements; 6.3.6 and 6.3.7 would fetch the references' URLs and 6.3.8 runs hunspell.
 */
export const CSAF_TESTS: readonly ValidatorTest[] = [schemaTests['csaf_2_0_strict']!, ...(Object.values(mandatoryUntyped) as ValidatorTest[])];

/** Runs the schema and the mandatory tests on a document: what fails, naming the bulletin and the test; empty when valid. */
export async function validateCsaf(doc: unknown): Promise<CsafProblem[]> {
  const tracking = (doc as { document?: { tracking?: { id?: unknown } } } | null)?.document?.tracking?.id;
  const bulletin = typeof tracking === 'string' ? tracking : '(no tracking id)';
  const result = await validateStrict([...CSAF_TESTS], doc);
  return result.tests.flatMap((test) =>
    test.isValid ? [] : (test.errors.length > 0 ? test.errors : [{ instancePath: '', message: 'failed' }]).map((e) => ({ bulletin, test: test.name, path: e.instancePath, message: e.message })),
  );
}

/** Problems as lines for an error message: `MS08-067: mandatoryTest_6_1_2 at /product_tree/…: message`. */
export const formatCsafProblems = (problems: readonly CsafProblem[]) =>
  problems.map((p) => `${p.bulletin}: ${p.test}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n');
