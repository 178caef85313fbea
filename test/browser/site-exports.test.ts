/// <reference types="node" />
/**
 * The JSON API and the Atom feeds as built, and the bulletin pages' links to them:
 * - `/api/v1/bulletins.json` and every `/api/v1/bulletins/{id}.json` pass the JSON Schema published beside
 *   them (read from dist/, validated by Ajv), and every URL in them is a built file;
 * - `/{lang}/feed.xml` and every product's feed are Atom 1.0 (RFC 4287, parsed by a real XML parser), with
 *   the newest bulletins and absolute links to built pages;
 * - in Chromium, a bulletin page links its JSON and CSAF documents in its head and visibly, and they load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import type { ApiBulletin, ApiIndex } from '../../src/schemas/api.ts';
import { FEED_SIZE } from '../../src/lib/exports/atom.ts';
import { bulletinOrder } from '../../src/lib/identifiers/bulletin-id.ts';
import { atomProblems } from '../support/atom.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { resolveFile } from '../support/site-pages.ts';
import { LANGS } from '../support/paths.ts';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8')) as T;
const index = readJson<ApiIndex>('api/v1/bulletins.json');
const origin = new URL(index.bulletins[0]!.urls.json).origin;
/** The built file behind an absolute URL of the site; undefined when there is none. */
const fileOf = (url: string) => (url.startsWith(`${origin}/`) ? resolveFile(distDir, url.slice(origin.length)) : undefined);

describe('the JSON API', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validIndex = ajv.compile(readJson('api/v1/schema/bulletins.schema.json'));
  const validBulletin = ajv.compile(readJson('api/v1/schema/bulletin.schema.json'));

  it('the index passes its published schema and lists every bulletin page, newest first', () => {
    expect(validIndex(index), ajv.errorsText(validIndex.errors)).toBe(true);
    const pages = readdirSync(join(distDir, 'ja', 'bulletins'), { withFileTypes: true }).filter((d) => d.isDirectory() && /^ms\d\d-\d{3}$/.test(d.name));
    expect(index.bulletins.map((b) => b.id.toLowerCase()).sort()).toEqual(pages.map((d) => d.name).sort());
    const order = index.bulletins.map((b) => bulletinOrder(b.id));
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it('every bulletin’s file passes its published schema, and every URL in it is built', () => {
    const problems: string[] = [];
    for (const entry of index.bulletins) {
      const file = fileOf(entry.urls.json);
      if (!file) {
        problems.push(`${entry.id}: no file at ${entry.urls.json}`);
        continue;
      }
      const doc = JSON.parse(readFileSync(file, 'utf8')) as ApiBulletin;
      if (!validBulletin(doc)) problems.push(`${entry.id}: ${ajv.errorsText(validBulletin.errors)}`);
      const urls = [...Object.values(doc.urls.page), doc.urls.csaf.ja, ...(doc.urls.csaf.en ? [doc.urls.csaf.en] : []), ...doc.products.flatMap((p) => Object.values(p.url))];
      for (const url of urls) if (!fileOf(url)) problems.push(`${entry.id}: ${url} is not built`);
      for (const id of doc.replacedBy) if (!index.bulletins.some((b) => b.id === id)) problems.push(`${entry.id}: replaced by unknown ${id}`);
    }
    expect(problems).toEqual([]);
  });

  it('MS04-015 has the contract’s fixed versions and its English texts; an imported bulletin its rows', () => {
    const ms04015 = readJson<ApiBulletin>('api/v1/bulletins/ms04-015.json');
    expect(ms04015.curated).toBe(true);
    expect(ms04015.title.en).toBe('Vulnerability in Help and Support Center Could Allow Remote Code Execution');
    expect(ms04015.products.find((p) => p.id === 'windows-xp-sp1')).toMatchObject({ status: 'affected', kbs: ['840374'], fixedVersion: { file: 'helpctr.exe', version: '5.1.2600.1515' } });
    expect(ms04015.products.find((p) => p.id === 'windows-xp-sp2')).toMatchObject({ status: 'fixed' });
    expect(ms04015.products.find((p) => p.id === 'windows-98')).toMatchObject({ status: 'not-affected' });
    const ms03026 = readJson<ApiBulletin>('api/v1/bulletins/ms03-026.json');
    expect(ms03026).toMatchObject({ id: 'MS03-026', kb: '823980', cves: ['CVE-2003-0352'], vulnerabilities: [{ id: 'CAN-2003-0352', cve: 'CVE-2003-0352' }] });
    expect(ms03026.affected.length).toBeGreaterThan(0);
    expect(ms03026.products.some((p) => p.status === 'affected')).toBe(true);
  });
});

describe('the Atom feeds', () => {
  const feedFiles = [
    ...LANGS.map((lang) => join(lang, 'feed.xml')),
    ...LANGS.flatMap((lang) =>
      readdirSync(join(distDir, lang, 'products'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(lang, 'products', d.name, 'feed.xml')),
    ),
  ];

  it('every product page has its feed in both languages', () => {
    expect(feedFiles.filter((f) => !existsSync(join(distDir, f)))).toEqual([]);
    expect(feedFiles.length).toBeGreaterThan(2 + 2 * 100);
  });

  it('every feed is Atom 1.0, and links only built pages', () => {
    const problems: string[] = [];
    for (const file of feedFiles) {
      const xml = readFileSync(join(distDir, file), 'utf8');
      problems.push(...atomProblems(xml).map((p) => `${file}: ${p}`));
      for (const [, href] of xml.matchAll(/ href="([^"]+)"/g)) if (!fileOf(href!)) problems.push(`${file}: ${href} is not built`);
    }
    expect(problems).toEqual([]);
  });

  it('the language feed has the newest bulletins, newest first, in that language’s pages', () => {
    for (const lang of LANGS) {
      const xml = readFileSync(join(distDir, lang, 'feed.xml'), 'utf8');
      const ids = [...xml.matchAll(/<id>[^<]*\/bulletins\/(ms\d\d-\d{3})\/<\/id>/g)].map((m) => m[1]!.toUpperCase());
      expect(ids).toEqual(index.bulletins.slice(0, FEED_SIZE).map((b) => b.id));
      expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${origin}/${lang}/feed.xml"/>`);
    }
  });

  it('a product’s feed lists the newest bulletins its page lists as affecting it, the curated ones’ verdicts included', () => {
    for (const product of ['windows-xp-64-v2003', 'windows-xp-sp1']) {
      const xml = readFileSync(join(distDir, 'en', 'products', product, 'feed.xml'), 'utf8');
      const page = readFileSync(join(distDir, 'en', 'products', product, 'index.html'), 'utf8');
      const ids = [...xml.matchAll(/<id>[^<]*\/en\/bulletins\/(ms\d\d-\d{3})\/<\/id>/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(FEED_SIZE);
      for (const id of ids) expect(page).toContain(`/en/bulletins/${id}/`);
      const order = ids.map((id) => bulletinOrder(id.toUpperCase()));
      expect(order).toEqual([...order].sort((a, b) => b - a));
    }
    // Windows XP 64-Bit Edition Version 2003 lived briefly: all its bulletins fit, MS04-015 (curated: affected) among them.
    const short = readFileSync(join(distDir, 'en', 'products', 'windows-xp-64-v2003', 'feed.xml'), 'utf8');
    expect(short).toContain(`<id>${origin}/en/bulletins/ms04-015/</id>`);
  });
});

describe('a bulletin page’s data links, in Chromium', () => {
  const chromium = sharedBrowser();

  for (const [lang, slug, csafCount] of [['en', 'ms04-015', 2], ['ja', 'ms04-015', 2], ['ja', 'ms03-026', 1], ['en', 'ms03-026', 1]] as const) {
    it(`/${lang}/bulletins/${slug}/ links its JSON and ${csafCount} CSAF document(s) in its head and visibly, and they load`, async () => {
      await chromium.withContext({ javaScriptEnabled: false }, async (context) => {
        const { page } = await openPage(context, `${baseUrl}/${lang}/bulletins/${slug}/`, { settle: false });
        const head = await page.locator('head link[rel="alternate"][type="application/json"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
        const visible = page.locator('.bulletin-data a');
        await expect.poll(() => visible.count()).toBe(1 + csafCount);
        const shown = await visible.evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href));
        expect(head.map((href) => new URL(href).pathname)).toEqual(shown.map((href) => new URL(href).pathname));
        expect(await visible.first().isVisible()).toBe(true);
        const [json, ...csaf] = await Promise.all(shown.map(async (href) => (await page.request.get(href)).json()));
        expect(json).toMatchObject({ id: slug.toUpperCase() });
        // The page's own language comes first where there is a translation.
        expect(csaf.map((d) => d.document.lang)).toEqual(csafCount === 2 ? (lang === 'en' ? ['en', 'ja'] : ['ja', 'en']) : ['ja']);
      });
    });
  }

  it('the home page links the feed, the API and the CSAF provider metadata', async () => {
    await chromium.withContext({ javaScriptEnabled: false }, async (context) => {
      const { page } = await openPage(context, `${baseUrl}/en/`, { settle: false });
      expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(`${origin}/en/feed.xml`);
      const links = page.locator('#as-data + ul a');
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toEqual(['/api/v1/bulletins.json', '/api/v1/schema/bulletins.schema.json', '/.well-known/csaf/provider-metadata.json', '/en/feed.xml']);
      for (const href of hrefs) expect((await page.request.get(`${baseUrl}${href}`)).status()).toBe(200);
    });
  });
});
