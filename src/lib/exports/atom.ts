/**
 * Atom 1.0 feeds (RFC 4287) of the bulletins: the newest per language, and per product. Pure: the pages
 * pass the entries. Every text is escaped; every link is absolute. Dates are the bulletins' own (no build
 * time), so the same content always gives the same feed.
 */
import type { Lang } from '../i18n/langs.ts';

/** How many bulletins a feed lists: the newest. */
export const FEED_SIZE = 50;

/** One bulletin in a feed. */
export interface AtomEntry {
  /** Absolute URL of the bulletin's page in the feed's language: the entry's id and its link. */
  url: string;
  title: string;
  /** The title's language where it differs from the feed's (an untranslated bulletin in the English feed). */
  titleLang?: Lang;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD: the last update, or the published date. */
  updated: string;
  summary?: string;
  summaryLang?: Lang;
  /** Category terms: the severity, the CVE ids. */
  categories?: string[];
}

/** A feed. */
export interface AtomFeed {
  lang: Lang;
  /** Absolute URL of the feed itself: its id and its `self` link. */
  selfUrl: string;
  /** Absolute URL of the page it follows (the home page, the product page). */
  pageUrl: string;
  title: string;
  subtitle?: string;
  /** The author of every entry: Microsoft, who wrote the bulletins. */
  author: string;
  /** The feed's rights statement (the source's license). */
  rights: string;
  entries: readonly AtomEntry[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML content and attribute values; characters XML 1.0 does not allow are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A date of the source (YYYY-MM-DD) as an RFC 3339 date-time: the source gives no time, so midnight UTC. */
export const atomDate = (date: string) => `${date}T00:00:00Z`;

const text = (name: string, value: string, lang?: Lang) => `<${name} type="text"${lang ? ` xml:lang="${lang}"` : ''}>${escapeXml(value)}</${name}>`;

/** The feed as an Atom 1.0 document. Its `updated` is the newest entry's (or, empty, the epoch). */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).reduce((a, b) => (b > a ? b : a), '1970-01-01');
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.url)}</id>`,
      `    ${text('title', entry.title, entry.titleLang)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <published>${atomDate(entry.published)}</published>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      ...(entry.summary ? [`    ${text('summary', entry.summary, entry.summaryLang)}`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  ${text('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${text('subtitle', feed.subtitle)}`] : []),
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  ${text('rights', feed.rights)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
