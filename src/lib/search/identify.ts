/**
 * The bulletins a query names by identifier: a bulletin id (MS08-067, ms08067) names its bulletin
 * directly; a KB number (KB958644, 958644) names the bulletins that ship it, and a CVE or CAN id
 * (CVE-2008-4250, CAN-2003-0352) those that fix it, from the identifier table the home page's box uses
 * (/identifiers.json), which is fetched only when the query has one of these. Pure.
 */
import { bulletinsFixing, type IdentifierTable } from '../identifiers/identifiers.ts';
import type { QueryPlan } from './plan.ts';

/** The part of the identifier table (src/lib/identifiers/identifiers.ts) read here. */
export type LookupTable = Pick<IdentifierTable, 'bulletins' | 'kbs' | 'cves'>;

const BULLETIN = /^ms(\d\d)-(\d{3})$/;
const KB = /^(?:kb)?(\d{5,7})$/;
// plan.ts writes a CVE or CAN id as `cve-2008-4250` or `can-2003-0352`.
const CVE = /^(?:cve|can)-(\d{4}-\d{4,7})$/;

/** The KB numbers a plan names: `kb958644`, or a bare six-digit number. */
export function kbNumbers(plan: QueryPlan): string[] {
  const found = plan.concepts.filter((c) => c.kind === 'identifier').flatMap((c) => {
    const term = c.alternatives[0]?.term ?? '';
    const kb = KB.exec(term);
    return kb && (term.startsWith('kb') || kb[1]!.length === 6) ? [kb[1]!] : [];
  });
  return [...new Set(found)];
}

/** The CVE ids a plan names, in CVE form (`CVE-2003-0352` for `can-2003-0352`: a candidate kept its number). */
export function cveIds(plan: QueryPlan): string[] {
  const found = plan.concepts.filter((c) => c.kind === 'identifier').flatMap((c) => {
    const cve = CVE.exec(c.alternatives[0]?.term ?? '');
    return cve ? [`CVE-${cve[1]}`] : [];
  });
  return [...new Set(found)];
}

/** Whether the plan names anything only the identifier table can resolve (a KB number, a CVE or CAN id). */
export const needsTable = (plan: QueryPlan): boolean => kbNumbers(plan).length > 0 || cveIds(plan).length > 0;

/**
 * The bulletins the plan names, each once, as lower-case ids (the `bulletin` filter's values): bulletin
 * ids as they are; through `table` when there is one, the bulletins that ship a KB number (newest
 * first, as the KB page lists them) and those that fix a CVE (oldest first, as the CVE page lists them).
 */
export function namedBulletins(plan: QueryPlan, table?: LookupTable): string[] {
  const ids: string[] = [];
  for (const c of plan.concepts) {
    if (c.kind !== 'identifier') continue;
    const term = c.alternatives[0]?.term ?? '';
    if (BULLETIN.test(term)) ids.push(term);
    if (!table) continue;
    const [kb] = kbNumbers({ query: '', concepts: [c] });
    if (kb !== undefined && Object.hasOwn(table.kbs, kb)) ids.push(...table.kbs[kb]!.map((id) => id.toLowerCase()));
    const [cve] = cveIds({ query: '', concepts: [c] });
    if (cve !== undefined) ids.push(...bulletinsFixing(table, cve).map((id) => id.toLowerCase()));
  }
  return [...new Set(ids)];
}

/** Whether the query is identifiers and nothing else (`MS08-067`, `KB958644 CVE-2008-4250`): the page it names is the answer. */
export const identifiersOnly = (plan: QueryPlan): boolean =>
  plan.concepts.length > 0 && plan.concepts.every((c) => c.kind === 'identifier');
