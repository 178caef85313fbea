/** The bulletin lists' filter rule, shared by the list script and its tests. No imports: a browser script uses it. */

/** Whether a row (its severity and space-separated family ids) passes the chosen filters ('' means any). */
export function rowMatches(row: { severity: string; families: string }, chosen: { severity: string; family: string }): boolean {
  return (!chosen.severity || row.severity === chosen.severity) && (!chosen.family || row.families.split(' ').includes(chosen.family));
}
