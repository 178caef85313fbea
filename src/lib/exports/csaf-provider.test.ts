import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsaf, csafPath, type CsafDocument } from './csaf.ts';
import { changesCsv, hashFile, indexTxt, lastUpdated, providerMetadata, relativeToWhite, rolieFeed, type CsafFile } from './csaf-provider.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';

const SITE = 'https://bulletins.example.org';

const facts = (id: string, published: string, updated: string, summary?: string): CorpusFacts => ({
  id,
  slug: id.toLowerCase(),
  year: 2000 + Number(id.slice(2, 4)),
  file: `content/sources/microsoft/ja-jp/20${id.slice(2, 4)}/${id.toLowerCase()}.md`,
  title: `${id} の脆弱性`,
  published,
  updated,
  ...(summary ? { summary } : {}),
  vulnerabilities: [],
  replaces: [],
  affected: [],
  notAffected: [],
  fixedIn: [],
  cites: { bulletins: [], kbs: [] },
});

const file = (doc: CsafDocument): CsafFile => ({
  path: csafPath(doc.document.tracking.id, doc.document.tracking.initial_release_date),
  json: `${JSON.stringify(doc)}\n`,
  doc,
});
const FILES = [
  file(buildCsaf({ facts: facts('MS08-067', '2008-10-24', '2008-10-24', 'この更新プログラムは脆弱性を解決します。'), products: [], siteUrl: SITE })),
  file(buildCsaf({ facts: facts('MS99-034', '2000-03-16', '2000-03-20'), products: [], siteUrl: SITE })),
  file(buildCsaf({ facts: facts('MS08-001', '2008-01-09', '2008-10-24'), products: [], siteUrl: SITE })),
];

describe('the directory listings', () => {
  it('index.txt lists every document relative to the folder, in path order', () => {
    expect(indexTxt(FILES)).toBe('2000/ms99-034.json\n2008/ms08-001.json\n2008/ms08-067.json\n');
  });

  it('changes.csv gives each document and its current release date, newest first, then by path', () => {
    expect(changesCsv(FILES)).toBe(
      ['"2008/ms08-001.json","2008-10-24T00:00:00.000Z"', '"2008/ms08-067.json","2008-10-24T00:00:00.000Z"', '"2000/ms99-034.json","2000-03-20T00:00:00.000Z"', ''].join('\n'),
    );
  });

  it('refuses a path outside the TLP:WHITE folder', () => {
    expect(() => relativeToWhite('/.well-known/csaf/green/2008/ms08-067.json')).toThrow(/not under/);
  });
});

describe('hash files', () => {
  it('are the digest of the served bytes and the file name, as sha256sum and sha512sum write them', () => {
    const json = FILES[0]!.json;
    expect(hashFile(json, 'ms08-067.json', 'sha256')).toBe(`${createHash('sha256').update(Buffer.from(json, 'utf8')).digest('hex')}  ms08-067.json\n`);
    expect(hashFile(json, 'ms08-067.json', 'sha512')).toMatch(/^[0-9a-f]{128} {2}ms08-067\.json\n$/);
  });
});

describe('provider-metadata.json', () => {
  const metadata = providerMetadata(`${SITE}/`, { name: 'Security Bulletin Knowledge Base', namespace: SITE }, FILES, 'TLP:WHITE documents');

  it('is a CSAF provider with one TLP:WHITE distribution, as a folder and a ROLIE feed', () => {
    expect(metadata).toEqual({
      canonical_url: `${SITE}/.well-known/csaf/provider-metadata.json`,
      distributions: [
        {
          directory_url: `${SITE}/.well-known/csaf/white/`,
          rolie: { feeds: [{ summary: 'TLP:WHITE documents', tlp_label: 'WHITE', url: `${SITE}/.well-known/csaf/white/csaf-feed-tlp-white.json` }] },
        },
      ],
      last_updated: '2008-10-24T00:00:00.000Z',
      list_on_CSAF_aggregators: true,
      metadata_version: '2.0',
      mirror_on_CSAF_aggregators: true,
      publisher: { category: 'other', name: 'Security Bulletin Knowledge Base', namespace: SITE },
      role: 'csaf_provider',
    });
  });

  it('dates itself by its newest document, so a rebuild of the same content is identical', () => {
    expect(lastUpdated(FILES)).toBe('2008-10-24T00:00:00.000Z');
    expect(lastUpdated(FILES.slice(1, 2))).toBe('2000-03-20T00:00:00.000Z');
  });
});

describe('the ROLIE feed', () => {
  const { feed } = rolieFeed(SITE, FILES, 'TLP:WHITE documents');

  it('links itself and the provider metadata, and is categorised as CSAF', () => {
    expect(feed).toMatchObject({
      id: 'csaf-feed-tlp-white',
      title: 'TLP:WHITE documents',
      link: [
        { rel: 'self', href: `${SITE}/.well-known/csaf/white/csaf-feed-tlp-white.json` },
        { rel: 'service', href: `${SITE}/.well-known/csaf/provider-metadata.json` },
      ],
      category: [{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }],
      updated: '2008-10-24T00:00:00.000Z',
    });
  });

  it('has one entry per document, newest first, with its URL, hashes, dates and summary', () => {
    expect(feed.entry.map((e) => e.id)).toEqual(['MS08-001', 'MS08-067', 'MS99-034']);
    const url = `${SITE}/.well-known/csaf/white/2008/ms08-067.json`;
    expect(feed.entry[1]).toEqual({
      id: 'MS08-067',
      title: 'MS08-067: MS08-067 の脆弱性',
      link: [
        { rel: 'self', href: url },
        { rel: 'hash', href: `${url}.sha256` },
        { rel: 'hash', href: `${url}.sha512` },
      ],
      published: '2008-10-24T00:00:00.000Z',
      updated: '2008-10-24T00:00:00.000Z',
      summary: { content: 'この更新プログラムは脆弱性を解決します。' },
      content: { type: 'application/json', src: url },
      format: { schema: 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json', version: '2.0' },
    });
    expect(feed.entry[0]).not.toHaveProperty('summary');
  });
});
