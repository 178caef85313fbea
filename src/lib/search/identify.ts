/**
 * The bulletins a query names by identifier: a bulletin id (MS08-067, ms08067) names its bulletin
 * directly; a KB number (KB958644, 958644) names the bulletins that ship it, from the identifier table
 * the home page's box uses (/identifiers.json), which is fetched only when the query has one. CVE and
 * CAN ids are found by Pagefind in the bulletins' headers and ranked there (rank.ts). Pure.
 */
import type { QueryPlan } from './plan.ts';

/** The part of the identifier table (src/lib/identifiers/identifiers.ts) read here. */
export interface KbTable {
  /** KB number → the ids of the bulletins that ship it. */
  kbs: Readonly<Record<string, readonly string[]>>;
}

const BULLETIN = /^ms(\d\d)-(\d{3})$/;
const KB = /^(?:kb)?(\d{5,7})$/;

/** The KB numbers a plan names: `kb958644`, or a bare six-digit number. */
export function kbNumbers(plan: QueryPlan): string[] {
  const found = plan.concepts.filter((c) => c.kind === 'identifier').flatMap((c) => {
    const term = c.alternatives[0]?.term ?? '';
    const kb = KB.exec(term);
    return kb && (term.startsWith('kb') || kb[1]!.length === 6) ? [kb[1]!] : [];
  });
  return [...new Set(found)];
}

/**
 * The bulletins the plan names, as lower-case ids (the `bulletin` filter's values), in the order
 * typed: bulletin ids as they are, KB numbers through `table` when there is one.
 */
export function namedBulletins(plan: QueryPlan, table?: KbTable): string[] {
  const ids: string[] = [];
  for (const c of plan.concepts) {
    if (c.kind !== 'identifier') continue;
    const term = c.alternatives[0]?.term ?? '';
    if (BULLETIN.test(term)) ids.push(term);
    const kb = KB.exec(term);
    if (kb && table && Object.hasOwn(table.kbs, kb[1]!) && kbNumbers({ query: '', concepts: [c] }).length > 0) {
      ids.push(...table.kbs[kb[1]!]!.map((id) => id.toLowerCase()));
    }
  }
  return [...new Set(ids)];
}

/** Whether the query is identifiers and nothing else (`MS08-067`, `KB958644 CVE-2008-4250`): the page it names is the answer. */
export const identifiersOnly = (plan: QueryPlan): boolean =>
  plan.concepts.length > 0 && plan.concepts.every((c) => c.kind === 'identifier');
