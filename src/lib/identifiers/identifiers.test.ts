import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { BulletinInput } from '../../schemas/bulletin.ts';
import { productFacts } from '../content/bulletin-facts.ts';
import {
  bulletinsFixing,
  cveIndex,
  cveLists,
  identifierExamples,
  identifierTable,
  isSitePath,
  kbIndex,
  kbRedirect,
  parseBulletinId,
  parseCve,
  parseKb,
  productIndex,
  productNameKey,
  productsByFamily,
  routeIdentifier,
  searchUrl,
} from './identifiers.ts';
import { loadContent, type SourceFile } from '../content/load.ts';

const read = (file: string): SourceFile => ({ file, text: readFileSync(file, 'utf8') });
const catalog = read('content/products.yaml');
const ms04015 = read('content/bulletins/ms04-015/bulletin.yaml');

/**
 * A second bulletin that exists only here: it fixes the same CVE as MS04-015 under its CAN id, ships
 * another KB, calls Windows 2000 SP4 affected (MS04-015 says not affected) and Windows XP SP1 not
 * affected. It goes through the real loader, so it is a bulletin the build would accept.
 */
const synthetic: BulletinInput = {
  id: 'MS99-001',
  kb: '999001',
  severity: 'moderate',
  published: '1999-01-20',
  updated: '1999-01-20',
  headline: 'Synthetic MS99-001',
  title: 'Synthetic test bulletin (999001)',
  source: { url: 'https://example.invalid/ms99-001', file: 'bulletin.yaml' },
  summary: { audience: 'Tests', impact: 'Made up', recommendation: 'None' },
  affectedSoftware: {
    platform: 'PC/AT',
    rows: [{ software: 'Windows 2000 SP4', products: ['windows-2000-sp4'], download: 'https://example.invalid/ms99-001/download' }],
  },
  nonAffectedSoftware: [{ software: 'Windows XP SP1', products: ['windows-xp-sp1'] }],
  severityColumns: [{ id: 'windows-2000', label: 'Windows 2000' }],
  vulnerabilities: [
    {
      id: 'CAN-2004-0199',
      cve: 'CVE-2004-0199',
      anchor: 'vulnerability-can-2004-0199',
      url: 'https://www.cve.mitre.org/cgi-bin/cvename.cgi?name=can-2004-0199',
      title: 'Synthetic test vulnerability',
      impact: 'Made up',
      severity: { 'windows-2000': 'moderate' },
    },
  ],
  keyFile: 'fixture.dll',
  removal: { addRemovePrograms: true },
  updates: [
    {
      id: 'update-windows-2000',
      title: 'Windows 2000 SP4',
      products: ['windows-2000-sp4'],
      restart: 'required',
      registryKeys: [{ products: ['windows-2000-sp4'], key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Fixture\\KB999001' }],
      fileTables: [
        {
          id: 'files-windows-2000',
          caption: 'Windows 2000 SP4',
          products: ['windows-2000-sp4'],
          rows: [{ date: '1999-01-15', time: '12:00:00', version: '5.0.2195.9999', size: 12345, file: 'fixture.dll' }],
        },
      ],
    },
  ],
  revisions: [{ date: '1999-01-20', text: 'Made up' }],
};

/** A third, dated between the two, that ships MS04-015's KB again: a KB two bulletins claim. */
const sharesKb: BulletinInput = { ...synthetic, id: 'MS99-002', kb: '840374', published: '1999-02-01', updated: '1999-02-01', vulnerabilities: [{ ...synthetic.vulnerabilities[0]!, id: 'CVE-1999-0002', cve: 'CVE-1999-0002' }] };

const asFile = (input: BulletinInput): SourceFile => ({
  file: `content/bulletins/${input.id.toLowerCase()}/bulletin.yaml`,
  text: stringify(input),
});

const real = loadContent(catalog, [ms04015]);
const two = loadContent(catalog, [ms04015, asFile(synthetic)]);
const three = loadContent(catalog, [asFile(synthetic), ms04015, asFile(sharesKb)]);

describe('reading identifiers as typed', () => {
  it.each([
    ['KB840374', '840374'],
    ['kb840374', '840374'],
    ['KB 840374', '840374'],
    ['  840374 ', '840374'],
    ['ＫＢ８４０３７４', '840374'],
  ])('KB: %j → %s', (text, kb) => expect(parseKb(text)).toBe(kb));
  it.each(['KB84', 'KB840374x', 'MS04-015', '840374 machines'])('not a KB: %j', (text) => expect(parseKb(text)).toBeUndefined());

  it.each([
    ['MS04-015', 'MS04-015'],
    ['ms04-015', 'MS04-015'],
    [' Ms04 015 ', 'MS04-015'],
    ['ＭＳ０４－０１５', 'MS04-015'],
  ])('bulletin: %j → %s', (text, id) => expect(parseBulletinId(text)).toBe(id));
  it.each(['MS4-15', 'MS04-0150', 'KB840374'])('not a bulletin id: %j', (text) => expect(parseBulletinId(text)).toBeUndefined());

  it.each([
    ['CVE-2004-0199', 'CVE-2004-0199'],
    ['cve-2004-0199', 'CVE-2004-0199'],
    ['CAN-2004-0199', 'CVE-2004-0199'],
    ['can-2004-0199', 'CVE-2004-0199'],
    ['CVE-2021-44228', 'CVE-2021-44228'],
  ])('CVE: %j → %s', (text, cve) => expect(parseCve(text)).toBe(cve));
  it.each(['CVE-2004', 'CVE-04-0199', 'XYZ-2004-0199'])('not a CVE: %j', (text) => expect(parseCve(text)).toBeUndefined());

  it('reduces product names to what a person means', () => {
    expect(productNameKey('Windows XP Service Pack 1')).toBe('windows xp sp1');
    expect(productNameKey('windows xp sp1')).toBe('windows xp sp1');
    expect(productNameKey('Microsoft Windows NT Workstation 4.0 Service Pack 6a')).toBe('windows nt workstation 4 0 sp6a');
    expect(productNameKey('Windows 98 Second Edition (SE)')).toBe('windows 98 second edition se');
  });
});

describe('the KB index', () => {
  it('has the KB MS04-015 ships, and nothing from its caveats or prose', () => {
    expect(kbIndex(real.bulletins).map((e) => [e.kb, e.bulletins.map((b) => b.id)])).toEqual([['840374', ['MS04-015']]]);
  });
  it('gives a second bulletin its own KB entry', () => {
    expect(kbIndex(two.bulletins).map((e) => [e.kb, e.bulletins.map((b) => b.id)])).toEqual([
      ['840374', ['MS04-015']],
      ['999001', ['MS99-001']],
    ]);
  });
  it('lists both bulletins that ship one KB, newest first', () => {
    const entry = kbIndex(three.bulletins).find((e) => e.kb === '840374')!;
    expect(entry.bulletins.map((b) => b.id)).toEqual(['MS04-015', 'MS99-002']);
  });
  it('redirects only when exactly one bulletin ships the KB', () => {
    const [single] = kbIndex(real.bulletins);
    expect(kbRedirect('ja', single!)).toBe('/ja/bulletins/ms04-015/');
    expect(kbRedirect('en', kbIndex(three.bulletins).find((e) => e.kb === '840374')!)).toBeUndefined();
  });
});

describe('the CVE index', () => {
  it('keys MS04-015 by its CVE id and keeps the CAN id the bulletin writes', () => {
    const [entry, ...rest] = cveIndex(real.bulletins);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ cve: 'CVE-2004-0199', aliases: ['CAN-2004-0199'] });
    expect(entry!.claims.map((c) => [c.bulletin.id, c.vulnerability.title.en])).toEqual([
      ['MS04-015', 'Help and Support Center Vulnerability'],
    ]);
  });
  it('lists every bulletin that fixes one CVE, with its own title and severities', () => {
    const [entry] = cveIndex(two.bulletins);
    expect(entry!.aliases).toEqual(['CAN-2004-0199']);
    expect(entry!.claims.map((c) => [c.bulletin.id, c.vulnerability.title.en, c.vulnerability.severity])).toEqual([
      ['MS04-015', 'Help and Support Center Vulnerability', { 'windows-xp': 'important', 'windows-server-2003': 'important' }],
      ['MS99-001', 'Synthetic test vulnerability', { 'windows-2000': 'moderate' }],
    ]);
  });
  it('orders CVEs by year, then number', () => {
    expect(cveIndex(three.bulletins).map((e) => e.cve)).toEqual(['CVE-1999-0002', 'CVE-2004-0199']);
  });
});

describe('the product index', () => {
  const verdicts = (site: typeof real, product: string) =>
    productIndex(site.products, site.bulletins, productFacts)
      .find((e) => e.product.id === product)!
      .verdicts.map((v) => [v.bulletin.id, v.facts?.status ?? 'unlisted', v.facts?.fixedVersion, v.facts?.download]);

  it('has one entry per catalog product, in catalog order', () => {
    expect(productIndex(real.products, real.bulletins, productFacts).map((e) => e.product.id)).toEqual(real.products.map((p) => p.id));
  });
  it("gives MS04-015's verdict, fixed version and download from its data", () => {
    expect(verdicts(real, 'windows-xp-sp1')).toEqual([
      ['MS04-015', 'affected', '5.1.2600.1515', expect.stringMatching(/familyid=563f65a3-d793-47b4-a607-948caa5b3454/)],
    ]);
    expect(verdicts(real, 'windows-xp-sp2')).toEqual([['MS04-015', 'patched', undefined, undefined]]);
    expect(verdicts(real, 'windows-2000-sp4')).toEqual([['MS04-015', 'not-affected', undefined, undefined]]);
  });
  it("adds a second bulletin's verdict to the products it names, and says it names the others not", () => {
    expect(verdicts(two, 'windows-2000-sp4')).toEqual([
      ['MS04-015', 'not-affected', undefined, undefined],
      ['MS99-001', 'affected', '5.0.2195.9999', 'https://example.invalid/ms99-001/download'],
    ]);
    expect(verdicts(two, 'windows-xp-sp1').map(([id, status]) => [id, status])).toEqual([
      ['MS04-015', 'affected'],
      ['MS99-001', 'not-affected'],
    ]);
    expect(verdicts(two, 'windows-me').map(([id, status]) => [id, status])).toEqual([
      ['MS04-015', 'not-affected'],
      ['MS99-001', 'unlisted'],
    ]);
  });
  it('groups products by family: families in their declared order, products in catalog order, empty families left out', () => {
    // A small catalog of its own, listing products out of their families' order.
    const label = (text: string) => ({ ja: text, en: text });
    const catalog = {
      families: [
        { id: 'a', label: label('A'), wizardGroup: 'g' },
        { id: 'b', label: label('B'), wizardGroup: 'g' },
        { id: 'empty', label: label('Empty'), wizardGroup: 'g' },
      ],
      products: [
        { id: 'b1', family: 'b' },
        { id: 'a1', family: 'a' },
        { id: 'b2', family: 'b' },
      ],
    };
    expect(productsByFamily(catalog).map((g) => [g.family.id, g.products.map((p) => p.id)])).toEqual([
      ['a', ['a1']],
      ['b', ['b1', 'b2']],
    ]);
  });
});

describe('the identifier box', () => {
  const table = identifierTable(real.products, real.bulletins);
  const route = (text: string, lang: 'ja' | 'en' = 'ja') => routeIdentifier(table, lang, text);

  it.each([
    ['KB840374', '/ja/bulletins/ms04-015/'],
    ['kb 840374', '/ja/bulletins/ms04-015/'],
    ['840374', '/ja/bulletins/ms04-015/'],
    ['MS04-015', '/ja/bulletins/ms04-015/'],
    ['ms04-015', '/ja/bulletins/ms04-015/'],
    ['CVE-2004-0199', '/ja/cve/CVE-2004-0199/'],
    ['cve-2004-0199', '/ja/cve/CVE-2004-0199/'],
    ['CAN-2004-0199', '/ja/cve/CVE-2004-0199/'],
    ['Windows XP SP1', '/ja/products/windows-xp-sp1/'],
    ['windows xp service pack 1', '/ja/products/windows-xp-sp1/'],
    ['XP SP1', '/ja/products/windows-xp-sp1/'],
    ['windows-xp-sp1', '/ja/products/windows-xp-sp1/'],
    ['Windows XP (Service Pack なし)', '/ja/products/windows-xp/'],
    ['Windows XP (no service pack)', '/ja/products/windows-xp/'],
    ['Windows Server 2003 Service Pack 1', '/ja/products/windows-server-2003-sp1/'],
    ['Windows 2000 SP4', '/ja/products/windows-2000-sp4/'],
  ])('%j → %s', (text, path) => expect(route(text)).toBe(path));

  it.each([
    ['helpctr.exe', '/ja/search/?q=helpctr.exe'],
    ['our XP SP1 machines', '/ja/search/?q=our+XP+SP1+machines'],
    ['KB999999', '/ja/search/?q=KB999999'],
    ['MS04-016', '/ja/search/?q=MS04-016'],
    ['CVE-2004-0200', '/ja/search/?q=CVE-2004-0200'],
    ['Windows XP', '/ja/search/?q=Windows+XP'],
    ['ヘルプとサポート', '/ja/search/?q=%E3%83%98%E3%83%AB%E3%83%97%E3%81%A8%E3%82%B5%E3%83%9D%E3%83%BC%E3%83%88'],
  ])('%j is not an identifier the site has → %s', (text, path) => expect(route(text)).toBe(path));

  it('keeps the language', () => {
    expect(route('KB840374', 'en')).toBe('/en/bulletins/ms04-015/');
    expect(route('anything', 'en')).toBe('/en/search/?q=anything');
  });

  it('routes a second bulletin and its KB, and a KB two bulletins ship to the KB page', () => {
    const both = identifierTable(three.products, three.bulletins);
    expect(routeIdentifier(both, 'ja', 'KB999001')).toBe('/ja/bulletins/ms99-001/');
    expect(routeIdentifier(both, 'ja', 'ms99-001')).toBe('/ja/bulletins/ms99-001/');
    expect(routeIdentifier(both, 'ja', 'KB840374')).toBe('/ja/kb/840374/');
    expect(routeIdentifier(both, 'ja', 'CVE-1999-0002')).toBe('/ja/cve/CVE-1999-0002/');
    // A CVE two bulletins fix goes to its page, which lists both.
    expect(routeIdentifier(both, 'ja', 'CAN-2004-0199')).toBe('/ja/cve/CVE-2004-0199/');
  });

  it('lists each bulletin’s CVE ids beside it, once each, and finds the bulletins that fix a CVE, oldest first', () => {
    const both = identifierTable(three.products, three.bulletins);
    expect(both.cves).toEqual(both.bulletins.map((id) => (id === 'MS99-002' ? ['CVE-1999-0002'] : ['CVE-2004-0199'])));
    expect(bulletinsFixing(both, 'CVE-2004-0199')).toEqual(['MS99-001', 'MS04-015']);
    expect(bulletinsFixing(both, 'CVE-1999-0002')).toEqual(['MS99-002']);
    expect(bulletinsFixing(both, 'CVE-2004-0200')).toEqual([]);
    // As the JSON gives it back: another object, the same answers.
    expect(bulletinsFixing(JSON.parse(JSON.stringify(both)), 'CVE-2004-0199')).toEqual(['MS99-001', 'MS04-015']);
    // A bulletin that lists a CVE twice (two vulnerabilities under one id) lists it once.
    const twice = { vulnerabilities: [{ cve: 'CVE-2004-0199' }, { cve: 'CVE-2004-0199' }, { cve: 'CVE-2004-0200' }] };
    expect(cveLists([twice, { vulnerabilities: [] }])).toEqual([['CVE-2004-0199', 'CVE-2004-0200'], []]);
  });

  it('builds a table the page can embed as JSON', () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    expect(table).toMatchObject({ bulletins: ['MS04-015'], kbs: { '840374': ['MS04-015'] }, cves: [['CVE-2004-0199']] });
    expect(table.products['windows-xp']).toEqual(['Windows XP (Service Pack なし)', 'Windows XP (no service pack)']);
  });

  it('sends an empty box to the search page', () => {
    expect(searchUrl('ja', '   ')).toBe('/ja/search/');
  });

  it('takes its hint examples from the newest bulletin', () => {
    expect(identifierExamples('en', (id) => real.productsById.get(id), real.bulletins)).toEqual({
      kb: 'KB840374',
      bulletin: 'MS04-015',
      cve: 'CVE-2004-0199',
      product: 'Windows XP Service Pack 1',
    });
    expect(identifierExamples('en', (id) => real.productsById.get(id), [])).toBeUndefined();
  });

  it('only ever navigates within the site', () => {
    for (const text of ['KB840374', 'CAN-2004-0199', 'Windows XP SP1', 'a b&c=d#e', '//evil.example', 'javascript:alert(1)']) {
      expect(isSitePath(route(text)), text).toBe(true);
    }
    expect(isSitePath('//evil.example/')).toBe(false);
    expect(isSitePath('https://evil.example/ja/')).toBe(false);
    expect(isSitePath('/ja/../x/')).toBe(false);
    expect(isSitePath('/fr/')).toBe(false);
  });
});
