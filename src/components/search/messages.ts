/**
 * What the search page says, from its UI strings (the page's language, passed in as data-strings):
 * the count in the status region, the notes on synonyms and missing words, the document title.
 */

/** The search page's UI strings, `{name}` placeholders unfilled. */
export interface SearchStrings {
  searching: string;
  countOne: string;
  countMany: string;
  none: string;
  noneHint: string;
  also: string;
  missing: string;
  error: string;
  documentTitle: string;
}

/** Fills `{name}` placeholders; an unknown one stays as written. */
export const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** The document title while `query` is shown: the search first, so a tab or a history entry says it. */
export function documentTitle(strings: SearchStrings, query: string, baseTitle: string): string {
  return query ? `${fill(strings.documentTitle, { query })} - ${baseTitle}` : baseTitle;
}

/** The status line once results are shown: how many there are, or that there are none and what to try. */
export function statusMessage(strings: SearchStrings, count: number, query: string): string {
  if (count === 0) return `${fill(strings.none, { query })} ${strings.noneHint}`;
  return fill(count === 1 ? strings.countOne : strings.countMany, { count, query });
}

/** The notes under the status: what else was searched for and what no page has; '' for none. */
export function notesMessage(strings: SearchStrings, answer: { expanded: readonly string[]; missing: readonly string[] }): string {
  return [
    answer.expanded.length > 0 ? fill(strings.also, { terms: answer.expanded.join(', ') }) : '',
    answer.missing.length > 0 ? fill(strings.missing, { terms: answer.missing.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
