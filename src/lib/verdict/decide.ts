/**
 * The verdict for one product and a machine's answers, per the public contract. Pure and small: the
 * wizard's script and the static verdict pages both run it.
 */
import { isAtOrAbove, parseVersion } from '../versions.ts';
import { SOMETHING_ELSE, type Answers } from './query.ts';
import { lookupProduct, type WizardFacts } from './wizard-facts.ts';

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

/** An answer that could not be used: its parameter and the text given (shown back to the reader as text). */
export interface AnswerProblem {
  param: string;
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
  /** The ids of the situations the answers say hold on the machine, in the bulletin's order. */
  situations: string[];
  problems: AnswerProblem[];
}

const YES_NO = new Set(['yes', 'no']);

/**
 * The verdict for the answers; undefined until a product is given. Not-affected and service-pack
 * products ignore the other answers; for an affected product a well-formed key-file version decides,
 * else the registry key answer, else it is affected. Situations never change the verdict, only advice.
 */
export function decideVerdict(facts: WizardFacts, answers: Answers): VerdictResult | undefined {
  const product = answers['product'];
  if (!product) return undefined;
  const problems: AnswerProblem[] = [];
  const given = answers['version'];
  const version = given === undefined ? undefined : parseVersion(given);
  if (given !== undefined && !version) problems.push({ param: 'version', value: given });
  // Values are exact (the wizard writes them), so a link means one thing only.
  const key = answers['key'];
  if (key !== undefined && !YES_NO.has(key)) problems.push({ param: 'key', value: key });
  const situations: string[] = [];
  for (const situation of facts.bulletin.situations) {
    const value = answers[situation.param];
    if (value === undefined) continue;
    if (!situation.values.includes(value)) problems.push({ param: situation.param, value });
    else if (situation.holds.includes(value)) situations.push(situation.id);
  }

  const base = { product, situations, problems };
  const entry = lookupProduct(facts.products, product);
  if (!entry) return { ...base, verdict: 'unknown', reason: product === SOMETHING_ELSE ? 'something-else' : 'unknown-product' };
  switch (entry.status) {
    case 'not-listed':
      return { ...base, verdict: 'unknown', reason: 'not-listed' };
    case 'not-affected':
      return { ...base, verdict: 'not-affected', reason: 'not-affected' };
    case 'patched':
      return { ...base, verdict: 'patched', reason: 'service-pack' };
    case 'affected': {
      const withFixed = { ...base, ...(entry.fixedVersion ? { fixedVersion: entry.fixedVersion } : {}) };
      const fixed = entry.fixedVersion === undefined ? undefined : parseVersion(entry.fixedVersion);
      if (version && fixed) {
        const compared = { ...withFixed, version: version.join('.') };
        return isAtOrAbove(version, fixed)
          ? { ...compared, verdict: 'patched', reason: 'version-fixed' }
          : { ...compared, verdict: 'affected', reason: 'version-older' };
      }
      if (key === 'yes') return { ...withFixed, verdict: 'patched', reason: 'key-present' };
      return { ...withFixed, verdict: 'affected', reason: key === 'no' ? 'key-absent' : 'unchecked' };
    }
  }
}
