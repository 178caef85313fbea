/**
 * The CSAF 2.0 provider's files around the documents (section 7): `provider-metadata.json` (7.1.7), the
 * directory listings `index.txt` and `changes.csv` (7.1.13, 7.1.14), the SHA-256 and SHA-512 files beside
 * each document (7.1.18) and the ROLIE feed of the TLP:WHITE documents (7.1.20). Pure and deterministic:
 * every date comes from the documents, so two builds of the same content are byte-identical.
 */
import { createHash } from 'node:crypto';
import { absoluteUrl } from '../urls.ts';
import type { CsafDocument } from './csaf.ts';

/** The folder of the provider's files under the site. */
export const CSAF_ROOT = '/.well-known/csaf';
/** The TLP:WHITE distribution's folder. */
export const CSAF_WHITE = `${CSAF_ROOT}/white`;
export const PROVIDER_METADATA_PATH = `${CSAF_ROOT}/provider-metadata.json`;
export const ROLIE_FEED_PATH = `${CSAF_WHITE}/csaf-feed-tlp-white.json`;
const CSAF_SCHEMA_URL = 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json';

/** One published document: where it lives and its JSON as served. */
export interface CsafFile {
  /** Its path under the site: `/.well-known/csaf/white/2004/ms04-015.json`. */
  path: string;
  /** The JSON exactly as served (the hashes are of these bytes). */
  json: string;
  doc: CsafDocument;
}

/** The path of a document relative to the distribution's folder: `2004/ms04-015.json`. */
export function relativeToWhite(path: string): string {
  if (!path.startsWith(`${CSAF_WHITE}/`)) throw new Error(`${path} is not under ${CSAF_WHITE}/.`);
  return path.slice(CSAF_WHITE.length + 1);
}

/** A hash file's text, as `sha256sum` writes it: the hex digest, two spaces, the document's file name. */
export function hashFile(json: string, fileName: string, algorithm: 'sha256' | 'sha512'): string {
  return `${createHash(algorithm).update(json, 'utf8').digest('hex')}  ${fileName}\n`;
}

/** The newest current release date of the documents: when the provider last changed. */
export function lastUpdated(files: readonly CsafFile[]): string {
  return files.map((f) => f.doc.document.tracking.current_release_date).reduce((a, b) => (b > a ? b : a), '1970-01-01T00:00:00.000Z');
}

/** `index.txt`: every document's path relative to the folder, one per line, in path order. */
export function indexTxt(files: readonly CsafFile[]): string {
  return files.map((f) => `${relativeToWhite(f.path)}\n`).sort().join('');
}

/** `changes.csv`: each document's path and current release date, quoted, newest first (then by path). */
export function changesCsv(files: readonly CsafFile[]): string {
  return files
    .map((f) => ({ path: relativeToWhite(f.path), date: f.doc.document.tracking.current_release_date }))
    .sort((a, b) => (a.date === b.date ? a.path.localeCompare(b.path) : a.date < b.date ? 1 : -1))
    .map(({ path, date }) => `"${path}","${date}"\n`)
    .join('');
}

/** Who publishes the provider's documents. */
export interface ProviderPublisher {
  name: string;
  /** The site's origin. */
  namespace: string;
}

/** `provider-metadata.json`: a CSAF provider with one TLP:WHITE distribution, as a directory and a ROLIE feed. */
export function providerMetadata(siteUrl: string, publisher: ProviderPublisher, files: readonly CsafFile[], feedSummary: string) {
  return {
    canonical_url: absoluteUrl(siteUrl, PROVIDER_METADATA_PATH),
    distributions: [
      {
        directory_url: absoluteUrl(siteUrl, `${CSAF_WHITE}/`),
        rolie: { feeds: [{ summary: feedSummary, tlp_label: 'WHITE', url: absoluteUrl(siteUrl, ROLIE_FEED_PATH) }] },
      },
    ],
    last_updated: lastUpdated(files),
    list_on_CSAF_aggregators: true,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: true,
    // The bulletins are Microsoft's; the site converts them, as a republisher ("other").
    publisher: { category: 'other', name: publisher.name, namespace: publisher.namespace },
    role: 'csaf_provider',
  };
}

/** The ROLIE feed (RFC 8322, in CSAF's JSON form): one entry per document, newest first, with its hashes. */
export function rolieFeed(siteUrl: string, files: readonly CsafFile[], title: string) {
  const entries = [...files]
    .sort((a, b) => {
      const [da, db] = [a.doc.document.tracking.current_release_date, b.doc.document.tracking.current_release_date];
      return da === db ? a.path.localeCompare(b.path) : da < db ? 1 : -1;
    })
    .map(({ path, doc }) => {
      const url = absoluteUrl(siteUrl, path);
      const { tracking, title: docTitle, notes } = doc.document;
      const summary = notes.find((n) => n.category === 'summary')?.text;
      return {
        id: tracking.id,
        title: docTitle,
        link: [
          { rel: 'self', href: url },
          { rel: 'hash', href: `${url}.sha256` },
          { rel: 'hash', href: `${url}.sha512` },
        ],
        published: tracking.initial_release_date,
        updated: tracking.current_release_date,
        ...(summary ? { summary: { content: summary } } : {}),
        content: { type: 'application/json', src: url },
        format: { schema: CSAF_SCHEMA_URL, version: '2.0' },
      };
    });
  return {
    feed: {
      id: 'csaf-feed-tlp-white',
      title,
      link: [
        { rel: 'self', href: absoluteUrl(siteUrl, ROLIE_FEED_PATH) },
        { rel: 'service', href: absoluteUrl(siteUrl, PROVIDER_METADATA_PATH) },
      ],
      category: [
        { scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' },
      ],
      updated: lastUpdated(files),
      entry: entries,
    },
  };
}
