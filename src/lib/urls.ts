/**
 * The site's URLs, built in one place: every path here is part of the public contract. Pages, components
 * and scripts build links only through these functions.
 */
import { LANG_ALTERNATION, type Lang } from './i18n/langs.ts';

/** A path's leading language segment (`/ja` of `/ja/kb/`), followed by `/` or the end. */
export const LANG_SEGMENT = new RegExp(`^/(?:${LANG_ALTERNATION})(?=/|$)`);

export const bulletinSlug = (id: string) => id.toLowerCase();

/** The section anchors the contract promises on a bulletin page, wherever the bulletin has that section. */
export const CONTRACT_ANCHORS = [
  'summary',
  'affected-software',
  'non-affected-software',
  'severity',
  'faq',
  'vulnerability-details',
  'mitigating-factors',
  'workarounds',
  'update-information',
  'revisions',
] as const;
export type ContractAnchor = (typeof CONTRACT_ANCHORS)[number];

export const homePath = (lang: Lang) => `/${lang}/`;
export const bulletinPath = (lang: Lang, id: string) => `/${lang}/bulletins/${bulletinSlug(id)}/`;
/** A place in a bulletin, by its contract anchor (`#workarounds`, `#faq-cause`). */
export const bulletinAnchorPath = (lang: Lang, id: string, anchor: string) => `${bulletinPath(lang, id)}#${anchor}`;
export const wizardPath = (lang: Lang, id: string) => `${bulletinPath(lang, id)}check/`;
export const verdictPath = (lang: Lang, id: string, product: string) => `${wizardPath(lang, id)}${product}/`;
export const searchPath = (lang: Lang) => `/${lang}/search/`;
export const kbPath = (lang: Lang, kb: string) => `/${lang}/kb/${kb}/`;
export const cvePath = (lang: Lang, cve: string) => `/${lang}/cve/${cve}/`;
export const productPath = (lang: Lang, product: string) => `/${lang}/products/${product}/`;

/** The index pages: every KB, every CVE, every product. */
export const kbIndexPath = (lang: Lang) => `/${lang}/kb/`;
export const cveIndexPath = (lang: Lang) => `/${lang}/cve/`;
export const productIndexPath = (lang: Lang) => `/${lang}/products/`;
/** "What does this machine need?" (its state in the query string: src/lib/check/query.ts). */
export const checkPath = (lang: Lang) => `/${lang}/check/`;

/** The anchor of a product family's list on the product index (`family-windows-xp`). */
export const productFamilyAnchor = (family: string) => `family-${family}`;
/** A product family's list on the product index. */
export const productFamilyPath = (lang: Lang, family: string) => `${productIndexPath(lang)}#${productFamilyAnchor(family)}`;

/** The search page for `text`, as the plain form would submit it (`?q=`); the bare page when empty. */
export function searchUrl(lang: Lang, text: string): string {
  const query = text.trim();
  return query ? `${searchPath(lang)}?${new URLSearchParams({ q: query })}` : searchPath(lang);
}

/** The same page in the other language (swap the leading language segment), or its home page. */
export function switchLangPath(pathname: string, to: Lang): string {
  return LANG_SEGMENT.test(pathname) ? pathname.replace(LANG_SEGMENT, `/${to}`) : homePath(to);
}

const SITE_PATH = new RegExp(String.raw`^/(?:${LANG_ALTERNATION})/(?:[A-Za-z0-9][A-Za-z0-9-]*/)*(?:\?[^#\s]*)?$`);

/**
 * Whether a path stays on this site, in one language: the identifier box and redirects only ever go
 * to such paths. (No scheme, no `//host`, no `..`; a query is allowed for search.)
 */
export function isSitePath(path: string): boolean {
  return SITE_PATH.test(path);
}

/** A Microsoft Knowledge Base article, at the address the source uses for every KB link. */
export const kbArticleUrl = (kb: string | number) => `https://support.microsoft.com/kb/${kb}`;

/** A Microsoft security bulletin's page, at the address pattern the source uses (…/bulletin/ms03-040). */
export const microsoftBulletinUrl = (id: string) => `https://technet.microsoft.com/security/bulletin/${id.toLowerCase()}`;

/** Every bulletin, and one year's bulletins. */
export const bulletinIndexPath = (lang: Lang) => `/${lang}/bulletins/`;
export const bulletinYearPath = (lang: Lang, year: number) => `/${lang}/bulletins/${year}/`;
/** The bulletins of one severity or one product family, as static pages (the filters without JavaScript). */
export const bulletinSeverityPath = (lang: Lang, severity: string) => `/${lang}/bulletins/severity/${severity}/`;
export const bulletinFamilyPath = (lang: Lang, family: string) => `/${lang}/bulletins/family/${family}/`;

/** The search page limited to one bulletin (`&bulletin=ms09-062`), for `text` when given. */
export function bulletinSearchUrl(lang: Lang, id: string, text = ''): string {
  const params = new URLSearchParams();
  if (text.trim()) params.set('q', text.trim());
  params.set('bulletin', bulletinSlug(id));
  return `${searchPath(lang)}?${params}`;
}

/** Microsoft's published page of a bulletin on Microsoft Learn, in Japanese or English. */
export function microsoftLearnUrl(lang: Lang, id: string, year: number): string {
  return `https://learn.microsoft.com/${lang === 'ja' ? 'ja-jp' : 'en-us'}/security-updates/securitybulletins/${year}/${bulletinSlug(id)}`;
}

/**
 * A site path made absolute on the site's URL (`https://bulletins.example.org` + `/ja/feed.xml`), for the
 * feeds, the API and the CSAF files. Trailing slashes of the site URL (`SITE_URL` may be written with
 * one) are dropped, so the path's own `/` is the only one. An empty path gives the site URL itself.
 */
export function absoluteUrl(site: string, path: string): string {
  return `${site.replace(/\/+$/, '')}${path}`;
}

/** The license the corpus is published under. */
export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The identifier box's table of every bulletin id, KB number, CVE id and product. */
export const IDENTIFIERS_PATH = '/identifiers.json';
