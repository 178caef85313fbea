/**
 * The texts built from a verdict, in the page's language: its label, the explanation, what to do, the
 * messages about unusable answers and the block for a ticket. The pages pass the UI strings in (the
 * browser never loads the string tables), so this imports only types besides the status vocabulary.
 */
import type { UiKey } from '../i18n/translate.ts';
import type { VerdictResult } from './decide.ts';
import type { Answers } from './query.ts';
import { STATUS_LABELS, statusLabel } from './status.ts';
import { lookupProduct, type WizardFacts } from './wizard-facts.ts';

/** The UI strings the verdict texts use; the pages pass them in, in their language. */
export const VERDICT_STRING_KEYS = [
  ...Object.values(STATUS_LABELS.verdict),
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
  'verdict.problem.version',
  'verdict.problem.key',
  'verdict.problem.situation',
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
  'verdict.problem.or',
  'verdict.answers.keyPresent',
  'verdict.answers.keyAbsent',
] as const satisfies readonly UiKey[];
export type VerdictStringKey = (typeof VERDICT_STRING_KEYS)[number];
export type VerdictStrings = Readonly<Record<VerdictStringKey, string>>;

/** The verdict strings in one language, from a translator such as useTranslations(lang). */
export function verdictStrings(translate: (key: VerdictStringKey) => string): VerdictStrings {
  return Object.fromEntries(VERDICT_STRING_KEYS.map((key) => [key, translate(key)])) as VerdictStrings;
}

/** Fills `{name}` placeholders in one pass, so a value that itself contains `{…}` stays as given. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? vars[name]! : whole));
}

/** The product's name, or the id as given when the catalog has no such product. */
function productName(facts: WizardFacts, id: string): string {
  return lookupProduct(facts.products, id)?.name ?? id;
}

/** The verdict's label: Affected, Patched, … */
export function verdictLabel(result: Pick<VerdictResult, 'verdict'>, strings: VerdictStrings): string {
  return strings[statusLabel('verdict', result.verdict) as VerdictStringKey];
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
  return result.problems.map(({ param, value }) => {
    if (param === 'version' || param === 'key') return fill(strings[`verdict.problem.${param}`], { value, file: facts.bulletin.keyFile });
    const situation = facts.bulletin.situations.find((s) => s.param === param);
    const answers = situation?.values.join(strings['verdict.problem.or']) ?? '';
    return fill(strings['verdict.problem.situation'], { value, question: situation?.question ?? param, answers });
  });
}

/** The block an agent pastes into a ticket: one `label: value` line per fact, ending with the link. */
export function ticketText(result: VerdictResult, facts: WizardFacts, strings: VerdictStrings, link: string): string {
  const { bulletin } = facts;
  const fixed = result.fixedVersion
    ? fill(strings['verdict.ticket.fixedValue'], { file: bulletin.keyFile, version: result.fixedVersion })
    : strings['verdict.ticket.none'];
  const lines: [VerdictStringKey, string][] = [
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

/**
 * The answers a verdict was decided on, in one line, for a page opened from a link: the product, the
 * key file's version, the registry key and each situation's answer, as the form words them.
 */
export function answersSummary(result: VerdictResult, answers: Answers, facts: WizardFacts, strings: VerdictStrings): string {
  const product = lookupProduct(facts.products, result.product);
  const parts = [product?.name ?? result.product];
  // Only an affected product's verdict reads the machine's answers.
  if (product?.status !== 'affected') return parts[0]!;
  if (result.version) parts.push(`${facts.bulletin.keyFile} ${result.version}`);
  const key = answers['key'];
  if (key === 'yes') parts.push(strings['verdict.answers.keyPresent']);
  if (key === 'no') parts.push(strings['verdict.answers.keyAbsent']);
  for (const situation of facts.bulletin.situations) {
    const value = answers[situation.param];
    const label = value === undefined ? undefined : situation.labels[value];
    if (label) parts.push(label);
  }
  return parts.join(' · ');
}
