/** What the middleware puts in `Astro.locals` for one page: its language and a translator bound to it. */
import { DEFAULT_LANG, isLang, type Lang } from './langs.ts';
import { useTranslations } from './translate.ts';

export interface LangLocals {
  /** The page's language: its `[lang]` route segment, or DEFAULT_LANG (`ja`) for pages outside one. */
  lang: Lang;
  /** The UI string table of that language, with `{name}` placeholders filled. */
  t: ReturnType<typeof useTranslations>;
}

/** The locals for a page whose `[lang]` segment is `segment` (undefined outside `/{lang}/`). */
export function localsFor(segment: string | undefined): LangLocals {
  const lang = isLang(segment) ? segment : DEFAULT_LANG;
  return { lang, t: useTranslations(lang) };
}
