/**
 * The public contract's tables, written once: MS04-015's products with their verdicts, fixed key-file
 * versions and registry keys, and the synthetic bulletin MS99-001's (test/fixtures/content/), which
 * differs on purpose in its key file, situation and product family. The unit, wizard and identifier
 * tests import them, so a change to the contract is made in one place.
 */

/** The Filelist keys of MS04-015's two update branches. */
const XP_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows XP\\SP2\\KB840374\\Filelist';
const WS_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows Server 2003\\SP1\\KB840374\\Filelist';

/** An affected product: the fixed key-file version, its registry key, and whether the source gives it command lines. */
export interface AffectedEntry {
  fixed: string;
  key: string;
  commands: boolean;
}

/** A situation the wizard asks about, as its links write it. */
export interface SituationEntry {
  id: string;
  param: string;
  /** The answer that means it holds, and one that means it does not. */
  holds: string;
  doesNot: string;
  /** A few words of the caveat it brings forward. */
  caveatText: string;
}

export interface BulletinContract {
  id: string;
  slug: string;
  kb: string;
  keyFile: string;
  /** Older names of the `version` parameter. */
  versionAliases: string[];
  /** Affected products, in catalog order. */
  affected: Readonly<Record<string, AffectedEntry>>;
  /** The service packs that, per the bulletin, are to include the fix. */
  patched: readonly string[];
  notAffected: readonly string[];
  situation: SituationEntry;
}

export const MS04_015: BulletinContract = {
  id: 'MS04-015',
  slug: 'ms04-015',
  kb: '840374',
  keyFile: 'helpctr.exe',
  versionAliases: ['helpctr'],
  affected: {
    'windows-xp': { fixed: '5.1.2600.137', key: XP_KEY, commands: true },
    'windows-xp-sp1': { fixed: '5.1.2600.1515', key: XP_KEY, commands: true },
    'windows-xp-64-sp1': { fixed: '5.1.2600.1515', key: XP_KEY, commands: false },
    'windows-xp-64-v2003': { fixed: '5.2.3790.161', key: WS_KEY, commands: false },
    'windows-server-2003': { fixed: '5.2.3790.161', key: WS_KEY, commands: true },
    'windows-server-2003-64': { fixed: '5.2.3790.161', key: WS_KEY, commands: false },
  },
  patched: ['windows-xp-sp2', 'windows-server-2003-sp1'],
  notAffected: [
    'windows-nt4-workstation-sp6a',
    'windows-nt4-server-sp6a',
    'windows-nt4-tse-sp6',
    'windows-2000-sp2',
    'windows-2000-sp3',
    'windows-2000-sp4',
    'windows-98',
    'windows-98-se',
    'windows-me',
  ],
  situation: { id: 'help-service-disabled', param: 'service', holds: 'disabled', doesNot: 'enabled', caveatText: '841996' },
};

/** The fixture catalog's own family and wizard group (test/fixtures/content/products.yaml), which MS04-015 lacks. */
export const FIXTURE_FAMILY = {
  id: 'test-browser',
  label: { ja: 'テスト用ブラウザー (架空)', en: 'Test Browser (synthetic)' },
  wizardGroup: { id: 'test-browsers', label: { ja: 'テスト用ブラウザー', en: 'Test browsers' } },
  products: ['test-browser-6', 'test-browser-5'],
} as const;

export const MS99_001: BulletinContract = {
  id: 'MS99-001',
  slug: 'ms99-001',
  kb: '999001',
  keyFile: 'fixture.dll',
  versionAliases: [],
  affected: {
    'windows-2000-sp4': { fixed: '5.0.2195.9999', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows 2000\\SP5\\KB999001\\Filelist', commands: false },
    'test-browser-6': { fixed: '6.0.2800.9999', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Test Browser 6\\SP2\\KB999001\\Filelist', commands: false },
  },
  patched: [],
  notAffected: ['windows-xp-sp1', 'test-browser-5'],
  situation: { id: 'fixture-service-stopped', param: 'fixture', holds: 'stopped', doesNot: 'running', caveatText: '999002' },
};

/** The verdict a product gets from the bulletin alone, with no answers about the machine. */
export function expectedVerdict(bulletin: BulletinContract, product: string): 'affected' | 'patched' | 'not-affected' | 'unknown' {
  if (Object.hasOwn(bulletin.affected, product)) return 'affected';
  if (bulletin.patched.includes(product)) return 'patched';
  if (bulletin.notAffected.includes(product)) return 'not-affected';
  return 'unknown';
}

/** Every product the bulletin names. */
export function namedProducts(bulletin: BulletinContract): string[] {
  return [...Object.keys(bulletin.affected), ...bulletin.patched, ...bulletin.notAffected];
}
