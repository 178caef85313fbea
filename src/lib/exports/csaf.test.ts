/// <reference types="node" />
import { describe, expect, it } from 'vitest';
// @ts-expect-error TS7016: the validator ships no declaration file.
import * as optionalTests from '@secvisogram/csaf-validator-lib/optionalTests.js';
// @ts-expect-error TS7016: the validator ships no declaration file.
import * as informativeTests from '@secvisogram/csaf-validator-lib/informativeTests.js';
// @ts-expect-error TS7016: the validator ships no declaration file.
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js';
import { ROOT_DIR } from '../../../test/support/paths.ts';
import { readCorpusFile } from '../corpus/files.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { bulletinProductReader } from '../products/bulletin-products.ts';
import { readCorpusProducts } from '../products/corpus-products.ts';
import {
  buildCsaf,
  csafFileName,
  csafPath,
  csafProducts,
  csafRevisions,
  formatCsafProblems,
  validateCsaf,
  type CsafDocument,
  type CsafInput,
  type CsafProduct,
} from './csaf.ts';

/*
 * Every document must pass the strict CSAF 2.0 schema and all mandatory tests (6.1.x), offline:
 * `validateCsaf` runs exactly those (the library's mandatory set has no test that does I/O; it leaves out
 * 6.1.8, which its schema test covers). The optional (6.2.x) and informative (6.3.x) tests are
 * recommendations, run below only to show that the documents raise none that the facts could avoid;
 * skipped there: 6.3.6 and 6.3.7 (they send HTTP requests to every reference URL) and 6.3.8 (it spawns
 * hunspell, which is not installed and needs a dictionary per language).
 */

const SITE = 'https://bulletins.example.org';
const read = (file: string) => readCorpusFile(ROOT_DIR, `content/sources/microsoft/ja-jp/${file}`);

/** The non-mandatory tests that run offline: what each document still raises (warnings, infos, failures). */
const OFFLINE_RECOMMENDED = [
  ...Object.entries(optionalTests as Record<string, unknown>),
  ...Object.entries(informativeTests as Record<string, unknown>).filter(([name]) => !/_6_3_[678]$/.test(name)),
].map(([, test]) => test);
async function recommendations(doc: CsafDocument): Promise<string[]> {
  const result = (await validateStrict(OFFLINE_RECOMMENDED, doc)) as {
    tests: { name: string; isValid: boolean; errors: { message: string }[]; warnings: { message: string }[]; infos: { message: string }[] }[];
  };
  return result.tests.flatMap((t) => [...t.errors, ...t.warnings, ...t.infos].map((m) => `${t.name}: ${m.message}`));
}

async function expectValid(doc: CsafDocument) {
  const problems = await validateCsaf(doc);
  expect(formatCsafProblems(problems)).toBe('');
  expect(problems).toEqual([]);
}

const row = (name: string, downloads: string[] = [], component?: string) => ({ name, downloads, ...(component ? { component } : {}) });
const DL = {
  w2k: 'https://www.microsoft.com/download/details.aspx?familyid=e22eb3ae-1295-4fe2-9775-6f43c5c2aed3&displaylang=ja',
  w2kNec: 'https://www.microsoft.com/download/details.aspx?familyid=e22eb3ae-1295-4fe2-9775-6f43c5c2aed3&displaylang=ja-nec',
  xp: 'https://www.microsoft.com/download/details.aspx?familyid=0d5f9b6e-9265-44b9-a376-2067b73d6a03&displaylang=ja',
};

/** Shaped like the importer's MS08-067 (a few rows of it). */
const MS08_067: CorpusFacts = {
  id: 'MS08-067',
  slug: 'ms08-067',
  year: 2008,
  file: 'content/sources/microsoft/ja-jp/2008/ms08-067.md',
  title: 'Server サービスの脆弱性により、リモートでコードが実行される',
  severity: 'critical',
  kb: '958644',
  published: '2008-10-24',
  updated: '2008-10-24',
  version: '1.1',
  summary: 'この更新プログラムは非公開で報告された Server サービスに存在する脆弱性を解決します。',
  vulnerabilities: [{ id: 'CVE-2008-4250', cve: 'CVE-2008-4250', title: 'Server サービスの脆弱性', impacts: ['remote-code-execution'] }],
  replaces: [{ bulletin: 'MS06-040' }],
  affected: [row('Microsoft Windows 2000 Service Pack 4', [DL.w2k, DL.w2kNec]), row('Windows XP Service Pack 2', [DL.xp]), row('Windows XP Service Pack 3', [DL.xp])],
  notAffected: [row('Windows XP Service Pack 1')],
  fixedIn: [],
  cites: { bulletins: ['MS06-040'], kbs: ['958644'] },
};
const MS08_067_PRODUCTS: CsafProduct[] = [
  { id: 'windows-2000-sp4', name: 'Windows 2000 Service Pack 4', status: 'affected', kbs: ['958644'], downloads: [DL.w2k, DL.w2kNec] },
  { id: 'windows-xp-sp2', name: 'Windows XP Service Pack 2', status: 'affected', kbs: ['958644'], downloads: [DL.xp] },
  { id: 'windows-xp-sp3', name: 'Windows XP Service Pack 3', status: 'affected', kbs: ['958644'], downloads: [DL.xp], version: { productName: 'Windows XP', version: 'Service Pack 3' } },
  { id: 'windows-xp-sp1', name: 'Windows XP Service Pack 1', status: 'not-affected', kbs: [], downloads: [] },
  { id: 'windows-xp-sp4', name: 'Windows XP Service Pack 4', status: 'fixed', kbs: [], downloads: [] },
];
const ms08067 = (extra: Partial<CsafInput> = {}) => buildCsaf({ facts: MS08_067, products: MS08_067_PRODUCTS, siteUrl: `${SITE}/`, ...extra });

describe('a bulletin with catalog products (shaped like MS08-067)', () => {
  const doc = ms08067({ restart: { category: 'machine' }, generator: { name: 'bulletin-kb', version: '0.1.0' } });

  it('passes the schema and every mandatory test', async () => {
    await expectValid(doc);
  });

  it('raises, of the offline optional and informative tests, only those the facts cannot answer', async () => {
    // The source gives no CVSS score (6.2.3), no CPE or other identification helper (6.2.16), no CWE (6.3.4),
    // and the catalog gives most products no version apart from their name (6.3.9).
    const raised = new Set((await recommendations(doc)).map((m) => m.slice(0, m.indexOf(':'))));
    expect([...raised].sort()).toEqual(['informativeTest_6_3_4', 'informativeTest_6_3_9', 'optionalTest_6_2_16', 'optionalTest_6_2_3']);
  });

  it('is a Japanese security advisory, published by the site as a republisher of Microsoft’s bulletin', () => {
    expect(doc.document).toMatchObject({
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      lang: 'ja',
      title: 'MS08-067: Server サービスの脆弱性により、リモートでコードが実行される',
      publisher: { category: 'other', name: 'Security Bulletin Knowledge Base', namespace: SITE },
      distribution: { tlp: { label: 'WHITE' } },
      aggregate_severity: { text: '緊急' },
    });
    expect(doc.document.source_lang).toBeUndefined();
    expect(doc.document.notes.map((n) => n.category)).toEqual(['summary', 'legal_disclaimer']);
    expect(doc.document.notes[1]!.text).toContain('CC BY 4.0');
  });

  it('tracks the bulletin: its id, its dates as date-times, one revision keeping the bulletin’s version', () => {
    expect(doc.document.tracking).toEqual({
      id: 'MS08-067',
      status: 'final',
      version: '1',
      initial_release_date: '2008-10-24T00:00:00.000Z',
      current_release_date: '2008-10-24T00:00:00.000Z',
      revision_history: [{ date: '2008-10-24T00:00:00.000Z', number: '1', summary: 'セキュリティ情報の公開', legacy_version: '1.1' }],
      generator: { engine: { name: 'bulletin-kb', version: '0.1.0' } },
    });
  });

  it('references the source bulletin first, then itself at its provider path', () => {
    const [source, self, ...rest] = doc.document.references;
    expect(source).toMatchObject({ category: 'external', url: 'https://learn.microsoft.com/ja-jp/security-updates/securitybulletins/2008/ms08-067' });
    expect(self).toMatchObject({ category: 'self', url: `${SITE}/.well-known/csaf/white/2008/ms08-067.json` });
    expect(rest.map((r) => r.url)).toEqual([`${SITE}/ja/bulletins/ms08-067/`, 'https://support.microsoft.com/kb/958644']);
  });

  it('puts the catalog products under Microsoft, with a version branch only where one is given', () => {
    expect(doc.product_tree).toEqual({
      branches: [
        {
          category: 'vendor',
          name: 'Microsoft',
          branches: [
            { category: 'product_name', name: 'Windows 2000 Service Pack 4', product: { product_id: 'windows-2000-sp4', name: 'Windows 2000 Service Pack 4' } },
            { category: 'product_name', name: 'Windows XP Service Pack 2', product: { product_id: 'windows-xp-sp2', name: 'Windows XP Service Pack 2' } },
            {
              category: 'product_name',
              name: 'Windows XP',
              branches: [{ category: 'product_version', name: 'Service Pack 3', product: { product_id: 'windows-xp-sp3', name: 'Windows XP Service Pack 3' } }],
            },
            { category: 'product_name', name: 'Windows XP Service Pack 1', product: { product_id: 'windows-xp-sp1', name: 'Windows XP Service Pack 1' } },
            { category: 'product_name', name: 'Windows XP Service Pack 4', product: { product_id: 'windows-xp-sp4', name: 'Windows XP Service Pack 4' } },
          ],
        },
      ],
    });
  });

  it('gives the vulnerability its CVE, its title as a note, each product’s status and one vendor fix per download', () => {
    expect(doc.vulnerabilities).toHaveLength(1);
    const [v] = doc.vulnerabilities!;
    expect(v).toMatchObject({ cve: 'CVE-2008-4250', title: 'Server サービスの脆弱性', notes: [{ category: 'summary', text: 'Server サービスの脆弱性' }] });
    expect(v!.product_status).toEqual({
      known_affected: ['windows-2000-sp4', 'windows-xp-sp2', 'windows-xp-sp3'],
      known_not_affected: ['windows-xp-sp1'],
      fixed: ['windows-xp-sp4'],
    });
    const fix = 'セキュリティ更新プログラム (KB958644) をダウンロードしてインストールします。';
    expect(v!.remediations).toEqual([
      { category: 'vendor_fix', details: fix, product_ids: ['windows-2000-sp4'], url: DL.w2k, restart_required: { category: 'machine' } },
      { category: 'vendor_fix', details: fix, product_ids: ['windows-2000-sp4'], url: DL.w2kNec, restart_required: { category: 'machine' } },
      { category: 'vendor_fix', details: fix, product_ids: ['windows-xp-sp2', 'windows-xp-sp3'], url: DL.xp, restart_required: { category: 'machine' } },
    ]);
  });

  it('gives each impact the source names as a threat of category impact, in Japanese', () => {
    expect(doc.vulnerabilities![0]!.threats).toEqual([{ category: 'impact', details: 'リモートでコードが実行される' }]);
    const { impacts: _impacts, ...withoutImpact } = MS08_067.vulnerabilities[0]!;
    expect(ms08067({ facts: { ...MS08_067, vulnerabilities: [withoutImpact] } }).vulnerabilities![0]!.threats).toBeUndefined();
  });

  it('takes workarounds, for the affected products unless it names others', async () => {
    const withWorkaround = ms08067({ workarounds: [{ details: 'Server サービスと Computer Browser サービスを無効にします。' }, { details: '…', cves: ['CVE-2000-0001'] }] });
    await expectValid(withWorkaround);
    expect(withWorkaround.vulnerabilities![0]!.remediations!.filter((r) => r.category === 'workaround')).toEqual([
      { category: 'workaround', details: 'Server サービスと Computer Browser サービスを無効にします。', product_ids: ['windows-2000-sp4', 'windows-xp-sp2', 'windows-xp-sp3'] },
    ]);
  });

  it('names a KB in a vendor fix only when the link’s products share that one KB', () => {
    const products = MS08_067_PRODUCTS.map((p) => (p.id === 'windows-xp-sp3' ? { ...p, kbs: ['111111'] } : p));
    const fixes = buildCsaf({ facts: MS08_067, products, siteUrl: SITE }).vulnerabilities![0]!.remediations!;
    expect(fixes.find((r) => r.url === DL.xp)!.details).toBe('セキュリティ更新プログラムをダウンロードしてインストールします。');
  });
});

describe('csafRevisions', () => {
  it('adds the updated date as revision 2 when it is later, the bulletin’s version on it', () => {
    expect(csafRevisions({ id: 'MS04-015', published: '2004-05-12', updated: '2004-06-09', version: '1.1' })).toEqual([
      { date: '2004-05-12T00:00:00.000Z', number: '1', summary: 'セキュリティ情報の公開' },
      { date: '2004-06-09T00:00:00.000Z', number: '2', summary: 'セキュリティ情報の最終更新 (変更の内容は原文の更新履歴を参照)', legacy_version: '1.1' },
    ]);
  });
  it('leaves out an updated date that is missing or before the published one', () => {
    expect(csafRevisions({ id: 'MS09-041', published: '2009-08-11' })).toEqual([{ date: '2009-08-11T00:00:00.000Z', number: '1', summary: 'セキュリティ情報の公開' }]);
    expect(csafRevisions({ id: 'MS03-038', published: '2004-09-04', updated: '2003-09-05' })).toHaveLength(1);
  });
  it('refuses facts without a published date, naming the bulletin', () => {
    expect(() => csafRevisions({ id: 'MS99-001' })).toThrow(/MS99-001/);
  });
  it('takes the source’s revision history where it is known, each entry’s version as legacy_version', () => {
    const history = [
      { date: '2004-05-12', summary: 'V1.0 (2004/5/12): 公開しました。', version: '1.0' },
      { date: '2004-06-01', summary: 'V1.1 (2004/6/1): 更新しました。', version: '1.1' },
    ];
    expect(csafRevisions({ id: 'MS04-015', published: '2004-05-12', updated: '2004-06-01', version: '1.1' }, 'ja', history)).toEqual([
      { date: '2004-05-12T00:00:00.000Z', number: '1', summary: 'V1.0 (2004/5/12): 公開しました。', legacy_version: '1.0' },
      { date: '2004-06-01T00:00:00.000Z', number: '2', summary: 'V1.1 (2004/6/1): 更新しました。', legacy_version: '1.1' },
    ]);
    // A date line's last update later than the history's last entry adds a revision; entries without versions leave the bulletin's on the last.
    const plain = history.map(({ date, summary }) => ({ date, summary }));
    expect(csafRevisions({ id: 'MS04-015', published: '2004-05-12', updated: '2004-07-01', version: '1.2' }, 'en', plain).map((r) => [r.number, r.date.slice(0, 10), r.legacy_version])).toEqual([
      ['1', '2004-05-12', undefined],
      ['2', '2004-06-01', undefined],
      ['3', '2004-07-01', '1.2'],
    ]);
  });
  it('dates the initial release by the published date, even where the history starts a day later', async () => {
    const doc = buildCsaf({ facts: MS08_067, products: MS08_067_PRODUCTS, siteUrl: SITE, revisions: [{ date: '2008-10-25', summary: 'V1.0 (2008/10/25): 公開しました。', version: '1.0' }] });
    expect(doc.document.tracking).toMatchObject({ initial_release_date: '2008-10-24T00:00:00.000Z', current_release_date: '2008-10-25T00:00:00.000Z', version: '1' });
    await expectValid(doc);
  });
  it('gives a valid document with two revisions', async () => {
    const doc = buildCsaf({ facts: { ...MS08_067, updated: '2008-11-26' }, products: MS08_067_PRODUCTS, siteUrl: SITE });
    expect(doc.document.tracking).toMatchObject({ version: '2', initial_release_date: '2008-10-24T00:00:00.000Z', current_release_date: '2008-11-26T00:00:00.000Z' });
    await expectValid(doc);
  });
});

describe('paths', () => {
  it('are the lower-cased tracking id under the year of the initial release', () => {
    expect(csafFileName('MS04-015-en')).toBe('ms04-015-en.json');
    expect(csafFileName('Example Co 2019/YH3234')).toBe('example_co_2019_yh3234.json');
    expect(csafPath('MS99-034', '2000-03-16T00:00:00.000Z')).toBe('/.well-known/csaf/white/2000/ms99-034.json');
  });
});

describe('a bulletin whose rows name no catalog product', () => {
  const facts: CorpusFacts = {
    ...MS08_067,
    id: 'MS00-099',
    slug: 'ms00-099',
    year: 2000,
    file: 'content/sources/microsoft/ja-jp/2000/ms00-099.md',
    published: '2000-12-01',
    updated: '2000-12-20',
    vulnerabilities: [
      { id: 'CAN-2000-0001', cve: 'CVE-2000-0001' },
      { id: 'CVE-2000-0001', cve: 'CVE-2000-0001' },
    ],
    affected: [row('Example Server 1.0', ['https://www.microsoft.com/download/example']), row('Example Server 1.0', [], 'Example Component 2'), row('Example Server 1.0', ['https://www.microsoft.com/download/example'])],
    notAffected: [row('Example Server 2.0'), row('Example Server 1.0')],
  };
  for (const key of ['severity', 'kb', 'version'] as const) delete facts[key];
  const doc = buildCsaf({ facts, products: [], unmappedRows: { affected: facts.affected, notAffected: facts.notAffected }, siteUrl: SITE });

  it('is valid', async () => {
    await expectValid(doc);
  });

  it('names the products as the source does, CSAFPID-0001 onwards, each once', () => {
    expect(doc.product_tree).toEqual({
      full_product_names: [
        { product_id: 'CSAFPID-0001', name: 'Example Server 1.0' },
        { product_id: 'CSAFPID-0002', name: 'Example Server 1.0 / Example Component 2' },
        { product_id: 'CSAFPID-0003', name: 'Example Server 2.0' },
      ],
    });
  });

  it('says of them only what the lists say, and gives the rows’ downloads as fixes', () => {
    expect(doc.vulnerabilities).toHaveLength(1);
    const [v] = doc.vulnerabilities!;
    expect(v).toMatchObject({ cve: 'CVE-2000-0001', ids: [{ system_name: 'CVE candidate (CAN)', text: 'CAN-2000-0001' }] });
    expect(v!.title).toBeUndefined();
    expect(v!.notes).toEqual([{ category: 'general', title: 'この脆弱性を扱うセキュリティ情報', text: facts.title }]);
    expect(v!.product_status).toEqual({ known_affected: ['CSAFPID-0001', 'CSAFPID-0002'], known_not_affected: ['CSAFPID-0003'] });
    expect(v!.remediations).toEqual([
      { category: 'vendor_fix', details: 'セキュリティ更新プログラムをダウンロードしてインストールします。', product_ids: ['CSAFPID-0001'], url: 'https://www.microsoft.com/download/example' },
    ]);
    expect(doc.document.aggregate_severity).toBeUndefined();
  });

  it('without a CVE id, one vulnerability without CVE carries the products’ status', async () => {
    const noCve = buildCsaf({ facts: { ...facts, vulnerabilities: [] }, products: [], unmappedRows: { affected: facts.affected, notAffected: [] }, siteUrl: SITE });
    await expectValid(noCve);
    expect(noCve.vulnerabilities).toEqual([
      expect.objectContaining({ title: facts.title, product_status: { known_affected: ['CSAFPID-0001', 'CSAFPID-0002'] } }),
    ]);
    expect(noCve.vulnerabilities![0]!.cve).toBeUndefined();
  });

  it('without any software row, is a valid csaf_base document without a product tree', async () => {
    const bare = buildCsaf({ facts: { ...facts, affected: [], notAffected: [] }, products: [], siteUrl: SITE });
    await expectValid(bare);
    expect(bare.document.category).toBe('csaf_base');
    expect(bare.product_tree).toBeUndefined();
    expect(bare.vulnerabilities![0]!.product_status).toBeUndefined();
    const empty = buildCsaf({ facts: { ...facts, affected: [], notAffected: [], vulnerabilities: [] }, products: [], siteUrl: SITE });
    await expectValid(empty);
    expect(empty.vulnerabilities).toBeUndefined();
  });
});

describe('a corpus bulletin with the real catalog (MS03-026)', () => {
  const { facts } = read('2003/ms03-026.md');
  const { data, problems } = readCorpusProducts(ROOT_DIR);
  const catalog = data!.products;
  const names = new Map(catalog.map((p) => [p.id, p.name.ja]));
  const view = bulletinProductReader(data!.spellings, catalog)(facts);
  const { products, unmappedRows } = csafProducts(view.products, view.rows, (id) => names.get(id));
  const doc = buildCsaf({ facts, products, unmappedRows, siteUrl: SITE });

  it('reads the catalog', () => {
    expect(problems).toEqual([]);
    expect(products.length).toBeGreaterThan(0);
  });

  it('is valid', async () => {
    await expectValid(doc);
  });

  it('has its keys sorted (6.2.13)', async () => {
    expect((await recommendations(doc)).filter((m) => m.startsWith('optionalTest_6_2_13'))).toEqual([]);
  });

  it('has the catalog’s products, named as the catalog names them, and the source’s CVE', () => {
    const names = new Map(catalog.map((p) => [p.id, p.name.ja]));
    const leaves = doc.product_tree!.branches![0]!.branches!.map((b) => b.product!);
    expect(leaves.map((p) => p.product_id)).toEqual(products.map((p) => p.id));
    for (const leaf of leaves) expect(leaf.name).toBe(names.get(leaf.product_id));
    expect(doc.vulnerabilities!.map((v) => v.cve)).toEqual([...new Set(facts.vulnerabilities.map((v) => v.cve))]);
    expect(doc.vulnerabilities![0]!.product_status!.known_affected).toEqual(products.filter((p) => p.status === 'affected').map((p) => p.id));
    expect(doc.document.references[1]!.url).toBe(`${SITE}/.well-known/csaf/white/2003/ms03-026.json`);
  });
});

describe('the English translation option (a small MS04-015 fixture)', () => {
  const facts: CorpusFacts = {
    id: 'MS04-015',
    slug: 'ms04-015',
    year: 2004,
    file: 'content/sources/microsoft/ja-jp/2004/ms04-015.md',
    title: 'ヘルプとサポート センターの脆弱性により、リモートでコードが実行される',
    severity: 'important',
    kb: '840374',
    published: '2004-05-12',
    updated: '2004-06-09',
    version: '1.1',
    vulnerabilities: [{ id: 'CAN-2004-0199', cve: 'CVE-2004-0199', title: 'ヘルプとサポート センターの脆弱性', impacts: ['remote-code-execution', 'denial-of-service'] }],
    replaces: [],
    affected: [row('Microsoft Windows XP および Microsoft Windows XP Service Pack 1', ['https://www.microsoft.com/downloads/details.aspx?FamilyId=example'])],
    notAffected: [row('Microsoft Windows 98')],
    fixedIn: [],
    cites: { bulletins: [], kbs: [] },
  };
  const products: CsafProduct[] = [
    { id: 'windows-xp', name: 'Windows XP', status: 'affected', kbs: ['840374'], downloads: ['https://www.microsoft.com/downloads/details.aspx?FamilyId=example'] },
    { id: 'windows-98', name: 'Windows 98', status: 'not-affected', kbs: [], downloads: [] },
  ];
  const doc = buildCsaf({
    facts,
    products,
    siteUrl: SITE,
    translation: {
      lang: 'en',
      title: 'Vulnerability in Help and Support Center Could Allow Remote Code Execution',
      vulnerabilityTitles: { 'CVE-2004-0199': 'Help and Support Center Vulnerability' },
    },
  });

  it('is valid', async () => {
    await expectValid(doc);
  });

  it('names the impacts in English, one threat each, in the source’s order', () => {
    expect(doc.vulnerabilities![0]!.threats).toEqual([
      { category: 'impact', details: 'Remote Code Execution' },
      { category: 'impact', details: 'Denial of Service' },
    ]);
  });

  it('is an English translation from Japanese, by the site as translator, tracked as MS04-015-en', () => {
    expect(doc.document).toMatchObject({
      lang: 'en',
      source_lang: 'ja',
      title: 'MS04-015: Vulnerability in Help and Support Center Could Allow Remote Code Execution',
      publisher: { category: 'translator', name: 'Security Bulletin Knowledge Base' },
      aggregate_severity: { text: 'Important' },
      tracking: { id: 'MS04-015-en', version: '2' },
    });
    expect(doc.document.tracking.revision_history.map((r) => r.summary)).toEqual(['Bulletin published', expect.stringContaining('Bulletin last updated')]);
  });

  it('references the Japanese original first, itself, then the Japanese CSAF document', () => {
    expect(doc.document.references.map((r) => [r.category, r.url])).toEqual([
      ['external', 'https://learn.microsoft.com/ja-jp/security-updates/securitybulletins/2004/ms04-015'],
      ['self', `${SITE}/.well-known/csaf/white/2004/ms04-015-en.json`],
      ['external', `${SITE}/.well-known/csaf/white/2004/ms04-015.json`],
      ['external', 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2004/ms04-015'],
      ['external', `${SITE}/en/bulletins/ms04-015/`],
      ['external', 'https://support.microsoft.com/kb/840374'],
    ]);
  });

  it('writes its own texts in English', () => {
    const [v] = doc.vulnerabilities!;
    expect(v).toMatchObject({ title: 'Help and Support Center Vulnerability', remediations: [{ details: 'Download and install the security update (KB840374).' }] });
    expect(doc.document.notes.map((n) => n.category)).toEqual(['legal_disclaimer']);
  });
});

describe('validateCsaf', () => {
  it('reports a duplicate product id and a malformed CVE, naming the bulletin and the test', async () => {
    const doc = structuredClone(ms08067());
    const vendor = doc.product_tree!.branches![0]!;
    vendor.branches!.push({ category: 'product_name', name: 'Copy', product: { product_id: 'windows-xp-sp2', name: 'Copy' } });
    doc.vulnerabilities![0]!.cve = 'CVE-08-4250';
    const problems = await validateCsaf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bulletin: 'MS08-067', test: 'csaf_2_0_strict', path: '/vulnerabilities/0/cve' }),
        expect.objectContaining({ bulletin: 'MS08-067', test: 'mandatoryTest_6_1_2' }),
      ]),
    );
    expect(formatCsafProblems(problems)).toMatch(/^MS08-067: csaf_2_0_strict at \/vulnerabilities\/0\/cve: /m);
    expect(formatCsafProblems(problems)).toMatch(/^MS08-067: mandatoryTest_6_1_2 at /m);
  });

  it('reports a product status naming an undefined product (6.1.1)', async () => {
    const doc = structuredClone(ms08067());
    doc.vulnerabilities![0]!.product_status!.fixed!.push('windows-nowhere');
    expect((await validateCsaf(doc)).map((p) => p.test)).toContain('mandatoryTest_6_1_1');
  });

  it('names a document without a tracking id as such', async () => {
    const problems = await validateCsaf({ document: {} });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.bulletin === '(no tracking id)')).toBe(true);
  });
});
