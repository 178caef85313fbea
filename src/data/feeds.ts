/**
 * The Atom feeds: the newest bulletins per language (`/{lang}/feed.xml`) and, per product, the newest
 * bulletins that affect it (`/{lang}/products/{id}/feed.xml`), from the same listings as the pages.
 */
import { atomFeed, FEED_SIZE, type AtomEntry } from '../lib/exports/atom.ts';
import type { Lang } from '../lib/i18n/langs.ts';
import { t } from '../lib/i18n/translate.ts';
import { bulletinOrder } from '../lib/identifiers/bulletin-id.ts';
import { absoluteUrl, bulletinPath, homePath, productPath } from '../lib/urls.ts';
import { getExportFacts, listingTitle, type BulletinListing } from './corpus.ts';
import { getAnyProduct } from './products.ts';
import { bulletinsAffecting } from './bulletin-products.ts';

const SITE = import.meta.env.SITE;
const factsById = new Map(getExportFacts().map((facts) => [facts.id, facts]));

/** The site path of a feed: the language's, or a product's. */
export const feedPath = (lang: Lang, product?: string) => (product ? `${productPath(lang, product)}feed.xml` : `${homePath(lang)}feed.xml`);

function entry(lang: Lang, listing: BulletinListing): AtomEntry {
  const facts = factsById.get(listing.id);
  const published = listing.published ?? facts?.published;
  // Every bulletin has a published date (the importer requires one): an entry without a date would not be Atom.
  if (!published) throw new Error(`${listing.id}: no published date for its feed entry. Give the bulletin its date (content/corpus-exceptions.yaml cannot excuse it here).`);
  const title = listingTitle(listing, lang);
  const updated = facts?.updated && facts.updated > published ? facts.updated : published;
  return {
    url: absoluteUrl(SITE, bulletinPath(lang, listing.id)),
    title: `${listing.id}: ${title.text}`,
    ...(title.lang !== lang ? { titleLang: title.lang } : {}),
    published,
    updated,
    ...(facts?.summary ? { summary: facts.summary, ...(lang !== 'ja' ? { summaryLang: 'ja' as const } : {}) } : {}),
    categories: [...(listing.severity ? [listing.severity] : []), ...listing.cves],
  };
}

const newest = (listings: readonly BulletinListing[]) => [...listings].sort((a, b) => bulletinOrder(b.id) - bulletinOrder(a.id)).slice(0, FEED_SIZE);

const common = (lang: Lang) => ({ lang, author: t(lang, 'feed.author'), rights: t(lang, 'feed.rights') });

/** `/{lang}/feed.xml`. */
export function languageFeed(lang: Lang, listings: readonly BulletinListing[]): string {
  return atomFeed({
    ...common(lang),
    selfUrl: absoluteUrl(SITE, feedPath(lang)),
    pageUrl: absoluteUrl(SITE, homePath(lang)),
    title: t(lang, 'feed.title'),
    subtitle: t(lang, 'feed.subtitle', { count: FEED_SIZE }),
    entries: newest(listings).map((l) => entry(lang, l)),
  });
}

/** `/{lang}/products/{id}/feed.xml`. */
export function productFeed(lang: Lang, product: string): string {
  const name = getAnyProduct(product)!.name[lang];
  return atomFeed({
    ...common(lang),
    selfUrl: absoluteUrl(SITE, feedPath(lang, product)),
    pageUrl: absoluteUrl(SITE, productPath(lang, product)),
    title: t(lang, 'feed.product', { product: name }),
    entries: newest(bulletinsAffecting(product)).map((l) => entry(lang, l)),
  });
}
