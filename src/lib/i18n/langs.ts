/**
 * The site's languages. The list is written once, beside the schemas (src/schemas/langs.ts), and
 * re-exported here: astro.config.mjs gives it to Astro's i18n routing and the code reads it from here;
 * a unit test (langs.test.ts) fails where another file spells the list out. Plain TypeScript whose only
 * import is that list, so the config and browser scripts can load it.
 */
import { LANGS, type Lang } from '../../schemas/langs.ts';

export { LANGS, type Lang } from '../../schemas/langs.ts';

/** The language of pages outside `/{lang}/` (`/`, `/404.html`), and of `/` without JavaScript. */
export const DEFAULT_LANG: Lang = LANGS[0];

/** Whether `value` is one of the site's languages (a route segment, a `data-lang` attribute). */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Each language's regional locale, for dates (Intl) and Open Graph (`ja_JP`). */
export const REGIONAL_LOCALE: Readonly<Record<Lang, string>> = { ja: 'ja-JP', en: 'en-US' };

/** A regular-expression alternation of the languages (`ja|en`), for matching a path's language segment. */
export const LANG_ALTERNATION = LANGS.join('|');
