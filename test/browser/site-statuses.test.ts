/// <reference types="node" />
/**
 * One product view, many surfaces: for every bulletin and every product it names, each surface of the
 * built site gives the same status. The JSON API is read as the reference (it lists every bulletin's
 * products); the product pages (both languages), their Atom feeds, the check's data, the wizards (an
 * imported bulletin's product table, a curated bulletin's verdict pages) and the CSAF documents must
 * agree with it, entry for entry, with nothing left out and nothing added.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fromXml } from 'xast-util-from-xml';
import { describe, expect, inject, it } from 'vitest';
import { LANGS } from '../../src/lib/i18n/langs.ts';
import { bulletinOrder } from '../../src/lib/identifiers/bulletin-id.ts';

type Status = 'affected' | 'fixed' | 'included' | 'not-affected';
const distDir = inject('distDir');
const readJson = <T>(...parts: string[]) => JSON.parse(readFileSync(join(distDir, ...parts), 'utf8')) as T;
const slugOf = (id: string) => id.toLowerCase();
const idOf = (slug: string) => slug.toUpperCase();
/** The verdict a page shows for a product's standing: the curated wizard's words. */
const VERDICT_STATUS: Record<string, Status> = { affected: 'affected', patched: 'fixed', 'not-affected': 'not-affected' };

/** Every element of a page that matches, in document order. */
function elements(html: string, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}
const attribute = (element: Element, name: string) => {
  const value = element.properties[name];
  return typeof value === 'string' ? value : undefined;
};

// The reference: the API's word on each bulletin's products.
interface ApiFile {
  id: string;
  curated: boolean;
  products: { id: string; status: Status }[];
}
const apiFiles = readdirSync(join(distDir, 'api/v1/bulletins')).map((file) => readJson<ApiFile>('api/v1/bulletins', file));
/** `MS08-067` → product id → status. */
const byBulletin = new Map(apiFiles.map((file) => [file.id, new Map(file.products.map((p) => [p.id, p.status]))]));
/** Product id → bulletin id → status. */
const byProduct = new Map<string, Map<string, Status>>();
for (const [bulletin, products] of byBulletin) {
  for (const [product, status] of products) byProduct.set(product, new Map([...(byProduct.get(product) ?? []), [bulletin, status]]));
}
const curated = new Set(apiFiles.filter((file) => file.curated).map((file) => file.id));
const productIds = readdirSync(join(distDir, 'ja/products'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The differences between what a surface gives and the reference, as readable lines (empty when they agree). */
function differences(where: string, given: ReadonlyMap<string, Status>, expected: ReadonlyMap<string, Status>): string[] {
  const lines: string[] = [];
  for (const [key, status] of expected) if (given.get(key) !== status) lines.push(`${where}: ${key} is ${given.get(key) ?? 'missing'}, the API says ${status}`);
  for (const [key, status] of given) if (!expected.has(key)) lines.push(`${where}: ${key} is ${status}, the API does not list it`);
  return lines;
}

describe('every surface gives each bulletin’s products the same status', () => {
  it('the reference lists products for most bulletins', () => {
    expect(apiFiles.length).toBeGreaterThan(10);
    expect([...byBulletin.values()].filter((p) => p.size > 0).length).toBeGreaterThan(apiFiles.length / 2);
  });

  it('the CSAF documents (every language)', () => {
    const problems: string[] = [];
    const root = join(distDir, '.well-known/csaf/white');
    let compared = 0;
    for (const year of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const file of readdirSync(join(root, year.name)).filter((f) => f.endsWith('.json'))) {
        const doc = readJson<{ document: { tracking: { id: string } }; vulnerabilities?: { product_status?: Partial<Record<string, string[]>> }[] }>(
          '.well-known/csaf/white',
          year.name,
          file,
        );
        const bulletin = doc.document.tracking.id.replace(/-[a-z]+$/, '');
        // A document without vulnerabilities has nowhere to give statuses (csaf_base): nothing to compare.
        if (!doc.vulnerabilities) continue;
        const given = new Map<string, Status>();
        const lists: [string, Status][] = [['known_affected', 'affected'], ['known_not_affected', 'not-affected'], ['fixed', 'fixed']];
        for (const vulnerability of doc.vulnerabilities) {
          for (const [list, status] of lists) {
            // Rows no catalog product maps are named as the source names them (CSAFPID-…): not catalog products.
            for (const id of vulnerability.product_status?.[list] ?? []) if (!id.startsWith('CSAFPID-')) given.set(id, status);
          }
        }
        // CSAF has one list for a product that includes the fix, by the bulletin's word or as a later service pack.
        const expected = new Map([...(byBulletin.get(bulletin) ?? [])].map(([product, status]) => [product, status === 'included' ? 'fixed' : status] as const));
        problems.push(...differences(`${year.name}/${file}`, given, expected));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(apiFiles.length / 2);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it.each(LANGS)('the product pages (%s)', (lang) => {
    const problems: string[] = [];
    for (const product of productIds) {
      const html = readFileSync(join(distDir, lang, 'products', product, 'index.html'), 'utf8');
      const given = new Map<string, Status>();
      for (const li of elements(html, (e) => e.tagName === 'li' && attribute(e, 'dataBulletin') !== undefined)) {
        const bulletin = attribute(li, 'dataBulletin')!;
        const status = attribute(li, 'dataStatus');
        if (status) given.set(bulletin, status as Status);
        // A curated bulletin's verdict, linked to its verdict page.
        const verdict = findVerdict(li);
        if (verdict) given.set(bulletin, VERDICT_STATUS[verdict]!);
      }
      problems.push(...differences(`/${lang}/products/${product}/`, given, byProduct.get(product) ?? new Map()));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('the product feeds: each the newest 50 bulletins that affect the product', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const product of productIds) {
        const xml = fromXml(readFileSync(join(distDir, lang, 'products', product, 'feed.xml'), 'utf8'));
        const given: string[] = [];
        visit(xml, 'element', (element) => {
          if (element.name !== 'entry') return;
          const link = element.children.find((c) => c.type === 'element' && c.name === 'link');
          const href = link && link.type === 'element' ? String(link.attributes['href']) : '';
          const match = /\/bulletins\/(ms\d{2}-\d{3})\/$/.exec(href);
          given.push(match ? idOf(match[1]!) : href);
        });
        const affecting = [...(byProduct.get(product) ?? new Map<string, Status>())].filter(([, s]) => s === 'affected').map(([b]) => b);
        const expected = affecting.sort((a, b) => bulletinOrder(b) - bulletinOrder(a)).slice(0, 50);
        if (given.join() !== expected.join()) problems.push(`/${lang}/products/${product}/feed.xml: ${given.join(' ')} ≠ ${expected.join(' ')}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('the check’s data: a bulletin affects the product exactly when the API says so', () => {
    const problems: string[] = [];
    const files = readdirSync(join(distDir, 'check/data')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = readJson<{ product: string; rows: { bulletin: string; affected: boolean }[] }>('check/data', file);
      const given = new Map<string, Status>();
      for (const row of data.rows) {
        // The rows are those that decided each bulletin's word: any affected one makes it affected.
        if (row.affected) given.set(row.bulletin, 'affected');
        else if (!given.has(row.bulletin)) given.set(row.bulletin, 'not-affected');
      }
      // A service pack with the fix, or out after the bulletin, has no row in the check: the API's `fixed` and `included` entries are not in it.
      const expected = new Map([...(byProduct.get(data.product) ?? [])].filter(([, s]) => s !== 'fixed' && s !== 'included'));
      problems.push(...differences(`/check/data/${file}`, given, expected));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it.each(LANGS)('the wizards (%s): an imported bulletin’s product table, a curated bulletin’s verdict pages', (lang) => {
    const problems: string[] = [];
    let wizards = 0;
    for (const [bulletin, expected] of byBulletin) {
      const folder = join(distDir, lang, 'bulletins', slugOf(bulletin), 'check');
      if (!existsSync(join(folder, 'index.html'))) continue;
      wizards++;
      const given = new Map<string, Status>();
      if (curated.has(bulletin)) {
        for (const product of expected.keys()) {
          const page = join(folder, product, 'index.html');
          if (!existsSync(page)) continue;
          const verdict = elements(readFileSync(page, 'utf8'), (e) => attribute(e, 'dataVerdict') !== undefined).map((e) => attribute(e, 'dataVerdict')!)[0];
          if (verdict) given.set(product, VERDICT_STATUS[verdict]!);
        }
      } else {
        const html = readFileSync(join(folder, 'index.html'), 'utf8');
        for (const row of elements(html, (e) => e.tagName === 'tr' && attribute(e, 'dataProduct') !== undefined)) {
          given.set(attribute(row, 'dataProduct')!, attribute(row, 'dataStatus') as Status);
        }
      }
      problems.push(...differences(`/${lang}/bulletins/${slugOf(bulletin)}/check/`, given, expected));
    }
    expect(wizards).toBeGreaterThan(0);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

/** The verdict a curated bulletin's entry on a product page links to (`data-verdict`), if it has one. */
function findVerdict(li: Element): string | undefined {
  let verdict: string | undefined;
  visit(li, 'element', (element: Element) => {
    verdict ??= attribute(element, 'dataVerdict');
  });
  return verdict;
}
