import { describe, expect, it } from 'vitest';
import { checkMachine, type CheckBulletin, type CheckProductData, type CheckRow } from './needs.ts';

const kindOf = (id: string) => (id.startsWith('windows-') ? 'windows' : id.startsWith('ie-') ? 'internet-explorer' : id.startsWith('office-') ? 'office' : undefined);
const row = (bulletin: string, extra: Partial<CheckRow> = {}): CheckRow => ({ bulletin, affected: true, with: [], ...extra });
const bulletin = (extra: Partial<CheckBulletin> = {}): CheckBulletin => ({ title: { ja: 't' }, replacedBy: [], ...extra });

// A chain three bulletins deep: MS06-040 ← MS08-067 ← MS10-001 (made up), and one that stands alone.
const BULLETINS: Record<string, CheckBulletin> = {
  'MS06-040': bulletin({ severity: 'critical', published: '2006-08-09', kb: '921883', replacedBy: ['MS08-067'] }),
  'MS08-067': bulletin({ severity: 'critical', published: '2008-10-24', kb: '958644', replacedBy: ['MS10-001'] }),
  'MS10-001': bulletin({ severity: 'important', published: '2010-01-12', kb: '971111', replacedBy: [] }),
  'MS07-001': bulletin({ severity: 'moderate', published: '2007-01-09', kb: '920000', replacedBy: [] }),
  'MS08-010': bulletin({ severity: 'critical', published: '2008-02-12', kb: '944533', replacedBy: [] }),
  'MS09-062': bulletin({ severity: 'critical', published: '2009-10-13', kb: '957488', replacedBy: [] }),
};
const XP_SP2: CheckProductData = {
  product: 'windows-xp-sp2',
  rows: [
    row('MS10-001'),
    row('MS09-062', { kb: '958869', with: ['dotnet-framework-2-0'] }),
    row('MS08-067', { download: 'https://example.com/ms08-067' }),
    row('MS08-010', { with: ['ie-6'] }),
    row('MS08-010', { affected: false, with: ['ie-7'] }),
    row('MS07-001', { affected: false }),
    row('MS06-040'),
  ],
  bulletins: BULLETINS,
  included: [],
  names: {},
};
const IE_6: CheckProductData = { product: 'ie-6', rows: [row('MS08-010', { kb: '944533', with: ['windows-xp-sp2', 'windows-2000-sp4'] })], bulletins: BULLETINS, included: [], names: {} };
const NOTHING: CheckProductData = { product: 'windows-xp-sp3', rows: [], bulletins: {}, included: [], names: {} };

const status = (results: ReturnType<typeof checkMachine>) => results.map((r) => [r.bulletin, r.status]);

describe('checkMachine', () => {
  it('lists what to install when nothing is installed, by severity then newest first, folding each update a later one to install replaces under it', () => {
    const results = checkMachine({ products: ['windows-xp-sp2'], kbs: [] }, [XP_SP2], kindOf);
    expect(status(results)).toEqual([
      ['MS09-062', 'conditional'],
      ['MS08-067', 'covered'],
      ['MS08-010', 'conditional'],
      ['MS06-040', 'covered'],
      ['MS10-001', 'missing'],
    ]);
    // MS06-040 ← MS08-067 ← MS10-001: installing MS10-001's update is enough.
    expect(results.find((r) => r.bulletin === 'MS10-001')).toMatchObject({ covers: ['MS08-067', 'MS06-040'] });
    expect(results.find((r) => r.bulletin === 'MS06-040')).toMatchObject({ coveredBy: 'MS10-001' });
    expect(results.find((r) => r.bulletin === 'MS08-067')).toMatchObject({ coveredBy: 'MS10-001', kbs: ['958644'], downloads: ['https://example.com/ms08-067'], onlyWith: [] });
    // A row that names a component the page does not ask about applies only if it is installed.
    expect(results.find((r) => r.bulletin === 'MS09-062')).toMatchObject({ kbs: ['958869'], onlyWith: ['dotnet-framework-2-0'] });
  });

  it('covers an update by one that no update to install replaces, where the chain branches', () => {
    // MS05-001 is replaced by MS06-001 and by MS08-001; MS06-001 by MS07-001, which MS08-001 replaces too.
    const chain: Record<string, CheckBulletin> = {
      'MS05-001': bulletin({ kb: '100001', replacedBy: ['MS06-001', 'MS08-001'] }),
      'MS06-001': bulletin({ kb: '100002', replacedBy: ['MS07-001'] }),
      'MS07-001': bulletin({ kb: '100003', replacedBy: ['MS08-001'] }),
      'MS08-001': bulletin({ kb: '100004', replacedBy: [] }),
    };
    const data: CheckProductData = { product: 'windows-xp-sp2', rows: Object.keys(chain).map((id) => row(id)), bulletins: chain, included: [], names: {} };
    const results = checkMachine({ products: ['windows-xp-sp2'], kbs: [] }, [data], kindOf);
    expect(Object.fromEntries(results.map((r) => [r.bulletin, r.coveredBy ?? r.status]))).toEqual({ 'MS05-001': 'MS08-001', 'MS06-001': 'MS08-001', 'MS07-001': 'MS08-001', 'MS08-001': 'missing' });
    expect(results.find((r) => r.bulletin === 'MS08-001')!.covers.sort()).toEqual(['MS05-001', 'MS06-001', 'MS07-001']);
  });

  it('lists apart the bulletins the machine’s service pack includes, unless a row of its products decides', () => {
    const sp3: CheckProductData = { product: 'windows-xp-sp3', rows: [row('MS08-067')], bulletins: BULLETINS, included: ['MS06-040', 'MS08-067'], names: {} };
    const results = checkMachine({ products: ['windows-xp-sp3'], kbs: [] }, [sp3], kindOf);
    expect(status(results)).toEqual([['MS08-067', 'missing'], ['MS06-040', 'included']]);
  });

  it('marks an installed update installed, and an update replaced along a chain several bulletins deep', () => {
    const results = checkMachine({ products: ['windows-xp-sp2'], kbs: ['971111', '958869'] }, [XP_SP2], kindOf);
    expect(Object.fromEntries(status(results))).toEqual({ 'MS09-062': 'installed', 'MS08-067': 'replaced', 'MS08-010': 'conditional', 'MS06-040': 'replaced', 'MS10-001': 'installed' });
    expect(results.find((r) => r.bulletin === 'MS06-040')).toMatchObject({ replacedBy: 'MS10-001', installedKb: '971111' });
    // The nearest installed replacement is named.
    const nearer = checkMachine({ products: ['windows-xp-sp2'], kbs: ['958644', '971111'] }, [XP_SP2], kindOf);
    expect(nearer.find((r) => r.bulletin === 'MS06-040')).toMatchObject({ status: 'replaced', replacedBy: 'MS08-067', installedKb: '958644' });
  });

  it('leaves out rows for another Internet Explorer than the machine’s, and joins a component’s rows to its Windows', () => {
    const withIe7 = checkMachine({ products: ['windows-xp-sp2', 'ie-7'], kbs: [] }, [XP_SP2, { product: 'ie-7', rows: [], bulletins: {}, included: [], names: {} }], kindOf);
    expect(withIe7.map((r) => r.bulletin)).not.toContain('MS08-010');
    const withIe6 = checkMachine({ products: ['windows-xp-sp2', 'ie-6'], kbs: ['944533'] }, [XP_SP2, IE_6], kindOf);
    expect(withIe6.find((r) => r.bulletin === 'MS08-010')).toMatchObject({ status: 'installed', products: ['windows-xp-sp2', 'ie-6'], onlyWith: [] });
  });

  it('leaves out a component’s rows for another Windows', () => {
    const results = checkMachine({ products: ['windows-vista', 'ie-6'], kbs: [] }, [IE_6], kindOf);
    expect(results).toEqual([]);
  });

  it('gives nothing for a product no bulletin names, and never lists a not-affected bulletin', () => {
    expect(checkMachine({ products: ['windows-xp-sp3'], kbs: ['958644'] }, [NOTHING], kindOf)).toEqual([]);
    expect(checkMachine({ products: ['windows-xp-sp2'], kbs: [] }, [XP_SP2], kindOf).map((r) => r.bulletin)).not.toContain('MS07-001');
  });

  it('asks to check the service pack where a row names only the release', () => {
    const sp2: CheckProductData = {
      product: 'windows-xp-sp2',
      rows: [
        row('MS08-067', { release: 'Microsoft Windows XP' }),
        row('MS07-001', { release: 'Microsoft Windows XP' }),
        row('MS07-001'),
      ],
      bulletins: BULLETINS,
      included: [],
      names: {},
    };
    const results = checkMachine({ products: ['windows-xp-sp2'], kbs: [] }, [sp2], kindOf);
    expect(status(results)).toEqual([['MS08-067', 'check-service-pack'], ['MS07-001', 'missing']]);
    expect(results.find((r) => r.bulletin === 'MS08-067')!.release).toBe('Microsoft Windows XP');
    // A row that names the product itself: nothing to say about the release.
    expect(results.find((r) => r.bulletin === 'MS07-001')!.release).toBeUndefined();
  });
});
