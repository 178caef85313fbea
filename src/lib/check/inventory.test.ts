import { describe, expect, it } from 'vitest';
import { hotfixNumber, readInventory } from './inventory.ts';
import { osMatchers, osProduct as osProductOf, type OsMatcher } from './os-product.ts';
import { readCorpusProducts } from '../products/corpus-products.ts';

// Written from the commands' documented output formats (English and Japanese Windows).
const SYSTEMINFO_XP_EN = `
Host Name:                 PC01
OS Name:                   Microsoft Windows XP Professional
OS Version:                5.1.2600 Service Pack 2 Build 2600
OS Manufacturer:           Microsoft Corporation
System Type:               X86-based PC
Processor(s):              1 Processor(s) Installed.
                           [01]: x86 Family 6 Model 15 Stepping 6 GenuineIntel ~2394 Mhz
Hotfix(s):                 4 Hotfix(s) Installed.
                           [01]: File 1
                           [02]: Q147222
                           [03]: KB958644 - Update
                           [04]: KB938464-v2
Network Card(s):           1 NIC(s) Installed.
                           [01]: Intel(R) PRO/1000 MT Network Connection
`;

const SYSTEMINFO_7_JA = `
ホスト名:               PC02
OS 名:                  Microsoft Windows 7 Professional
OS バージョン:          6.1.7601 Service Pack 1 ビルド 7601
OS 製造元:              Microsoft Corporation
システムの種類:         x64-based PC
ホットフィックス:       3 ホットフィックスがインストールされています。
                        [01]: KB2533552
                        [02]: KB2849697
                        [03]: KB3185330
ネットワーク カード:    1 NIC(s) インストール済みです。
                        [01]: Intel(R) 82574L Gigabit Network Connection
`;

// French and German Windows: the labels differ, the OS name, the version line and the [01]: lines hardly do.
const SYSTEMINFO_2008_FR = `
Nom de l’hôte:                              SRV01
Nom du système d’exploitation:              Microsoftr Windows Serverr 2008 Standard
Version du système:                         6.0.6002 Service Pack 2 version 6002
Fabricant du système d’exploitation:        Microsoft Corporation
Type du système:                            X86-based PC
Correctif(s):                               2 Corrections installées.
                                            [01]: KB958644
                                            [02]: KB2347290
Carte(s) réseau:                            1 carte(s) réseau installée(s).
`;

const SYSTEMINFO_2003_DE = `
Hostname:                                   SRV02
Betriebssystemname:                         Microsoft(R) Windows(R) Server 2003, Standard Edition
Betriebssystemversion:                      5.2.3790 Service Pack 2 Build 3790
Systemtyp:                                  X86-based PC
Hotfix(es):                                 3 Hotfix(es) installiert.
                                            [01]: File 1
                                            [02]: KB958644
                                            [03]: Q147222
`;

const WMIC_QFE = `Caption                                        CSName  Description      FixComments  HotFixID   InstallDate  InstalledBy          InstalledOn  Name  ServicePackInEffect  Status
http://support.microsoft.com/?kbid=958644      PC01    Security Update               KB958644                NT AUTHORITY\\SYSTEM  11/12/2008
                                               PC01    Update                        Q147222
                                               PC01    Update                        File 1                                                        SP3
http://support.microsoft.com/?kbid=2533552     PC01    Update                        KB2533552               PC01\\admin          1/9/2015
`;

const WMIC_GET = `HotFixID
KB958644
KB2533552

`;

const GET_HOTFIX_EN = `
Source        Description      HotFixID      InstalledBy          InstalledOn
------        -----------      --------      -----------          -----------
PC01          Security Update  KB958644      NT AUTHORITY\\SYSTEM  11/12/2008 12:00:00 AM
PC01          Update           KB2533552     PC01\\admin           1/9/2015 12:00:00 AM
PC01          Hotfix           958488        PC01\\admin
`;

const GET_HOTFIX_JA = `
Source        Description      HotFixID      InstalledBy          InstalledOn
------        -----------      --------      -----------          -----------
PC02          Security Update  KB3185330     NT AUTHORITY\\SYSTEM  2016/10/12 0:00:00
PC02          Update           KB2849697     NT AUTHORITY\\SYSTEM  2014/03/01 0:00:00
`;

describe('hotfixNumber', () => {
  it('reads KB numbers with or without the prefix, Q numbers, and suffixed ids', () => {
    expect(['KB958644', 'kb958644', '958644', 'Q147222', 'KB938464-v2', 'KB958644-IE7'].map(hotfixNumber)).toEqual(['958644', '958644', '958644', '147222', '938464', '958644']);
    expect(hotfixNumber('File 1')).toBeUndefined();
  });
});

describe('readInventory', () => {
  it('reads systeminfo (English): the OS and the numbered hotfix list, and nothing after it', () => {
    expect(readInventory(SYSTEMINFO_XP_EN)).toEqual({
      kind: 'systeminfo',
      os: { name: 'Microsoft Windows XP Professional', version: '5.1.2600 Service Pack 2 Build 2600', systemType: 'X86-based PC' },
      host: 'PC01',
      declared: 4,
      kbs: ['147222', '958644', '938464'],
    });
  });

  it('reads systeminfo (Japanese)', () => {
    expect(readInventory(SYSTEMINFO_7_JA)).toEqual({
      kind: 'systeminfo',
      os: { name: 'Microsoft Windows 7 Professional', version: '6.1.7601 Service Pack 1 ビルド 7601', systemType: 'x64-based PC' },
      host: 'PC02',
      declared: 3,
      kbs: ['2533552', '2849697', '3185330'],
    });
  });

  it('reads systeminfo (French, German): the same facts under other labels', () => {
    expect(readInventory(SYSTEMINFO_2008_FR)).toEqual({
      kind: 'systeminfo',
      os: { name: 'Microsoftr Windows Serverr 2008 Standard', version: '6.0.6002 Service Pack 2 version 6002', systemType: 'X86-based PC' },
      host: 'SRV01',
      declared: 2,
      kbs: ['958644', '2347290'],
    });
    // "File 1" has no number: 3 declared, 2 read.
    expect(readInventory(SYSTEMINFO_2003_DE)).toMatchObject({ kind: 'systeminfo', host: 'SRV02', declared: 3, kbs: ['958644', '147222'] });
  });

  it('reads Windows line ends', () => {
    expect(readInventory(SYSTEMINFO_7_JA.replace(/\n/g, '\r\n')).kbs).toEqual(['2533552', '2849697', '3185330']);
  });

  it('reads wmic qfe list from its HotFixID column, not the Caption URL', () => {
    expect(readInventory(WMIC_QFE)).toEqual({ kind: 'wmic', kbs: ['958644', '147222', '2533552'] });
    expect(readInventory(WMIC_GET)).toEqual({ kind: 'wmic', kbs: ['958644', '2533552'] });
  });

  it('reads Get-HotFix, English and Japanese, a bare number included', () => {
    expect(readInventory(GET_HOTFIX_EN)).toEqual({ kind: 'get-hotfix', kbs: ['958644', '2533552', '958488'] });
    expect(readInventory(GET_HOTFIX_JA)).toEqual({ kind: 'get-hotfix', kbs: ['3185330', '2849697'] });
  });

  it('says a paste is none of the three outputs, without throwing', () => {
    expect(readInventory('hello, I think I have KB958644')).toEqual({ kind: 'unknown', kbs: [] });
    expect(readInventory('')).toEqual({ kind: 'unknown', kbs: [] });
    expect(readInventory('\u0000\u0001[01]: ')).toEqual({ kind: 'unknown', kbs: [] });
  });
});

describe('osProduct', () => {
  // The real catalog's `systeminfo` fields decide.
  const matchers: OsMatcher[] = osMatchers(readCorpusProducts(process.cwd()).data!.products);
  const osProduct = (os: Parameters<typeof osProductOf>[0]) => osProductOf(os, matchers);
  const osOf = (text: string) => {
    const inventory = readInventory(text);
    if (inventory.kind !== 'systeminfo' || !inventory.os) throw new Error('no OS read');
    return inventory.os;
  };

  it('gives the catalog product of the Windows systeminfo names', () => {
    expect(osProduct(osOf(SYSTEMINFO_XP_EN))).toBe('windows-xp-sp2');
    expect(osProduct(osOf(SYSTEMINFO_7_JA))).toBe('windows-7-x64-sp1');
    expect(osProduct({ name: 'Microsoft Windows XP Professional', version: '5.1.2600 Build 2600', systemType: 'X86-based PC' })).toBe('windows-xp');
    expect(osProduct({ name: 'Microsoft(R) Windows(R) Server 2003, Standard Edition', version: '5.2.3790 Service Pack 2 Build 3790', systemType: 'X86-based PC' })).toBe('windows-server-2003-sp2');
    expect(osProduct({ name: 'Microsoft(R) Windows(R) Server 2003 Standard x64 Edition', version: '5.2.3790 Service Pack 2 Build 3790', systemType: 'x64-based PC' })).toBe('windows-server-2003-x64-sp2');
    expect(osProduct({ name: 'Microsoft Windows Server 2008 R2 Enterprise', version: '6.1.7601 Service Pack 1 Build 7601', systemType: 'x64-based PC' })).toBe('windows-server-2008-r2-x64-sp1');
    expect(osProduct({ name: 'Microsoft® Windows Vista™ Business', version: '6.0.6002 Service Pack 2 Build 6002', systemType: 'X86-based PC' })).toBe('windows-vista-sp2');
    expect(osProduct({ name: 'Microsoft Windows 10 Pro', version: '10.0.14393 N/A Build 14393', systemType: 'x64-based PC' })).toBe('windows-10-1607-x64');
    // The console's code page writes ® as "r".
    expect(osProduct(osOf(SYSTEMINFO_2008_FR))).toBe('windows-server-2008-x86-sp2');
    expect(osProduct(osOf(SYSTEMINFO_2003_DE))).toBe('windows-server-2003-sp2');
  });

  it('gives nothing where the output does not say enough', () => {
    expect(osProduct({ name: 'Microsoft Windows 7 Professional' })).toBeUndefined();
    expect(osProduct({ name: 'Ubuntu 22.04' })).toBeUndefined();
    expect(osProduct({ name: 'Microsoft Windows 10 Pro', version: '10.0.19045 N/A Build 19045', systemType: 'x64-based PC' })).toBeUndefined();
  });
});
