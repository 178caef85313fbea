/**
 * "Am I affected?": the verdict for one product and a machine's answers, the wizard's query string,
 * and the texts built from them (explanation, action, ticket). Pure and framework-free: the wizard's
 * browser script and the static verdict pages both import it, so it imports only types and versions.ts
 * (never the UI string tables or the content loader, which would bloat the client bundle).
 */
import type { ProductFacts, ProductStatus } from '../content/bulletin-facts.ts';
import type { UiKey } from '../i18n/translate.ts';
import type { ProseOutline } from '../content/prose-outline.ts';
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Product } from '../../schemas/product.ts';
import { isAtOrAbove, parseVersion } from '../versions.ts';
import { fill } from '../i18n/template.ts'; // no tables: as small as versions.ts

/** The public verdicts, the values of `data-verdict`. */
export const VERDICTS = ['affected', 'patched', 'not-affected', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why the verdict is what it is; each has its own explanation. */
export type VerdictReason =
  | 'not-affected'
  | 'service-pack'
  | 'version-fixed'
  | 'version-older'
  | 'key-present'
  | 'key-absent'
  | 'unchecked'
  | 'unknown-product'
  | 'something-else'
  | 'not-listed';

/** A catalog product the bulletin does not mention: the data cannot say either way. */
export type WizardStatus = ProductStatus | 'not-listed';

/** What the wizard knows about one product, in one language; small enough to ship as JSON. */
export interface WizardProduct {
  name: string;
  status: WizardStatus;
  /** The lowest fixed version of the bulletin's key file (affected products). */
  fixedVersion?: string;
  /** Its download page (affected products). */
  download?: string;
}

/** The bulletin-level facts the texts need, in one language. */
export interface WizardBulletin {
  id: string;
  title: string;
  kb: string;
  /** The CVE ids, as the ticket shows them. */
  cves: string;
  keyFile: string;
  /** The wizard's absolute URL, without a query. */
  wizardUrl: string;
}

/** Everything the verdict texts need; the wizard page embeds it as JSON for its script. */
export interface WizardFacts {
  bulletin: WizardBulletin;
  products: Readonly<Record<string, WizardProduct>>;
}

/** The query parameters, in the order links write them. */
export const QUERY_PARAMS = ['product', 'helpctr', 'key', 'service'] as const;
export type QueryParam = (typeof QUERY_PARAMS)[number];

/** The answers as given: raw, trimmed strings (validated by decideVerdict, so bad input can be reported). */
export type Answers = Partial<Record<QueryParam, string>>;

/** The "something else" choice of step 1: never a catalog id, so it always leads to `unknown`. */
export const SOMETHING_ELSE = 'other';

/** Reads the answers from a query string (`?product=…&helpctr=…`); empty values count as not given. */
export function parseQuery(search: string): Answers {
  const params = new URLSearchParams(search);
  const answers: Answers = {};
  for (const name of QUERY_PARAMS) {
    const value = params.get(name)?.trim();
    if (value) answers[name] = value;
  }
  return answers;
}

/** Writes the answers as a query string in a fixed order (`''` when there are none). */
export function serialiseQuery(answers: Answers): string {
  const params = new URLSearchParams();
  for (const name of QUERY_PARAMS) {
    const value = answers[name]?.trim();
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** An answer that could not be used, with the text given (shown back to the reader as text). */
export interface AnswerProblem {
  param: Exclude<QueryParam, 'product'>;
  value: string;
}

export interface VerdictResult {
  verdict: Verdict;
  reason: VerdictReason;
  /** The product id as given. */
  product: string;
  /** The fixed key-file version the answers were compared with, where the data gives one. */
  fixedVersion?: string;
  /** The key-file version that decided the verdict, normalised (`05.1.2600.0200` → `5.1.2600.200`). */
  version?: string;
  /** Whether the Help and Support service is disabled (`service=disabled`). */
  serviceDisabled: boolean;
  problems: AnswerProblem[];
}

const YES_NO = new Set(['yes', 'no']);
const SERVICE_STATES = new Set(['disabled', 'enabled']);

/** The wizard product for `id`, never an inherited property (`?product=constructor`). */
export function lookupProduct(products: Readonly<Record<string, WizardProduct>>, id: string): WizardProduct | undefined {
  return Object.hasOwn(products, id) ? products[id] : undefined;
}

/**
 * The verdict for the answers, per the public contract; undefined until a product is given.
 * Not-affected and service-pack products ignore the other answers; for an affected product a
 * well-formed key-file version decides, else the registry key answer, else it is affected.
 */
export function decideVerdict(products: Readonly<Record<string, WizardProduct>>, answers: Answers): VerdictResult | undefined {
  const product = answers.product;
  if (!product) return undefined;
  const problems: AnswerProblem[] = [];
  const version = answers.helpctr === undefined ? undefined : parseVersion(answers.helpctr);
  if (answers.helpctr !== undefined && !version) problems.push({ param: 'helpctr', value: answers.helpctr });
  // Values are exact (the wizard writes them), so a link means one thing only.
  const { key, service } = answers;
  if (key !== undefined && !YES_NO.has(key)) problems.push({ param: 'key', value: key });
  if (service !== undefined && !SERVICE_STATES.has(service)) problems.push({ param: 'service', value: service });

  const base = { product, serviceDisabled: service === 'disabled', problems };
  const facts = lookupProduct(products, product);
  if (!facts) return { ...base, verdict: 'unknown', reason: product === SOMETHING_ELSE ? 'something-else' : 'unknown-product' };
  switch (facts.status) {
    case 'not-listed':
      return { ...base, verdict: 'unknown', reason: 'not-listed' };
    case 'not-affected':
      return { ...base, verdict: 'not-affected', reason: 'not-affected' };
    case 'patched':
      return { ...base, verdict: 'patched', reason: 'service-pack' };
    case 'affected': {
      const withFixed = { ...base, ...(facts.fixedVersion ? { fixedVersion: facts.fixedVersion } : {}) };
      const fixed = facts.fixedVersion === undefined ? undefined : parseVersion(facts.fixedVersion);
      if (version && fixed) {
        const given = { ...withFixed, version: version.join('.') };
        return isAtOrAbove(version, fixed)
          ? { ...given, verdict: 'patched', reason: 'version-fixed' }
          : { ...given, verdict: 'affected', reason: 'version-older' };
      }
      if (key === 'yes') return { ...withFixed, verdict: 'patched', reason: 'key-present' };
      return { ...withFixed, verdict: 'affected', reason: key === 'no' ? 'key-absent' : 'unchecked' };
    }
  }
}

/**
 * The answers worth keeping in a link: the product always; the machine's answers only for an affected
 * product, since nothing else reads them (so a changed product does not carry stale answers).
 */
export function relevantAnswers(products: Readonly<Record<string, WizardProduct>>, answers: Answers): Answers {
  if (!answers.product) return {};
  return lookupProduct(products, answers.product)?.status === 'affected' ? answers : { product: answers.product };
}

// ---- Texts -------------------------------------------------------------------------------------

/** The UI strings the verdict texts use; the pages pass them in, in their language. */
export const VERDICT_STRING_KEYS = [
  'verdict.affected',
  'verdict.patched',
  'verdict.not-affected',
  'verdict.unknown',
  'verdict.reason.not-affected',
  'verdict.reason.service-pack',
  'verdict.reason.version-fixed',
  'verdict.reason.version-older',
  'verdict.reason.key-present',
  'verdict.reason.key-absent',
  'verdict.reason.unchecked',
  'verdict.reason.unknown-product',
  'verdict.reason.something-else',
  'verdict.reason.not-listed',
  'verdict.problem.helpctr',
  'verdict.problem.key',
  'verdict.problem.service',
  'verdict.action.install',
  'verdict.action.installed',
  'verdict.action.service-pack',
  'verdict.action.not-affected',
  'verdict.action.identify',
  'verdict.ticket.bulletin',
  'verdict.ticket.kb',
  'verdict.ticket.cve',
  'verdict.ticket.product',
  'verdict.ticket.verdict',
  'verdict.ticket.verdictValue',
  'verdict.ticket.fixed',
  'verdict.ticket.fixedValue',
  'verdict.ticket.none',
  'verdict.ticket.action',
  'verdict.ticket.link',
] as const satisfies readonly UiKey[];
export type VerdictStrings = Readonly<Record<(typeof VERDICT_STRING_KEYS)[number], string>>;

// The one `{name}` filler lives with the UI strings; re-exported for the wizard's imports.
export { fill };

/** The product's name, or the id as given when the catalog has no such product. */
function productName(facts: WizardFacts, id: string): string {
  return lookupProduct(facts.products, id)?.name ?? id;
}

/** The verdict's label: Affected, Patched, … */
export function verdictLabel(result: VerdictResult, strings: VerdictStrings): string {
  return strings[`verdict.${result.verdict}`];
}

/** One plain sentence or two saying why. */
export function explainVerdict(result: VerdictResult, facts: WizardFacts, strings: VerdictStrings): string {
  return fill(strings[`verdict.reason.${result.reason}`], {
    bulletin: facts.bulletin.id,
    product: productName(facts, result.product),
    value: result.product,
    file: facts.bulletin.keyFile,
    version: result.version ?? '',
    fixed: result.fixedVersion ?? '',
  });
}

/** What to do, in one line. */
export function verdictAction(result: VerdictResult, facts: WizardFacts, strings: VerdictStrings): string {
  const product = lookupProduct(facts.products, result.product);
  const vars = {
    kb: facts.bulletin.kb,
    product: productName(facts, result.product),
    download: product?.download ?? facts.bulletin.wizardUrl,
    wizard: facts.bulletin.wizardUrl,
  };
  const key =
    result.verdict === 'affected' ? 'verdict.action.install'
    : result.reason === 'service-pack' ? 'verdict.action.service-pack'
    : result.verdict === 'patched' ? 'verdict.action.installed'
    : result.verdict === 'not-affected' ? 'verdict.action.not-affected'
    : 'verdict.action.identify';
  return fill(strings[key], vars);
}

/** A message for each answer that could not be used. */
export function problemMessages(result: VerdictResult, facts: WizardFacts, strings: VerdictStrings): string[] {
  return result.problems.map(({ param, value }) =>
    fill(strings[`verdict.problem.${param}`], { value, file: facts.bulletin.keyFile }),
  );
}

/** The block an agent pastes into a ticket: one `label: value` line per fact, ending with the link. */
export function ticketText(result: VerdictResult, facts: WizardFacts, strings: VerdictStrings, link: string): string {
  const { bulletin } = facts;
  const fixed = result.fixedVersion
    ? fill(strings['verdict.ticket.fixedValue'], { file: bulletin.keyFile, version: result.fixedVersion })
    : strings['verdict.ticket.none'];
  const lines: [keyof VerdictStrings, string][] = [
    ['verdict.ticket.bulletin', `${bulletin.id}: ${bulletin.title}`],
    ['verdict.ticket.kb', `KB${bulletin.kb}`],
    ['verdict.ticket.cve', bulletin.cves],
    ['verdict.ticket.product', productName(facts, result.product)],
    [
      'verdict.ticket.verdict',
      fill(strings['verdict.ticket.verdictValue'], { label: verdictLabel(result, strings), explanation: explainVerdict(result, facts, strings) }),
    ],
    ['verdict.ticket.fixed', fixed],
    ['verdict.ticket.action', verdictAction(result, facts, strings)],
    ['verdict.ticket.link', link],
  ];
  return lines.map(([label, value]) => `${strings[label]}: ${value}`).join('\n');
}

// ---- Build-time derivations (tree-shaken out of the browser bundle) ----------------------------

/** The wizard's view of every catalog product, in catalog order. */
export function wizardProducts(
  catalog: readonly Product[],
  facts: ReadonlyMap<string, ProductFacts>,
  lang: Lang,
): Record<string, WizardProduct> {
  const products: Record<string, WizardProduct> = {};
  for (const product of catalog) {
    const fact = facts.get(product.id);
    products[product.id] = {
      name: product.name[lang],
      status: fact?.status ?? 'not-listed',
      ...(fact?.fixedVersion ? { fixedVersion: fact.fixedVersion } : {}),
      ...(fact?.status === 'affected' && fact.download ? { download: fact.download } : {}),
    };
  }
  return products;
}

/** The facts the verdict texts need for one bulletin in one language; `wizardUrl` is absolute. */
export function wizardFacts(
  bulletin: Bulletin,
  facts: ReadonlyMap<string, ProductFacts>,
  catalog: readonly Product[],
  lang: Lang,
  wizardUrl: string,
): WizardFacts {
  return {
    bulletin: {
      id: bulletin.id,
      title: bulletin.title[lang],
      kb: bulletin.kb,
      cves: bulletin.vulnerabilities.map((v) => (v.id === v.cve ? v.cve : `${v.cve} (${v.id})`)).join(', '),
      keyFile: bulletin.keyFile,
      wizardUrl,
    },
    products: wizardProducts(catalog, facts, lang),
  };
}

/** The verdict strings in one language, from a translator such as useTranslations(lang). */
export function verdictStrings(translate: (key: (typeof VERDICT_STRING_KEYS)[number]) => string): VerdictStrings {
  return Object.fromEntries(VERDICT_STRING_KEYS.map((key) => [key, translate(key)])) as VerdictStrings;
}

/** The groups step 1 shows, in order: how a person thinks of their Windows version. */
export const PRODUCT_GROUPS = ['windows-xp', 'windows-64', 'windows-server-2003', 'older'] as const;
export type ProductGroup = (typeof PRODUCT_GROUPS)[number];

// Typed over the catalog's families, so a new family does not compile until it has a group.
const GROUP_OF_FAMILY: Readonly<Record<Product['family'], ProductGroup>> = {
  'windows-xp': 'windows-xp',
  'windows-xp-64': 'windows-64',
  'windows-server-2003': 'windows-server-2003',
  'windows-nt4': 'older',
  'windows-2000': 'older',
  'windows-9x': 'older',
};

/** The catalog's products by group, groups in PRODUCT_GROUPS order, products in catalog order; empty groups left out. */
export function groupProducts<P extends Pick<Product, 'family'>>(catalog: readonly P[]): { group: ProductGroup; products: P[] }[] {
  return PRODUCT_GROUPS.map((group) => ({ group, products: catalog.filter((p) => GROUP_OF_FAMILY[p.family] === group) })).filter(
    (entry) => entry.products.length > 0,
  );
}

/** The command that shows whether a registry key exists (`reg query` fails when it does not). */
export function regQueryCommand(key: string): string {
  return `reg query "${key}"`;
}

/** An anchor of the bulletin's prose, as a link target. */
export interface ProseLink {
  id: string;
  title: string;
}

/** The workarounds, in the prose's order. */
export function workaroundLinks(outline: Pick<ProseOutline, 'anchors'>): ProseLink[] {
  return outline.anchors.filter((a) => a.kind === 'workaround').map(({ id, title }) => ({ id, title }));
}

/** The questions nested in the section `sectionId` (the bulletin's FAQ is `faq`), in order. */
export function questionLinks(outline: Pick<ProseOutline, 'anchors'>, sectionId: string): ProseLink[] {
  const start = outline.anchors.findIndex((a) => a.kind === 'section' && a.id === sectionId);
  if (start < 0) return [];
  const { level } = outline.anchors[start]!;
  const links: ProseLink[] = [];
  for (const anchor of outline.anchors.slice(start + 1)) {
    if (anchor.kind === 'section' && anchor.level <= level) break;
    if (anchor.kind === 'faq') links.push({ id: anchor.id, title: anchor.title });
  }
  return links;
}
