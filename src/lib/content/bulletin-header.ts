/**
 * The header of a bulletin's page, one model for both kinds of bulletin: a curated one's (its YAML, in
 * the page's language) and an imported one's (its source's facts, in Japanese). BulletinHeader.astro
 * renders it, so both pages show the same facts the same way: id, headline, title, dates, version,
 * severity, KB and linked CVE ids. Pure.
 */
import type { Bulletin, Severity } from '../../schemas/bulletin.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';
import type { Lang } from '../i18n/langs.ts';

/** A text and the language it is written in, where it may differ from the page's. */
export interface HeaderText {
  text: string;
  lang: Lang;
}

/** What a bulletin page's header shows. */
export interface BulletinHeaderModel {
  /** `MS04-015`. */
  id: string;
  /** The source's headline ("Microsoft Security Bulletin MS04-015 - Important"), where the bulletin has one; else the severity is shown. */
  headline?: HeaderText;
  /** Whether the id is shown before the headline: not where the headline already names it, so it is not read twice. */
  showId: boolean;
  title: HeaderText;
  /** YYYY-MM-DD, where known. */
  published?: string;
  updated?: string;
  /** The bulletin's own version, where the source gives one. */
  version?: string;
  severity?: Severity;
  /** The main KB number, digits only. */
  kb?: string;
  /** Each CVE once, with the id as the source writes it (`CAN-2004-0199`). */
  cves: { id: string; cve: string }[];
}

/** Each CVE once, in the source's order. */
const uniqueCves = (vulnerabilities: readonly { id: string; cve: string }[]) =>
  [...new Map(vulnerabilities.map((v) => [v.cve, { id: v.id, cve: v.cve }])).values()];

/** A curated bulletin's header in a language; `facts` (its source's, where the corpus has it) gives the version. */
export function curatedHeader(bulletin: Bulletin, lang: Lang, facts?: Pick<CorpusFacts, 'version'>): BulletinHeaderModel {
  const headline = bulletin.headline[lang];
  return {
    id: bulletin.id,
    headline: { text: headline, lang },
    showId: !headline.includes(bulletin.id),
    title: { text: bulletin.title[lang], lang },
    published: bulletin.published,
    updated: bulletin.updated,
    ...(facts?.version ? { version: facts.version } : {}),
    severity: bulletin.severity,
    kb: bulletin.kb,
    cves: uniqueCves(bulletin.vulnerabilities),
  };
}

/** An imported bulletin's header: its facts, with the title in Japanese as the source gives it. */
export function importedHeader(facts: CorpusFacts): BulletinHeaderModel {
  return {
    id: facts.id,
    showId: true,
    title: { text: facts.title, lang: 'ja' },
    ...(facts.published ? { published: facts.published } : {}),
    ...(facts.updated ? { updated: facts.updated } : {}),
    ...(facts.version ? { version: facts.version } : {}),
    ...(facts.severity ? { severity: facts.severity } : {}),
    ...(facts.kb ? { kb: facts.kb } : {}),
    cves: uniqueCves(facts.vulnerabilities),
  };
}
