import { describe, expect, it } from 'vitest';
import type { BulletinProduct } from '../../schemas/bulletin-product.ts';
import { bulletinProductReader, servicePackLines, ticketLines, type CatalogRelease, type RowFacts } from './bulletin-products.ts';
import { spellingKey, type SpellingTable } from './source-names.ts';

/** Each product's entries over several bulletins, in their order, as the data layer joins them. */
function productMentions(facts: readonly RowFacts[], table: SpellingTable, catalog: readonly CatalogRelease[]): Map<string, Partial<BulletinProduct>[]> {
  const read = bulletinProductReader(table, catalog);
  const byProduct = new Map<string, Partial<BulletinProduct>[]>();
  for (const bulletin of facts) {
    for (const { product: id, reason: _reason, rows: _rows, product: _product, ...entry } of read(bulletin).products) {
      byProduct.set(id, [...(byProduct.get(id) ?? []), entry]);
    }
  }
  return byProduct;
}

const table: SpellingTable = {
  products: new Map(
    Object.entries({
      'Windows XP Service Pack 2': ['windows-xp-sp2'],
      'Windows XP Service Pack 3': ['windows-xp-sp3'],
      'Internet Explorer 6': ['internet-explorer-6'],
      'Internet Explorer 7': ['internet-explorer-7'],
    }).map(([name, ids]) => [spellingKey(name), ids]),
  ),
  notProducts: new Map(),
};
const row = (name: string, component?: string, downloads: string[] = []) => ({ name, downloads, ...(component ? { component } : {}) });
const CATALOG = ['windows-xp-sp2', 'windows-xp-sp3', 'internet-explorer-6', 'internet-explorer-7'].map((id) => ({ id }));

describe('productMentions', () => {
  const facts = [
    {
      id: 'MS08-010',
      affected: [row('Windows XP Service Pack 2', 'Internet Explorer 6 (KB944533)', ['https://example.com/ie6-xpsp2'])],
      notAffected: [row('Windows XP Service Pack 2', 'Internet Explorer 7'), row('Windows Vista')],
      fixedIn: [],
    },
    { id: 'MS07-001', affected: [], notAffected: [row('Windows XP Service Pack 2 および Windows XP Service Pack 3 (KB111111)')], fixedIn: [] },
  ];
  const mentions = productMentions(facts, table, CATALOG);

  it('gives each product each bulletin once, newest first, affected when any of its rows is', () => {
    expect(mentions.get('windows-xp-sp2')).toEqual([
      { bulletin: 'MS08-010', status: 'affected', kbs: ['944533'], downloads: ['https://example.com/ie6-xpsp2'], with: ['internet-explorer-6', 'internet-explorer-7'] },
      { bulletin: 'MS07-001', status: 'not-affected', kbs: ['111111'], downloads: [], with: [] },
    ]);
  });

  it('lists a component with the platforms it runs on', () => {
    expect(mentions.get('internet-explorer-6')).toEqual([
      { bulletin: 'MS08-010', status: 'affected', kbs: ['944533'], downloads: ['https://example.com/ie6-xpsp2'], with: ['windows-xp-sp2'] },
    ]);
    expect(mentions.get('internet-explorer-7')).toEqual([{ bulletin: 'MS08-010', status: 'not-affected', kbs: [], downloads: [], with: ['windows-xp-sp2'] }]);
  });

  it('names no product for a row no spelling maps', () => {
    expect([...mentions.keys()].sort()).toEqual(['internet-explorer-6', 'internet-explorer-7', 'windows-xp-sp2', 'windows-xp-sp3']);
  });
});

describe('a release named without a service pack, and the service packs that include the fix', () => {
  const releases: SpellingTable = {
    products: new Map(
      Object.entries({
        'Windows XP': ['windows-xp'],
        'Windows XP 初期出荷版': ['windows-xp'],
        'Windows XP Service Pack 1': ['windows-xp-sp1'],
        'Windows XP Service Pack 2': ['windows-xp-sp2'],
        'Windows 2000': ['windows-2000'],
        'Windows 2000 Service Pack 4': ['windows-2000-sp4'],
      }).map(([name, ids]) => [spellingKey(name), ids]),
    ),
    notProducts: new Map(),
  };
  const catalog: CatalogRelease[] = [
    { id: 'windows-xp', servicePacks: ['windows-xp-sp1', 'windows-xp-sp2', 'windows-xp-sp3'] },
    ...['windows-xp-sp1', 'windows-xp-sp2', 'windows-xp-sp3'].map((id) => ({ id })),
    { id: 'windows-2000', servicePacks: ['windows-2000-sp3', 'windows-2000-sp4'] },
    ...['windows-2000-sp3', 'windows-2000-sp4'].map((id) => ({ id })),
  ];
  const none = { notAffected: [], fixedIn: [] };

  it('takes each release’s service packs from the catalog, in its order, and nothing from the ids', () => {
    expect(servicePackLines([...catalog, { id: 'office-xp-sp1' }, { id: 'windows-nt4', servicePacks: ['windows-nt4-sp6', 'windows-nt4-sp6a'] }])).toEqual(
      new Map([
        ['windows-xp', ['windows-xp-sp1', 'windows-xp-sp2', 'windows-xp-sp3']],
        ['windows-2000', ['windows-2000-sp3', 'windows-2000-sp4']],
        ['windows-nt4', ['windows-nt4-sp6', 'windows-nt4-sp6a']],
      ]),
    );
  });

  it('reads "Windows XP" alone as the release and each of its service packs, saying so', () => {
    const mentions = productMentions([{ id: 'MS03-026', affected: [row('Microsoft Windows XP (KB823980)')], ...none }], releases, catalog);
    for (const id of ['windows-xp', 'windows-xp-sp1', 'windows-xp-sp2', 'windows-xp-sp3']) {
      expect(mentions.get(id), id).toEqual([{ bulletin: 'MS03-026', status: 'affected', kbs: ['823980'], downloads: [], with: [], release: 'Microsoft Windows XP (KB823980)' }]);
    }
  });

  it('reads "Windows XP" as the release without a service pack where the bulletin names one, or says 初期出荷版', () => {
    const withSp = productMentions([{ id: 'MS04-011', affected: [row('Windows XP'), row('Windows XP Service Pack 1')], ...none }], releases, catalog);
    expect(withSp.get('windows-xp')).toEqual([{ bulletin: 'MS04-011', status: 'affected', kbs: [], downloads: [], with: [] }]);
    expect(withSp.get('windows-xp-sp2')).toBeUndefined();
    const gold = productMentions([{ id: 'MS02-001', affected: [row('Windows XP 初期出荷版')], ...none }], releases, catalog);
    expect([...gold.keys()]).toEqual(['windows-xp']);
  });

  it('marks fixed the service pack that includes the fix and the later ones (they are cumulative), over the release’s row', () => {
    const facts = [
      {
        id: 'MS02-050',
        affected: [row('Windows XP'), row('Windows 2000')],
        notAffected: [],
        fixedIn: [{ name: 'Windows XP Service Pack 2 および Windows 2000 Service Pack 3', andLater: false, planned: true }],
      },
    ];
    const mentions = productMentions(facts, releases, catalog);
    const status = (id: string) => mentions.get(id)?.map((m) => m.status);
    expect(status('windows-xp')).toEqual(['affected']);
    expect(status('windows-xp-sp1')).toEqual(['affected']);
    expect(status('windows-xp-sp2')).toEqual(['fixed']);
    expect(status('windows-xp-sp3')).toEqual(['fixed']);
    // "Windows 2000 Service Pack 3" has no spelling: nothing is marked fixed for it.
    expect(status('windows-2000-sp4')).toEqual(['affected']);
    expect(mentions.get('windows-xp-sp2')![0]).toEqual({ bulletin: 'MS02-050', status: 'fixed', kbs: [], downloads: [], with: [] });
  });

  it('keeps a row that names the service pack itself affected, whatever the bulletin says of service packs', () => {
    const read = bulletinProductReader(releases, catalog);
    const [sp4] = read({ id: 'MS04-001', affected: [row('Windows 2000 Service Pack 4')], notAffected: [], fixedIn: [{ name: 'Windows 2000 Service Pack 4', andLater: true, planned: false }] }).products;
    expect(sp4).toMatchObject({ product: 'windows-2000-sp4', status: 'affected', reason: 'row', rows: [{ affected: true }] });
  });

  it('says why: a row naming the product, its release alone, or a service pack with the fix; and keeps the rows that decided', () => {
    const read = bulletinProductReader(releases, catalog);
    const { products } = read({
      id: 'MS02-050',
      affected: [row('Windows XP (KB111111)', undefined, ['https://example.com/xp'])],
      notAffected: [row('Windows 2000 Service Pack 4')],
      fixedIn: [{ name: 'Windows XP Service Pack 2', andLater: false, planned: true }],
    });
    const of = (id: string) => products.find((p) => p.product === id);
    const releaseRow = { affected: true, kb: '111111', downloads: ['https://example.com/xp'], with: [], release: 'Windows XP (KB111111)' };
    expect(of('windows-xp-sp1')).toEqual({ bulletin: 'MS02-050', product: 'windows-xp-sp1', status: 'affected', reason: 'release', kbs: ['111111'], downloads: ['https://example.com/xp'], with: [], release: 'Windows XP (KB111111)', rows: [releaseRow] });
    // The service pack with the fix keeps no row: the release's row did not decide.
    expect(of('windows-xp-sp2')).toEqual({ bulletin: 'MS02-050', product: 'windows-xp-sp2', status: 'fixed', reason: 'service-pack', kbs: [], downloads: [], with: [], rows: [] });
    expect(of('windows-2000-sp4')).toMatchObject({ status: 'not-affected', reason: 'row', rows: [{ affected: false, downloads: [], with: [] }] });
    // In the source's order: the rows' products, then the service packs with the fix.
    expect(products.map((p) => p.product)).toEqual(['windows-xp', 'windows-xp-sp1', 'windows-xp-sp2', 'windows-xp-sp3', 'windows-2000-sp4']);
  });

  it('gives the source’s rows in catalog terms, marking those that name no product the spellings know', () => {
    const read = bulletinProductReader(releases, catalog);
    const { rows } = read({ id: 'MS02-050', affected: [row('Windows XP (KB111111)'), row('Windows 95')], notAffected: [], fixedIn: [] });
    expect(rows.affected).toEqual([
      { source: row('Windows XP (KB111111)'), products: ['windows-xp'], kb: '111111', unknown: false },
      { source: row('Windows 95'), products: [], unknown: true },
    ]);
    expect(rows.notAffected).toEqual([]);
  });
});

describe('service packs out after the bulletin', () => {
  const names: SpellingTable = {
    products: new Map(
      Object.entries({
        'Windows Vista': ['windows-vista'],
        'Windows Vista Service Pack 1': ['windows-vista-sp1'],
        'Windows Server 2008 for 32-bit Systems': ['windows-server-2008-x86'],
        'Windows Server 2008 for 32-bit Systems Service Pack 2': ['windows-server-2008-x86-sp2'],
        'Windows XP': ['windows-xp'],
        'Windows XP Service Pack 1': ['windows-xp-sp1'],
        'Windows XP Service Pack 2': ['windows-xp-sp2'],
      }).map(([name, ids]) => [spellingKey(name), ids]),
    ),
    notProducts: new Map(),
  };
  // The dates of Microsoft's lifecycle data, as content/products.yaml and content/corpus/products.yaml give them.
  const catalog: CatalogRelease[] = [
    { id: 'windows-vista', released: '2007-01-25', servicePacks: ['windows-vista-sp1', 'windows-vista-sp2'] },
    { id: 'windows-vista-sp1', released: '2008-02-04' },
    { id: 'windows-vista-sp2', released: '2009-04-29' },
    { id: 'windows-server-2008-x86', released: '2008-05-06', servicePacks: ['windows-server-2008-x86-sp2'] },
    { id: 'windows-server-2008-x86-sp2', released: '2009-04-29' },
    { id: 'windows-xp', released: '2001-12-31', servicePacks: ['windows-xp-sp1', 'windows-xp-sp2', 'windows-xp-sp3'] },
    { id: 'windows-xp-sp1', released: '2002-08-30' },
    { id: 'windows-xp-sp2', released: '2004-09-17' },
    { id: 'windows-xp-sp3', released: '2008-04-21' },
  ];
  const read = bulletinProductReader(names, catalog);
  const statuses = (facts: RowFacts) => Object.fromEntries(read(facts).products.map((p) => [p.product, `${p.status} (${p.reason})`]));

  it('reads a release named alone as the service packs out on the publication date; a later one includes the fix (MS07-069: 「Windows Vista」, 2007-12-11)', () => {
    // Vista SP1, out 55 days later, gets nothing (it may lack the fix); SP2, in 2009, includes it.
    expect(statuses({ id: 'MS07-069', published: '2007-12-11', affected: [row('Windows Vista')], notAffected: [], fixedIn: [] })).toEqual({
      'windows-vista': 'affected (release)',
      'windows-vista-sp2': 'included (later-service-pack)',
    });
  });

  it('gives the release row to the service packs already out (MS08-067, 2008-10-23: Server 2008 SP2 came out in 2009)', () => {
    const facts = { id: 'MS08-067', published: '2008-10-23', affected: [row('Windows Vista'), row('Windows Server 2008 for 32-bit Systems')], notAffected: [], fixedIn: [] };
    expect(statuses(facts)).toEqual({
      'windows-vista': 'affected (release)',
      'windows-vista-sp1': 'affected (release)',
      'windows-server-2008-x86': 'affected (release)',
      'windows-vista-sp2': 'included (later-service-pack)',
      'windows-server-2008-x86-sp2': 'included (later-service-pack)',
    });
  });

  it('marks a later service pack included where the bulletin names earlier ones (MS04-011, 2004-04-13: XP and XP SP1; XP SP2 came out in 2004-09)', () => {
    expect(statuses({ id: 'MS04-011', published: '2004-04-13', affected: [row('Windows XP'), row('Windows XP Service Pack 1')], notAffected: [], fixedIn: [] })).toEqual({
      'windows-xp': 'affected (row)',
      'windows-xp-sp1': 'affected (row)',
      'windows-xp-sp2': 'included (later-service-pack)',
      'windows-xp-sp3': 'included (later-service-pack)',
    });
  });

  it('says nothing of a later service pack of a release the bulletin lists as not affected', () => {
    expect(statuses({ id: 'MS05-007', published: '2005-02-08', affected: [], notAffected: [row('Windows Vista')], fixedIn: [] })).toEqual({ 'windows-vista': 'not-affected (release)' });
  });

  it('lets a row naming the service pack, or the bulletin’s word that it includes the fix, decide over its date', () => {
    const named = statuses({ id: 'MS09-001', published: '2009-01-13', affected: [row('Windows Vista'), row('Windows Vista Service Pack 1')], notAffected: [], fixedIn: [] });
    expect(named['windows-vista-sp1']).toBe('affected (row)');
    const fixed = statuses({ id: 'MS04-011', published: '2004-04-13', affected: [row('Windows XP')], notAffected: [], fixedIn: [{ name: 'Windows XP Service Pack 2', andLater: false, planned: true }] });
    expect(fixed).toMatchObject({ 'windows-xp-sp1': 'affected (release)', 'windows-xp-sp2': 'fixed (service-pack)', 'windows-xp-sp3': 'fixed (service-pack)' });
  });

  it('marks none included where the bulletin names the service pack with the fix (MS00-052, 2000-08-09: 「修正は Windows 2000 サービスパック 2 に含まれております」)', () => {
    const table: SpellingTable = { products: new Map([[spellingKey('Windows 2000 Professional'), ['windows-2000']], [spellingKey('Windows 2000 Service Pack 2'), ['windows-2000-sp2']]]), notProducts: new Map() };
    const w2k = bulletinProductReader(table, [
      { id: 'windows-2000', released: '2000-02-17', servicePacks: ['windows-2000-sp1', 'windows-2000-sp2'] },
      { id: 'windows-2000-sp1', released: '2000-08-15' },
      { id: 'windows-2000-sp2', released: '2001-05-16' },
    ]);
    const facts = { id: 'MS00-052', published: '2000-08-09', affected: [row('Microsoft Windows 2000 Professional')], notAffected: [], fixedIn: [{ name: 'Windows 2000 サービスパック 2', andLater: false, planned: false }] };
    expect(Object.fromEntries(w2k(facts).products.map((p) => [p.product, p.status]))).toEqual({ 'windows-2000': 'affected', 'windows-2000-sp2': 'fixed' });
  });

  it('gives no later service pack of a Windows named only as the platform of an affected component', () => {
    const table: SpellingTable = { products: new Map([...names.products, [spellingKey('.NET Framework 1.1'), ['dotnet-framework-1-1']]]), notProducts: new Map() };
    const withComponent = bulletinProductReader(table, [...catalog, { id: 'dotnet-framework-1-1' }]);
    const products = withComponent({ id: 'MS05-004', published: '2005-02-08', affected: [row('Windows XP Service Pack 1', '.NET Framework 1.1')], notAffected: [], fixedIn: [] }).products;
    expect(Object.fromEntries(products.map((p) => [p.product, p.status]))).toEqual({ 'windows-xp-sp1': 'affected', 'dotnet-framework-1-1': 'affected' });
  });

  it('gives nothing to a service pack out within 90 days of the bulletin: it may lack the fix', () => {
    // Vista SP1 came out on 2008-02-04: 60 days after a bulletin of 2007-12-06, 127 days after one of 2007-09-30.
    expect(statuses({ id: 'MS07-068', published: '2007-12-06', affected: [row('Windows Vista')], notAffected: [], fixedIn: [] })).toEqual({
      'windows-vista': 'affected (release)',
      'windows-vista-sp2': 'included (later-service-pack)',
    });
    expect(statuses({ id: 'MS07-050', published: '2007-09-30', affected: [row('Windows Vista')], notAffected: [], fixedIn: [] })['windows-vista-sp1']).toBe('included (later-service-pack)');
  });

  it('reads a month-only date at the month’s precision: out in the bulletin’s month counts as out; included from its first day', () => {
    const monthly = bulletinProductReader(names, [
      { id: 'windows-xp', released: '2001-12-31', servicePacks: ['windows-xp-sp1'] },
      { id: 'windows-xp-sp1', released: '2002-09' },
    ]);
    const of = (published: string) => Object.fromEntries(monthly({ id: 'MS02-000', published, affected: [row('Windows XP')], notAffected: [], fixedIn: [] }).products.map((p) => [p.product, p.status]));
    expect(of('2002-09-20')).toEqual({ 'windows-xp': 'affected', 'windows-xp-sp1': 'affected' });
    expect(of('2002-06-02')).toEqual({ 'windows-xp': 'affected', 'windows-xp-sp1': 'included' });
    expect(of('2002-07-15')).toEqual({ 'windows-xp': 'affected' });
  });

  it('keeps no row, KB or download for an included service pack', () => {
    const sp2 = read({ id: 'MS07-069', published: '2007-12-11', affected: [row('Windows Vista (KB942615)', undefined, ['https://example.com/vista'])], notAffected: [], fixedIn: [] }).products.find((p) => p.product === 'windows-vista-sp2');
    expect(sp2).toEqual({ bulletin: 'MS07-069', product: 'windows-vista-sp2', status: 'included', reason: 'later-service-pack', kbs: [], downloads: [], with: [], rows: [] });
  });
});

describe('ticketLines', () => {
  it('writes each bulletin with its KB numbers, or the bulletin’s own where its rows give none', () => {
    const kb = (id: string) => ({ 'MS08-010': '944533', 'MS07-001': undefined })[id];
    expect(ticketLines([{ bulletin: 'MS08-010', kbs: ['944533', '946627'] }, { bulletin: 'MS08-010', kbs: [] }, { bulletin: 'MS07-001', kbs: [] }], kb)).toEqual([
      'MS08-010 KB944533 KB946627',
      'MS08-010 KB944533',
      'MS07-001',
    ]);
  });
});
