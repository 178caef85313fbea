/** UI strings: one flat table per language, checked at load so the languages cannot drift. */
import { LANGS, REGIONAL_LOCALE, type Lang } from './langs.ts';
import { fill } from './template.ts';
import en from '../../i18n/en.ts';
import ja from '../../i18n/ja.ts';

export type UiKey = keyof typeof ja;
type Table = Readonly<Record<string, string>>;

/** Keys that one table has and the other lacks, as messages; empty when they match. */
export function tableDrift(tables: Readonly<Record<string, Table>>): string[] {
  const langs = Object.keys(tables);
  const all = new Set(langs.flatMap((lang) => Object.keys(tables[lang]!)));
  return [...all].flatMap((key) =>
    langs.filter((lang) => !(key in tables[lang]!)).map((lang) => `src/i18n/${lang}.ts is missing "${key}". Add it.`),
  );
}

// ja may leave a key empty only where a string exists for English readers alone.
const EMPTY_ALLOWED: readonly string[] = ['bulletin.translationNotice'];

const tables: Record<Lang, Table> = { ja, en };

const drift = [
  ...tableDrift(tables),
  ...LANGS.flatMap((lang) =>
    Object.entries(tables[lang])
      .filter(([key, value]) => value === '' && !(lang === 'ja' && EMPTY_ALLOWED.includes(key)))
      .map(([key]) => `src/i18n/${lang}.ts has an empty "${key}". Write the text.`),
  ),
];
if (drift.length > 0) throw new Error(`The UI strings have drifted:\n  ${drift.join('\n  ')}`);

/** The raw templates (placeholders unfilled) of every key that starts with `prefix`, for a script that fills them in the browser. */
export function uiTemplates(lang: Lang, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(tables[lang]).filter(([key]) => key.startsWith(prefix)));
}

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(tables[lang][key]!, vars);
}

/** A translator bound to one language. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, vars?: Readonly<Record<string, string | number>>) => t(lang, key, vars);
}

/** The other language (the site has two). */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((other) => other !== lang)!;
}

const DATE_FORMATS = Object.fromEntries(
  LANGS.map((lang) => [lang, new Intl.DateTimeFormat(REGIONAL_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' })]),
) as Record<Lang, Intl.DateTimeFormat>;

/** A YYYY-MM-DD date as readers of `lang` write it: 2004年5月12日, May 12, 2004. */
export function formatDate(lang: Lang, isoDate: string): string {
  return DATE_FORMATS[lang].format(new Date(`${isoDate}T00:00:00Z`));
}

/** A YYYY-MM-DD date as the source's tables write it, in both languages: 2004/04/15. */
export function formatTableDate(isoDate: string): string {
  return isoDate.replaceAll('-', '/');
}

/** A byte count with thousands separators, as the source writes sizes: 782,848. */
export function formatSize(bytes: number): string {
  return String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
