/**
 * What the wizard and the verdict pages know about one bulletin, in one language: small enough to ship
 * as JSON to the wizard's script. The types are shared with the browser; the projections that build
 * them from the content run at build time only (the script imports types from here, nothing else).
 */
import type { ProductFacts, ProductStatus } from '../content/bulletin-facts.ts';
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Product } from '../../schemas/product.ts';

/** A catalog product the bulletin does not mention: the data cannot say either way. */
export type WizardStatus = ProductStatus | 'not-listed';

/** What the wizard knows about one product. */
export interface WizardProduct {
  name: string;
  status: WizardStatus;
  /** The lowest fixed version of the bulletin's key file (affected products). */
  fixedVersion?: string;
  /** Its download page (affected products). */
  download?: string;
}

/** A situation the wizard asks about (declared in the bulletin's `wizard.situations`). */
export interface WizardSituation {
  /** The id caveats name with `when`; callouts carry it as `data-when`. */
  id: string;
  /** Its query parameter. */
  param: string;
  /** The question, for the message about an answer that is not one of `values`. */
  question: string;
  /** Every answer's value, in order. */
  values: string[];
  /** The values that mean the situation holds. */
  holds: string[];
  /** The label of each answer, by value, for the summary of a link's answers. */
  labels: Record<string, string>;
}

/** The bulletin-level facts the verdict and its texts need. */
export interface WizardBulletin {
  id: string;
  title: string;
  kb: string;
  /** The CVE ids, as the ticket shows them. */
  cves: string;
  keyFile: string;
  /** The wizard's absolute URL, without a query. */
  wizardUrl: string;
  /** Older names of the `version` parameter that links may use (MS04-015: `helpctr`). */
  versionAliases: string[];
  situations: WizardSituation[];
}

/** Everything the verdict and its texts need; the wizard page embeds it as JSON for its script. */
export interface WizardFacts {
  bulletin: WizardBulletin;
  products: Readonly<Record<string, WizardProduct>>;
}

/** The wizard product for `id`, never an inherited property (`?product=constructor`). */
export function lookupProduct(products: Readonly<Record<string, WizardProduct>>, id: string): WizardProduct | undefined {
  return Object.hasOwn(products, id) ? products[id] : undefined;
}

// ---- Build time ----------------------------------------------------------------------------------

/** The wizard's view of every catalog product, in catalog order. */
export function wizardProducts(
  catalog: readonly Pick<Product, 'id' | 'name'>[],
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

/** The bulletin's situations, as the verdict reads them. */
export function wizardSituations(bulletin: Bulletin, lang: Lang): WizardSituation[] {
  return bulletin.wizard.situations.map((s) => ({
    id: s.id,
    param: s.param,
    question: s.question[lang],
    values: s.answers.map((a) => a.value),
    holds: s.answers.filter((a) => a.holds).map((a) => a.value),
    labels: Object.fromEntries(s.answers.map((a) => [a.value, a.label[lang]])),
  }));
}

/** The facts the verdict texts need for one bulletin in one language; `wizardUrl` is absolute. */
export function wizardFacts(
  bulletin: Bulletin,
  facts: ReadonlyMap<string, ProductFacts>,
  catalog: readonly Pick<Product, 'id' | 'name'>[],
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
      versionAliases: bulletin.wizard.versionAliases,
      situations: wizardSituations(bulletin, lang),
    },
    products: wizardProducts(catalog, facts, lang),
  };
}
