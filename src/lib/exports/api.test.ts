import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { productFacts } from '../content/bulletin-facts.ts';
import { curatedModel, importedModel } from '../content/bulletin-model.ts';
import { readCorpusFile } from '../corpus/files.ts';
import { bulletinProductReader } from '../products/bulletin-products.ts';
import { readCorpusProducts } from '../products/corpus-products.ts';
import { publishedContent } from '../../../test/support/content.ts';
import { apiBulletin, apiBulletinPath, apiBulletinSchema, apiIndexSchema, apiSummary, type ApiBulletinInput } from './api.ts';

const SITE = 'https://bulletins.example.org';
const { data } = readCorpusProducts(process.cwd());
const spellings = data!.spellings;
const catalog = data!.products;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validBulletin = ajv.compile(apiBulletinSchema(SITE));
const validIndex = ajv.compile(apiIndexSchema(SITE));
const errors = (validate: typeof validBulletin) => ajv.errorsText(validate.errors);

/** An imported bulletin's input, as the data layer makes it. */
function importedInput(file: string): ApiBulletinInput {
  const { facts } = readCorpusFile(process.cwd(), `content/sources/microsoft/ja-jp/${file}`);
  const { products, rows } = bulletinProductReader(spellings, catalog)(facts);
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const catalogRow = ({ products: ids, kb }: { products: string[]; kb?: string }) => ({ products: ids, ...(kb ? { kb } : {}) });
  return {
    model: importedModel(facts),
    products: products.map((entry) => ({ id: entry.product, name: byId.get(entry.product)!.name, status: entry.status, kbs: entry.kbs, downloads: entry.downloads })),
    rows: { affected: rows.affected.map(catalogRow), notAffected: rows.notAffected.map(catalogRow) },
    replacedBy: ['MS09-999'],
    csaf: { ja: `${SITE}/.well-known/csaf/white/${facts.published!.slice(0, 4)}/${facts.slug}.json` },
  };
}

describe('an imported bulletin’s API file (MS08-067)', () => {
  const input = importedInput('2008/ms08-067.md');
  const doc = apiBulletin(`${SITE}/`, input);

  it('passes its JSON Schema', () => {
    expect(validBulletin(doc), errors(validBulletin)).toBe(true);
  });

  it('has the facts the page shows, with absolute URLs', () => {
    expect(doc).toMatchObject({
      id: 'MS08-067',
      severity: 'critical',
      kb: '958644',
      cves: ['CVE-2008-4250'],
      curated: false,
      replacedBy: ['MS09-999'],
      urls: {
        page: { ja: `${SITE}/ja/bulletins/ms08-067/`, en: `${SITE}/en/bulletins/ms08-067/` },
        json: `${SITE}/api/v1/bulletins/ms08-067.json`,
        csaf: { ja: `${SITE}/.well-known/csaf/white/2008/ms08-067.json` },
        source: 'https://learn.microsoft.com/ja-jp/security-updates/securitybulletins/2008/ms08-067',
      },
    });
    expect(doc.title.en).toBeUndefined();
    expect(doc.vulnerabilities).toEqual([{ id: 'CVE-2008-4250', cve: 'CVE-2008-4250', impacts: ['remote-code-execution'], title: { ja: input.model.facts.vulnerabilities[0]!.title } }]);
    expect(doc.updates).toBeUndefined();
    expect(doc.restart).toEqual({ kind: 'required', statements: ['あり。セキュリティ更新プログラムを適用してから、コンピューターを再起動する必要があります。'] });
    expect(doc.workarounds![0]).toEqual({ title: { ja: 'Server サービスおよび Computer Browser サービスを無効にする' }, cves: ['CVE-2008-4250'] });
    expect(doc.revisions).toEqual(input.model.facts.revisions!.map((r) => ({ date: r.date, ...(r.version ? { version: r.version } : {}), text: { ja: r.text } })));
  });

  it('gives every software row as the source names it, with its downloads and products', () => {
    expect(doc.affected).toHaveLength(input.model.facts.affected.length);
    expect(doc.affected.map((r) => r.name)).toEqual(input.model.facts.affected.map((r) => r.name));
    const xpSp2 = doc.affected.find((r) => r.products.includes('windows-xp-sp2'))!;
    expect(xpSp2.downloads.length).toBeGreaterThan(0);
    expect(doc.products.find((p) => p.id === 'windows-xp-sp2')).toMatchObject({ status: 'affected', url: { en: `${SITE}/en/products/windows-xp-sp2/` } });
  });

  it('its index entry passes the index schema', () => {
    const index = { version: 1, bulletins: [apiSummary(SITE, input)] };
    expect(validIndex(index), errors(validIndex)).toBe(true);
    expect(Object.keys(index.bulletins[0]!).sort()).toEqual(['curated', 'cves', 'id', 'kb', 'published', 'severity', 'title', 'updated', 'urls']);
  });
});

describe('a curated bulletin’s API file (MS04-015)', () => {
  const site = publishedContent();
  const bulletin = site.bulletins.find((b) => b.id === 'MS04-015')!;
  const base = importedInput('2004/ms04-015.md');
  const facts = productFacts(bulletin);
  const workaround = (title: string) => ({ anchors: [{ id: 'workaround-unregister-hcp', kind: 'workaround' as const, title, level: 4 }], blocks: [], links: [], kbs: [], bulletins: [], code: [] });
  const outlines = { ja: workaround('HCP プロトコルの登録を解除する'), en: workaround('Unregister the HCP protocol') };
  const doc = apiBulletin(SITE, {
    ...base,
    model: curatedModel(base.model.facts, { bulletin, productFacts: facts, outlines }),
    products: [...facts.values()].map((f) => ({
      id: f.product,
      name: site.productsById.get(f.product)!.name,
      status: f.status === 'patched' ? 'fixed' : f.status,
      kbs: f.status === 'affected' ? ['840374'] : [],
      downloads: f.download ? [f.download] : [],
      ...(f.fixedVersion ? { fixedVersion: { file: 'helpctr.exe', version: f.fixedVersion } } : {}),
    })),
  });

  it('passes its JSON Schema', () => {
    expect(validBulletin(doc), errors(validBulletin)).toBe(true);
  });

  it('has the English title and vulnerability title, and the fixed file versions of the contract', () => {
    expect(doc.title.en).toBe('Vulnerability in Help and Support Center Could Allow Remote Code Execution');
    expect(doc.vulnerabilities[0]).toEqual({ id: 'CAN-2004-0199', cve: 'CVE-2004-0199', impacts: ['remote-code-execution'], title: { ja: expect.any(String), en: 'Help and Support Center Vulnerability' } });
    const fixed = Object.fromEntries(doc.products.filter((p) => p.fixedVersion).map((p) => [p.id, p.fixedVersion!.version]));
    expect(fixed).toEqual({
      'windows-xp': '5.1.2600.137',
      'windows-xp-sp1': '5.1.2600.1515',
      'windows-xp-64-sp1': '5.1.2600.1515',
      'windows-xp-64-v2003': '5.2.3790.161',
      'windows-server-2003': '5.2.3790.161',
      'windows-server-2003-64': '5.2.3790.161',
    });
  });

  it('has the restart its update sections agree on, and its workarounds in both languages', () => {
    expect(doc.restart).toEqual({ kind: 'may-be-required' });
    expect(doc.workarounds).toEqual([{ title: { ja: 'HCP プロトコルの登録を解除する', en: 'Unregister the HCP protocol' } }]);
  });

  it('has the revision history in both languages, as plain text', () => {
    expect(doc.revisions).toHaveLength(bulletin.revisions.length);
    expect(doc.revisions![2]).toEqual({ date: '2004-05-12', text: { ja: expect.stringContaining('842253'), en: 'Updated the "Caveats" to add information about Knowledge Base Article 842253.' } });
  });

  it('has the update sections with every file row and registry key as the YAML gives them', () => {
    expect(doc.updates!.map((u) => u.id)).toEqual(['update-windows-server-2003', 'update-windows-xp']);
    const ws2003 = doc.updates![0]!;
    expect(ws2003).toMatchObject({ includedIn: 'windows-server-2003-sp1', restart: 'may-be-required' });
    expect(ws2003.registryKeys).toEqual([
      { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows Server 2003\\SP1\\KB840374\\Filelist', products: ['windows-server-2003', 'windows-server-2003-64'] },
    ]);
    expect(ws2003.files[0]).toEqual({ table: 'files-ws2003-x86', products: ['windows-server-2003'], file: 'helpctr.exe', version: '5.2.3790.161', size: 782848, date: '2004-04-15', time: '15:04:40', platform: 'x86', folder: 'rtmgdr' });
    expect(ws2003.files[1]).not.toHaveProperty('version');
  });
});

describe('the schemas', () => {
  it('reject a file that drops a required field or adds an unknown one', () => {
    const doc = apiBulletin(SITE, importedInput('2003/ms03-026.md'));
    const { products: _products, ...withoutProducts } = doc;
    expect(validBulletin(withoutProducts)).toBe(false);
    expect(validBulletin({ ...doc, extra: 1 })).toBe(false);
    expect(validBulletin({ ...doc, kb: 'KB823980' })).toBe(false);
  });
  it('paths', () => {
    expect(apiBulletinPath('MS08-067')).toBe('/api/v1/bulletins/ms08-067.json');
  });
});
