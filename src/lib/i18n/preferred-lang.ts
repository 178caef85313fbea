import { DEFAULT_LANG, isLang, type Lang } from './langs.ts';

/** The site's language the browser ranks highest; Japanese when it ranks none of them. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
