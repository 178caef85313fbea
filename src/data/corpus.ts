/**
 * The whole knowledge base as lists: every bulletin, curated or imported from the corpus, as one
 * listing (newest first), with its families for the filters and the bulletins it replaces and is
 * replaced by. A curated bulletin (content/bulletins/) is listed from its own facts; the corpus gives
 * the facts of every bulletin, the curated ones included, for the links between bulletins.
 */
import { getCollection } from 'astro:content';
import type { Severity } from '../schemas/bulletin.ts';
import type { CorpusFamily } from '../schemas/corpus-family.ts';
import { bulletinRelations, familiesOf, type BulletinRelations } from '../lib/corpus/catalog.ts';
import type { CorpusFacts, CorpusVulnerability } from '../schemas/corpus.ts';
import { bulletinOrder, bulletinYear } from '../lib/identifiers/bulletin-id.ts';
import { cveIndex, type CveClaim, type IdentifierTable } from '../lib/identifiers/identifiers.ts';
import type { Lang } from '../lib/i18n/langs.ts';
import { getSite, getTable } from './content.ts';
import { curatedFacts } from '../lib/content/curated-facts.ts';

/** One bulletin as the lists show it. */
export interface BulletinListing {
  /** `MS09-062`. */
  id: string;
  /** `ms09-062`. */
  slug: string;
  year: number;
  /** The title in Japanese, and in English where we have a translation (curated bulletins). */
  title: { ja: string; en?: string };
  severity?: Severity;
  kb?: string;
  published?: string;
  /** CVE ids (CVE form) of the vulnerabilities it fixes. */
  cves: string[];
  /** Ids of the families (content/corpus/families.yaml) its affected software belongs to. */
  families: string[];
  /** Whether the bulletin is curated (its page has the full English text). */
  curated: boolean;
}

const corpusEntries = (await getCollection('corpus')).sort((a, b) => bulletinOrder(b.data.id) - bulletinOrder(a.data.id));
const { families } = await getTable<{ families: CorpusFamily[] }>('corpusFamilies');
const corpusFacts: CorpusFacts[] = corpusEntries.map((entry) => entry.data as CorpusFacts);
const factsBySlug = new Map(corpusFacts.map((facts) => [facts.slug, facts]));
const relations = bulletinRelations(corpusFacts);
const curated = getSite().bulletins;
const curatedSlugs = new Set(curated.map((b) => b.id.toLowerCase()));

const listings: BulletinListing[] = [
  ...curated.map((b): BulletinListing => {
    const slug = b.id.toLowerCase();
    const facts = factsBySlug.get(slug);
    return {
      id: b.id,
      slug,
      year: bulletinYear(b.id),
      title: { ja: b.title.ja, en: b.title.en },
      severity: b.severity,
      kb: b.kb,
      published: b.published,
      cves: b.vulnerabilities.map((v) => v.cve),
      families: facts ? familiesOf(facts, families) : [],
      curated: true,
    };
  }),
  ...corpusFacts
    .filter((facts) => !curatedSlugs.has(facts.slug))
    .map((facts): BulletinListing => ({
      id: facts.id,
      slug: facts.slug,
      year: facts.year,
      title: { ja: facts.title },
      ...(facts.severity ? { severity: facts.severity } : {}),
      ...(facts.kb ? { kb: facts.kb } : {}),
      ...(facts.published ? { published: facts.published } : {}),
      cves: [...new Set(facts.vulnerabilities.map((v) => v.cve))],
      families: familiesOf(facts, families),
      curated: false,
    })),
].sort((a, b) => bulletinOrder(b.id) - bulletinOrder(a.id));

/** A bulletin's facts as its source gives them (a curated bulletin's too), where the corpus has it. */
export function getCorpusFacts(id: string): CorpusFacts | undefined {
  return factsBySlug.get(id.toLowerCase());
}

const exportFacts: CorpusFacts[] = [
  ...corpusFacts,
  // A curated bulletin the corpus lacks (a test fixture) is exported from its own facts.
  ...curated.filter((b) => !factsBySlug.has(b.id.toLowerCase())).map((b) => curatedFacts(b, `content/bulletins/${b.id.toLowerCase()}`)),
].sort((a, b) => bulletinOrder(b.id) - bulletinOrder(a.id));

/** Every bulletin's facts for the exports (CSAF, API, feeds), newest first: the corpus's, and a curated bulletin's own where the corpus lacks it. */
export function getExportFacts(): readonly CorpusFacts[] {
  return exportFacts;
}

/** Every bulletin, newest first. */
export function getListings(): readonly BulletinListing[] {
  return listings;
}

/** The years that have bulletins, newest first. */
export function getYears(): number[] {
  return [...new Set(listings.map((l) => l.year))];
}

/** The families the lists can be filtered by, in order. */
export function getFamilies(): readonly CorpusFamily[] {
  return families;
}

/** A listing's title in a language: the translation where there is one, else the Japanese (marked by the caller). */
export function listingTitle(listing: BulletinListing, lang: Lang): { text: string; lang: Lang } {
  return lang === 'en' && listing.title.en ? { text: listing.title.en, lang: 'en' } : { text: listing.title.ja, lang: 'ja' };
}

/** The bulletins `id` replaces and is replaced by. */
export function getRelations(id: string): BulletinRelations {
  return relations.get(id) ?? { replaces: [], replacedBy: [] };
}

const listingsById = new Map(listings.map((l) => [l.id, l]));

/** The listing of a bulletin id, if the knowledge base has it. */
export function getListing(id: string): BulletinListing | undefined {
  return listingsById.get(id);
}

/** One KB number and the bulletins whose main KB it is (newest first). */
export interface KbListing {
  kb: string;
  bulletins: BulletinListing[];
}

/** Every bulletin's main KB number, ascending. */
export function getKbListings(): KbListing[] {
  const byKb = new Map<string, BulletinListing[]>();
  for (const listing of listings) if (listing.kb) byKb.set(listing.kb, [...(byKb.get(listing.kb) ?? []), listing]);
  return [...byKb].sort(([a], [b]) => Number(a) - Number(b)).map(([kb, bulletins]) => ({ kb, bulletins }));
}

/** An imported bulletin's account of a vulnerability: its id and title as the source gives them. */
export interface ImportedCveClaim {
  listing: BulletinListing;
  vulnerability: CorpusVulnerability;
  /** The anchor of its section on the bulletin's Japanese page, where the page has one. */
  anchor?: string;
}

/** The imported bulletins (not curated) that fix each CVE, by CVE id, oldest bulletin first. */
export function getImportedCveClaims(): Map<string, ImportedCveClaim[]> {
  const claims = new Map<string, ImportedCveClaim[]>();
  for (const { facts, entry } of [...getImportedBulletins()].reverse()) {
    const headings = (entry.rendered?.metadata?.['headings'] ?? []) as { slug: string }[];
    const anchors = new Set(headings.map((h) => h.slug));
    const seen = new Set<string>();
    for (const vulnerability of facts.vulnerabilities) {
      if (seen.has(vulnerability.cve)) continue;
      seen.add(vulnerability.cve);
      const anchor = `vulnerability-${vulnerability.id.toLowerCase()}`;
      const claim: ImportedCveClaim = { listing: listingsById.get(facts.id)!, vulnerability, ...(anchors.has(anchor) ? { anchor } : {}) };
      claims.set(vulnerability.cve, [...(claims.get(vulnerability.cve) ?? []), claim]);
    }
  }
  return claims;
}

/** Every imported bulletin that has its own page from the corpus (not curated), newest first, with its facts. */
export function getImportedBulletins(): { facts: CorpusFacts; entry: (typeof corpusEntries)[number] }[] {
  return corpusEntries.filter((entry) => !curatedSlugs.has(entry.id)).map((entry) => ({ facts: entry.data as CorpusFacts, entry }));
}


/** One CVE: the ids the bulletins write for it, and every bulletin that fixes it, curated and imported. */
export interface CveListing {
  cve: string;
  /** Other ids the sources write (`CAN-2004-0199`). */
  aliases: string[];
  /** Curated bulletins' accounts, with their titles, impacts and severities in both languages. */
  curated: CveClaim[];
  /** Imported bulletins' accounts, as the sources give them. */
  imported: ImportedCveClaim[];
}

/** Every CVE any bulletin fixes, oldest first (by year, then number). */
export function getCveListings(): CveListing[] {
  const byCve = new Map<string, CveListing>();
  const entry = (cve: string) => {
    let listing = byCve.get(cve);
    if (!listing) byCve.set(cve, (listing = { cve, aliases: [], curated: [], imported: [] }));
    return listing;
  };
  for (const { cve, aliases, claims } of cveIndex(curated)) {
    const listing = entry(cve);
    listing.aliases.push(...aliases);
    listing.curated.push(...claims);
  }
  for (const [cve, claims] of getImportedCveClaims()) {
    const listing = entry(cve);
    for (const claim of claims) {
      if (claim.vulnerability.id !== cve && !listing.aliases.includes(claim.vulnerability.id)) listing.aliases.push(claim.vulnerability.id);
    }
    listing.imported.push(...claims);
  }
  const order = (cve: string) => cve.split('-').slice(1).map(Number) as [number, number];
  return [...byCve.values()].sort((a, b) => {
    const [yearA, numberA] = order(a.cve);
    const [yearB, numberB] = order(b.cve);
    return yearA - yearB || numberA - numberB;
  });
}

/** What the identifier box resolves, for every bulletin: served as /identifiers.json, fetched when the box is used. */
export function getIdentifierTable(): IdentifierTable {
  const { products } = getSite();
  return {
    bulletins: listings.map((l) => l.id),
    kbs: Object.fromEntries(getKbListings().map(({ kb, bulletins }) => [kb, bulletins.map((b) => b.id)])),
    cves: listings.map((l) => [...new Set(l.cves)]),
    products: Object.fromEntries(products.map((p) => [p.id, [...new Set([p.name.ja, p.name.en])]])),
  };
}
