/// <reference types="node" />
/**
 * The CSAF 2.0 provider as built (dist/.well-known/csaf/): every bulletin of the corpus has its Japanese
 * document and MS04-015 its English translation; each passes the CSAF 2.0 strict schema and every mandatory
 * test of the reference validator (@secvisogram/csaf-validator-lib, offline); the listings, hashes, ROLIE
 * feed and provider metadata agree with the documents. The build validates each document too (and fails
 * naming the bulletin); this test reads what was actually written.
 *
 * Not run: the validator's optional (6.2) and informative (6.3) tests, which are recommendations (the unit
 * tests show which the facts cannot answer); of those, 6.3.6 and 6.3.7 fetch every reference URL and 6.3.8
 * runs hunspell, so they could not run offline in any case.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CORPUS_SAMPLE, corpusSlug, listCorpusFiles } from '../../src/lib/corpus/files.ts';
import { formatCsafProblems, validateCsaf, type CsafDocument } from '../../src/lib/exports/csaf.ts';
import { ROOT_DIR } from '../support/paths.ts';

const distDir = inject('distDir');
const white = join(distDir, '.well-known', 'csaf', 'white');
const read = (path: string) => readFileSync(join(white, path), 'utf8');
const listed = existsSync(join(white, 'index.txt')) ? read('index.txt').split('\n').filter(Boolean) : [];
const docs = new Map(listed.map((path) => [path, JSON.parse(read(path)) as CsafDocument]));
const site = JSON.parse(readFileSync(join(distDir, '.well-known', 'csaf', 'provider-metadata.json'), 'utf8')) as Record<string, unknown>;
const origin = String((site['publisher'] as { namespace: string }).namespace);

describe('the CSAF provider', () => {
  it('has a document for every bulletin of the corpus, and the English translation of MS04-015', () => {
    const built = new Set([...docs.values()].map((d) => d.document.tracking.id));
    // A sample build has the sample's bulletins; the full build all 1,504.
    const slugs = listCorpusFiles(ROOT_DIR).map(corpusSlug).filter((slug) => built.size > 100 || CORPUS_SAMPLE.includes(slug));
    expect(slugs.filter((slug) => !built.has(slug.toUpperCase()))).toEqual([]);
    expect(built.has('MS04-015-en')).toBe(true);
    expect(docs.size).toBe(slugs.length + 1);
  });

  it('every document passes the strict schema and all mandatory tests (6.1) of the reference validator; not run offline: informative 6.3.6 and 6.3.7 (they fetch URLs), 6.3.8 (hunspell)', { timeout: 600_000 }, async () => {
    const problems = [];
    for (const doc of docs.values()) problems.push(...(await validateCsaf(doc)));
    expect(formatCsafProblems(problems)).toBe('');
  });

  it('each document lives at its year and lower-cased tracking id, which its self reference gives', () => {
    const wrong = [...docs].flatMap(([path, doc]) => {
      const { id, initial_release_date } = doc.document.tracking;
      const expected = `${initial_release_date.slice(0, 4)}/${id.toLowerCase()}.json`;
      const self = doc.document.references.find((r) => r.category === 'self')?.url;
      return path === expected && self === `${origin}/.well-known/csaf/white/${expected}` ? [] : [`${path}: expected ${expected}, self ${self}`];
    });
    expect(wrong).toEqual([]);
  });

  it('each document has its SHA-256 and SHA-512 files, of the bytes served', () => {
    const wrong = listed.flatMap((path) => {
      const bytes = readFileSync(join(white, path));
      const name = path.split('/').pop()!;
      return (['sha256', 'sha512'] as const).flatMap((algorithm) => {
        const expected = `${createHash(algorithm).update(bytes).digest('hex')}  ${name}\n`;
        return existsSync(join(white, `${path}.${algorithm}`)) && read(`${path}.${algorithm}`) === expected ? [] : [`${path}.${algorithm}`];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('changes.csv lists every document once with its current release date, newest first', () => {
    const rows = read('changes.csv').trimEnd().split('\n').map((line) => /^"([^"]+)","([^"]+)"$/.exec(line));
    expect(rows.every((row) => row !== null)).toBe(true);
    const entries = rows.map((row) => ({ path: row![1]!, date: row![2]! }));
    expect(entries.map((e) => e.path).sort()).toEqual([...listed].sort());
    for (const { path, date } of entries) expect(date).toBe(docs.get(path)!.document.tracking.current_release_date);
    expect(entries.map((e) => e.date)).toEqual(entries.map((e) => e.date).sort().reverse());
  });

  it('the ROLIE feed has one entry per document, linking it and its hashes', () => {
    const { feed } = JSON.parse(read('csaf-feed-tlp-white.json')) as {
      feed: { link: { rel: string; href: string }[]; category: { term: string }[]; entry: { id: string; link: { rel: string; href: string }[]; content: { src: string } }[] };
    };
    expect(feed.link).toContainEqual({ rel: 'self', href: `${origin}/.well-known/csaf/white/csaf-feed-tlp-white.json` });
    expect(feed.category.map((c) => c.term)).toEqual(['csaf']);
    expect(feed.entry).toHaveLength(docs.size);
    for (const entry of feed.entry) {
      const self = entry.link.find((l) => l.rel === 'self')!.href;
      const path = self.slice(`${origin}/.well-known/csaf/white/`.length);
      expect(docs.get(path)?.document.tracking.id).toBe(entry.id);
      expect(entry.content.src).toBe(self);
      expect(entry.link.filter((l) => l.rel === 'hash').map((l) => l.href)).toEqual([`${self}.sha256`, `${self}.sha512`]);
    }
  });

  it('provider-metadata.json has what CSAF 2.0 (7.1.7) requires, pointing at this distribution', () => {
    // The fields and values the provider metadata's JSON schema requires.
    expect(Object.keys(site).sort()).toEqual(
      ['canonical_url', 'distributions', 'last_updated', 'list_on_CSAF_aggregators', 'metadata_version', 'mirror_on_CSAF_aggregators', 'publisher', 'role'].sort(),
    );
    expect(site).toMatchObject({
      canonical_url: `${origin}/.well-known/csaf/provider-metadata.json`,
      metadata_version: '2.0',
      role: 'csaf_provider',
      distributions: [{ directory_url: `${origin}/.well-known/csaf/white/`, rolie: { feeds: [{ tlp_label: 'WHITE', url: `${origin}/.well-known/csaf/white/csaf-feed-tlp-white.json` }] } }],
    });
    expect(String(site['last_updated'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    // Every document is published under the publisher the metadata names.
    for (const doc of docs.values()) expect(doc.document.publisher).toMatchObject({ name: (site['publisher'] as { name: string }).name, namespace: origin });
  });

  it('the English MS04-015 is a translation of the Japanese one, whose source comes first', () => {
    const en = docs.get('2004/ms04-015-en.json')!;
    const ja = docs.get('2004/ms04-015.json')!;
    expect(en.document).toMatchObject({ lang: 'en', source_lang: 'ja', publisher: { category: 'translator' }, tracking: { id: 'MS04-015-en' } });
    expect(ja.document).toMatchObject({ lang: 'ja', publisher: { category: 'other' }, tracking: { id: 'MS04-015' } });
    expect(en.document.references[0]!.url).toBe(ja.document.references[0]!.url);
    expect(en.document.references[0]!.url).toContain('/ja-jp/');
    expect(en.product_tree).toEqual(expect.objectContaining({ branches: expect.any(Array) }));
    expect(en.vulnerabilities![0]!.product_status).toEqual(ja.vulnerabilities![0]!.product_status);
  });
});
