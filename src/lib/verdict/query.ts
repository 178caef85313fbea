/**
 * The wizard's state in its query string (`?product=…&version=…&key=yes|no`, then one parameter per
 * situation the bulletin declares), so a verdict is a link. Reading and writing only: the answers stay
 * raw strings here, and decide.ts says which ones it can use.
 */
import { lookupProduct, type WizardFacts, type WizardSituation } from './wizard-facts.ts';

/** The parameters every bulletin's wizard has, in the order links write them. */
export const FIXED_QUERY_PARAMS = ['product', 'version', 'key'] as const;

/** The answers as given, by parameter name: raw, trimmed, non-empty strings. */
export type Answers = Readonly<Partial<Record<string, string>>>;

/** What one bulletin's wizard reads: its situations' parameters and the older names of `version`. */
export interface QuerySpec {
  versionAliases: readonly string[];
  situations: readonly Pick<WizardSituation, 'param'>[];
}

/** The "something else" choice of step 1: never a catalog id, so it always leads to `unknown`. */
export const SOMETHING_ELSE = 'other';

/** Every parameter the wizard writes, in order. */
export function queryParams(spec: QuerySpec): string[] {
  return [...FIXED_QUERY_PARAMS, ...spec.situations.map((s) => s.param)];
}

/** Reads the answers from a query string; empty values count as not given, an alias stands for `version`. */
export function parseQuery(search: string, spec: QuerySpec): Answers {
  const params = new URLSearchParams(search);
  const read = (name: string) => params.get(name)?.trim() || undefined;
  const answers: Record<string, string> = {};
  for (const name of queryParams(spec)) {
    const value = name === 'version' ? [name, ...spec.versionAliases].map(read).find(Boolean) : read(name);
    if (value) answers[name] = value;
  }
  return answers;
}

/** Writes the answers as a query string in a fixed order (`''` when there are none). */
export function serialiseQuery(answers: Answers, spec: QuerySpec): string {
  const params = new URLSearchParams();
  for (const name of queryParams(spec)) {
    const value = answers[name]?.trim();
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The query string with an older name of `version` (`helpctr`) renamed to `version` where it stands,
 * for the address bar; undefined when there is nothing to rename. Other parameters stay as they are.
 */
export function renameVersionAliases(search: string, spec: Pick<QuerySpec, 'versionAliases'>): string | undefined {
  const params = new URLSearchParams(search);
  if (!spec.versionAliases.some((alias) => params.has(alias))) return undefined;
  const renamed = new URLSearchParams();
  for (const [name, value] of params) {
    if (!spec.versionAliases.includes(name)) renamed.append(name, value);
    // The first one given stands for `version`, unless `version` itself is there (it wins, as parseQuery reads it).
    else if (!params.has('version') && !renamed.has('version')) renamed.append('version', value);
  }
  const query = renamed.toString();
  return query ? `?${query}` : '';
}

/**
 * The answers worth keeping in a link: the product always; the machine's answers only for an affected
 * product, since nothing else reads them (so a changed product does not carry stale answers).
 */
export function relevantAnswers(facts: Pick<WizardFacts, 'products'>, answers: Answers): Answers {
  if (!answers['product']) return {};
  return lookupProduct(facts.products, answers['product'])?.status === 'affected' ? answers : { product: answers['product'] };
}
