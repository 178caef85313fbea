/**
 * The check page's state in its query string, so a result is a link for the ticket:
 * `?os={product}&ie={product}&office={product}&kb={n},{n}…`. KB numbers are written as digits, joined by
 * commas; reading also accepts `KB958644`, `Q147222`, spaces and new lines.
 */
import { hotfixNumber } from './inventory.ts';

export const CHECK_PARAMS = ['os', 'ie', 'office', 'kb'] as const;
export type CheckQuestion = Exclude<(typeof CHECK_PARAMS)[number], 'kb'>;
export const CHECK_QUESTIONS: readonly CheckQuestion[] = ['os', 'ie', 'office'];

export interface CheckQuery {
  os?: string;
  ie?: string;
  office?: string;
  /** Installed KB numbers, digits, each once, in the order given. */
  kbs: string[];
  /** What the query gives that cannot be read: a token of `kb` that is not a KB number. */
  unreadKbs: string[];
}

/** KB numbers from free text: `KB958644, 958644 Q147222` → `958644, 147222`; what is not one is returned apart. */
export function readKbList(text: string): { kbs: string[]; unread: string[] } {
  const kbs: string[] = [];
  const unread: string[] = [];
  for (const token of text.split(/[\s,;、，]+/).filter(Boolean)) {
    const kb = hotfixNumber(token);
    if (kb === undefined) unread.push(token);
    else if (!kbs.includes(kb)) kbs.push(kb);
  }
  return { kbs, unread };
}

export function parseCheckQuery(search: URLSearchParams): CheckQuery {
  const value = (name: string) => search.get(name)?.trim() || undefined;
  const { kbs, unread } = readKbList(search.getAll('kb').join(','));
  const query: CheckQuery = { kbs, unreadKbs: unread };
  for (const question of CHECK_QUESTIONS) {
    const id = value(question);
    if (id !== undefined) query[question] = id;
  }
  return query;
}

/** The query string for a state, parameters in a fixed order, empty ones left out. */
export function serialiseCheckQuery(query: Pick<CheckQuery, CheckQuestion | 'kbs'>): string {
  const search = new URLSearchParams();
  for (const question of CHECK_QUESTIONS) {
    const id = query[question];
    if (id) search.set(question, id);
  }
  if (query.kbs.length > 0) search.set('kb', query.kbs.join(','));
  const text = search.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
