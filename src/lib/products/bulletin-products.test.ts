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
