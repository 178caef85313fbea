/** The site's URLs, built in one place: every path here is part of the public contract. */
import type { Lang } from '../schemas/common.ts';

export const bulletinSlug = (id: string) => id.toLowerCase();

export const homePath = (lang: Lang) => `/${lang}/`;
export const bulletinPath = (lang: Lang, id: string) => `/${lang}/bulletins/${bulletinSlug(id)}/`;
export const wizardPath = (lang: Lang, id: string) => `${bulletinPath(lang, id)}check/`;
export const verdictPath = (lang: Lang, id: string, product: string) => `${wizardPath(lang, id)}${product}/`;
export const searchPath = (lang: Lang) => `/${lang}/search/`;
export const kbPath = (lang: Lang, kb: string) => `/${lang}/kb/${kb}/`;
export const cvePath = (lang: Lang, cve: string) => `/${lang}/cve/${cve}/`;
export const productPath = (lang: Lang, product: string) => `/${lang}/products/${product}/`;

/** The same page in the other language (swap the leading language segment), or its home page. */
export function switchLangPath(pathname: string, to: Lang): string {
  return /^\/(ja|en)(\/|$)/.test(pathname) ? pathname.replace(/^\/(ja|en)/, `/${to}`) : homePath(to);
}

/** A Microsoft Knowledge Base article, at the address the source uses for every KB link. */
export const kbArticleUrl = (kb: string | number) => `https://support.microsoft.com/kb/${kb}`;

/** A Microsoft security bulletin's page, at the address pattern the source uses (…/bulletin/ms03-040). */
export const microsoftBulletinUrl = (id: string) => `https://technet.microsoft.com/security/bulletin/${id.toLowerCase()}`;
