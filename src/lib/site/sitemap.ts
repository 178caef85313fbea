/** sitemap.xml for the built pages, with each page's other-language alternate. */
import { LANGS } from '../i18n/langs.ts';
import { LANG_SEGMENT } from '../urls.ts';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Normalises Astro's page pathnames (`ja/bulletins/ms04-015/`, `` for the root) to `/ja/bulletins/ms04-015/`. */
export function toPath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A sitemap of the language pages (`/ja/…`, `/en/…`), sorted, each with its counterpart as an alternate. */
export function buildSitemap(site: string, paths: readonly string[]): string {
  const pages = [...new Set(paths.map(toPath))].filter((p) => LANG_SEGMENT.test(p)).sort();
  const available = new Set(pages);
  const url = (path: string) => escapeXml(new URL(path, site).href);
  const entries = pages.map((path) => {
    const alternates = LANGS
      .map((lang) => path.replace(LANG_SEGMENT, `/${lang}`))
      .filter((alt) => available.has(alt))
      .map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt.slice(1, 3)}" href="${url(alt)}"/>`);
    return [`  <url>`, `    <loc>${url(path)}</loc>`, ...alternates, `  </url>`].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
