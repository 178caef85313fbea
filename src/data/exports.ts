/** The machine-readable forms of a page, for its `<link rel="alternate">` and its visible links. */
import { apiBulletinPath } from '../lib/exports/api.ts';
import { LANGS, type Lang } from '../lib/i18n/langs.ts';
import { t } from '../lib/i18n/translate.ts';
import { getBulletinCsaf } from './csaf.ts';
import { feedPath } from './feeds.ts';

/** One alternate form: its site path, media type, and the text of its link. */
export interface Alternate {
  href: string;
  type: string;
  /** The visible link's text. */
  label: string;
  /** The `<link>`'s title. */
  title: string;
}

/** A bulletin's JSON and CSAF documents: the page language's CSAF first, then the other's. */
export async function bulletinAlternates(lang: Lang, id: string): Promise<Alternate[]> {
  const csaf = await getBulletinCsaf(id);
  const json = { href: apiBulletinPath(id), type: 'application/json', label: t(lang, 'exports.json'), title: `${id} (JSON)` };
  const documents = [...LANGS]
    .filter((l) => csaf[l])
    .sort((a, b) => (a === lang ? -1 : b === lang ? 1 : 0))
    .map((l) => {
      const label = csaf.en ? t(lang, l === 'ja' ? 'exports.csafOriginal' : 'exports.csafTranslation') : t(lang, 'exports.csaf');
      return { href: csaf[l]!.path, type: 'application/json', label, title: `${id}: ${label}` };
    });
  return [json, ...documents];
}

/** The Atom feed of a language's newest bulletins, or of the bulletins that affect a product. */
export function feedAlternate(lang: Lang, product?: string): Alternate {
  const label = t(lang, product ? 'feed.productLink' : 'feed.link');
  return { href: feedPath(lang, product), type: 'application/atom+xml', label, title: label };
}
