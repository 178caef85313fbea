import { describe, expect, it } from 'vitest';
import { cleanName, kbNumbersIn, mapSourceRow, servicePackName, spellingKey, splitListedNames, type SpellingTable } from './source-names.ts';

const table = (products: Record<string, string[]>, notProducts: Record<string, string> = {}): SpellingTable => ({
  products: new Map(Object.entries(products).map(([spelling, ids]) => [spellingKey(spelling), ids])),
  notProducts: new Map(Object.entries(notProducts).map(([spelling, why]) => [spellingKey(spelling), why])),
});

const TABLE = table(
  {
    'Windows XP': ['windows-xp'],
    'Windows XP Service Pack 1': ['windows-xp-sp1'],
    'Windows XP Service Pack 2': ['windows-xp-sp2'],
    'Windows XP Service Pack 3': ['windows-xp-sp3'],
    'Windows 98': ['windows-98'],
    'Windows 98 Second Edition (SE)': ['windows-98-se'],
    'Windows Millennium Edition (Me)': ['windows-me'],
    'Internet Explorer 6': ['internet-explorer-6'],
    'Windows Server 2003 (Enterprise Edition、Standard Edition)': ['windows-server-2003'],
    '.NET Framework 3.5.1': ['dotnet-framework-3-5-1'],
    '.NET Framework 4': ['dotnet-framework-4'],
    '.NET Framework 4.5/4.5.1': ['dotnet-framework-4-5', 'dotnet-framework-4-5-1'],
    'Windows 8.1 for x64-based Systems': ['windows-8-1-x64'],
  },
  { 'Server Core インストール オプション': 'a heading row' },
);

describe('cleanName and spellingKey', () => {
  it('drop what is not the name: the leading Microsoft, KB numbers, footnote marks, full-width letters, case', () => {
    expect(cleanName('Microsoft Windows XP Service Pack 2 (KB958644)')).toBe('Windows XP Service Pack 2');
    expect(cleanName('Windows Server 2008 for x64-based Systems Service Pack 2*')).toBe('Windows Server 2008 for x64-based Systems Service Pack 2');
    expect(cleanName('Microsoft .NET Framework 4[1] (2804576)')).toBe('.NET Framework 4');
    expect(cleanName('Microsoft Windows XP - 更新プログラムをダウンロードしてください。')).toBe('Windows XP');
    expect(cleanName('Windows 8.1 for x64-based Systems 月例のロールアップ (3185331)')).toBe('Windows 8.1 for x64-based Systems');
    expect(spellingKey('ＷＩＮＤＯＷＳ XP')).toBe('windows xp');
  });
});

describe('kbNumbersIn', () => {
  it('reads KB numbers in parentheses, with or without the prefix', () => {
    expect(kbNumbersIn('Windows XP Service Pack 2 (KB958644)')).toEqual(['958644']);
    expect(kbNumbersIn('Internet Explorer 8 (2809289)')).toEqual(['2809289']);
    expect(kbNumbersIn('Windows Server 2008 (すべてのエディション)')).toEqual([]);
  });
});

describe('splitListedNames', () => {
  it('splits at 、 および または and commas, outside parentheses', () => {
    expect(splitListedNames('Windows 98、Windows 98 Second Edition (SE)、および Windows Millennium Edition (Me)')).toEqual([
      'Windows 98',
      'Windows 98 Second Edition (SE)',
      'Windows Millennium Edition (Me)',
    ]);
    expect(splitListedNames('Windows Server 2003 (Enterprise Edition、Standard Edition)')).toEqual(['Windows Server 2003 (Enterprise Edition、Standard Edition)']);
  });

  it('reads a part that only names a service pack as the service pack of the name before it', () => {
    expect(splitListedNames('Windows XP, Service Pack 1')).toEqual(['Windows XP', 'Windows XP Service Pack 1']);
    expect(splitListedNames('Windows XP Service Pack 2 および Service Pack 3')).toEqual(['Windows XP Service Pack 2', 'Windows XP Service Pack 3']);
  });

  it('splits names run together from a cell of one name per line, and drops their Microsoft', () => {
    expect(splitListedNames('.NET Framework 3.5.1 Microsoft .NET Framework 4')).toEqual(['.NET Framework 3.5.1', '.NET Framework 4']);
  });
});

describe('mapSourceRow', () => {
  it('maps a row to the products it lists, with its KB number', () => {
    expect(mapSourceRow({ name: 'Microsoft Windows XP Service Pack 1 および Microsoft Windows XP Service Pack 2 (KB958644)' }, TABLE)).toEqual({
      products: ['windows-xp-sp1', 'windows-xp-sp2'],
      components: [],
      kb: '958644',
      unmapped: [],
    });
  });

  it('prefers a whole spelling to splitting it', () => {
    expect(mapSourceRow({ name: 'Microsoft .NET Framework 4.5/4.5.1' }, TABLE).products).toEqual(['dotnet-framework-4-5', 'dotnet-framework-4-5-1']);
  });

  it('reads the component column, and the component KB number first', () => {
    expect(mapSourceRow({ name: 'Windows XP Service Pack 3 (KB111111)', component: 'Internet Explorer 6 (KB2222222)' }, TABLE)).toEqual({
      products: ['windows-xp-sp3'],
      components: ['internet-explorer-6'],
      kb: '2222222',
      unmapped: [],
    });
  });

  it('reads "A 上の B" as B installed on A', () => {
    expect(mapSourceRow({ name: 'Microsoft Windows XP Service Pack 2 上の Internet Explorer 6' }, TABLE)).toMatchObject({
      products: ['windows-xp-sp2'],
      components: ['internet-explorer-6'],
      unmapped: [],
    });
  });

  it('reports the part no spelling matches, and a name that is not a list whole', () => {
    expect(mapSourceRow({ name: 'Windows XP Service Pack 2 および Windows Vista' }, TABLE)).toMatchObject({
      products: ['windows-xp-sp2'],
      unmapped: [{ kind: 'unknown', part: 'Windows Vista' }],
    });
    expect(mapSourceRow({ name: 'Microsoft Works 9' }, TABLE).unmapped).toEqual([{ kind: 'unknown', part: 'Works 9' }]);
    expect(mapSourceRow({ name: 'Adobe Flash Player、Windows Journal' }, TABLE).unmapped).toEqual([{ kind: 'unknown', part: 'Adobe Flash Player、Windows Journal' }]);
  });

  it('says why a name names no product', () => {
    expect(mapSourceRow({ name: 'Server Core インストール オプション' }, TABLE)).toEqual({
      products: [],
      components: [],
      unmapped: [{ kind: 'not-a-product', part: 'Server Core インストール オプション', why: 'a heading row' }],
    });
  });
});

describe('mapSourceRow on the older layouts', () => {
  const OLD = table({
    'Windows 2000 Service Pack 4': ['windows-2000-sp4'],
    'Windows XP Service Pack 2': ['windows-xp-sp2'],
    'DirectX 8.0': ['directx-8-0'],
    'DirectX 8.1': ['directx-8-1'],
    'DirectX 8.1a': ['directx-8-1a'],
    'Data Access Components 2.8': ['data-access-components-2-8'],
    'Internet Explorer 6': ['internet-explorer-6'],
    'Internet Explorer 6 Service Pack 1': ['internet-explorer-6-sp1'],
    'Windows XP Service Pack 1': ['windows-xp-sp1'],
    'Office 2003 Service Pack 1': ['office-2003-sp1'],
    'Office 2003 Service Pack 2': ['office-2003-sp2'],
    'Outlook 2003': ['outlook-2003'],
    'Windows Millennium Edition (ME)': ['windows-me'],
    'Windows Server 2003': ['windows-server-2003'],
    'NNTP コンポーネント': ['nntp-component'],
    'Word 2003': ['word-2003'],
    'FrontPage 2003': ['frontpage-2003'],
  });

  it('reads a version alone as the version of the product before it', () => {
    expect(mapSourceRow({ name: 'Windows 2000 Service Pack 4 にインストールされている Microsoft DirectX 8.0、8.1、8.1a' }, OLD)).toMatchObject({
      products: ['windows-2000-sp4'],
      components: ['directx-8-0', 'directx-8-1', 'directx-8-1a'],
      unmapped: [],
    });
  });

  it('reads "B を実行している A" and "B for A" as B installed on A', () => {
    expect(mapSourceRow({ name: 'Microsoft Data Access Components 2.8 を実行している Microsoft Windows XP Service Pack 2' }, OLD)).toMatchObject({
      products: ['windows-xp-sp2'],
      components: ['data-access-components-2-8'],
    });
    expect(mapSourceRow({ name: 'Internet Explorer 6 for Microsoft Windows XP Service Pack 2' }, OLD)).toMatchObject({ products: ['windows-xp-sp2'], components: ['internet-explorer-6'] });
  });

  it('reads a list of "A 上の B"', () => {
    expect(
      mapSourceRow({ name: 'Microsoft Windows 2000 Service Pack 4 上の Internet Explorer 6 Service Pack 1 または Microsoft Windows XP Service Pack 1 上の Internet Explorer 6 Service Pack 1' }, OLD),
    ).toMatchObject({ products: ['windows-2000-sp4', 'windows-xp-sp1'], components: ['internet-explorer-6-sp1'], unmapped: [] });
  });

  it('reads names run together from a cell of one name per line, and a component named after its Windows', () => {
    expect(mapSourceRow({ name: 'Microsoft Office 2003 Service Pack 2 Word 2003 FrontPage 2003' }, OLD).products).toEqual(['office-2003-sp2', 'word-2003', 'frontpage-2003']);
    expect(mapSourceRow({ name: 'Microsoft Windows Server 2003 NNTP コンポーネント' }, OLD)).toMatchObject({ products: ['windows-server-2003'], components: ['nntp-component'], unmapped: [] });
  });

  it('reads a suite and its program, and drops the kind of update and the pointers to the FAQ', () => {
    expect(mapSourceRow({ name: 'Microsoft Office 2003 Service Pack 1 および Service Pack 2 - Microsoft Outlook 2003 (KB892843) クライアント用更新プログラムおよび管理者用更新プログラム' }, OLD)).toEqual({
      products: ['office-2003-sp1', 'office-2003-sp2', 'outlook-2003'],
      components: [],
      kb: '892843',
      unmapped: [],
    });
    expect(mapSourceRow({ name: 'Microsoft Windows Millennium Edition (ME) - これらのプラットフォームに関する詳細は 「よく寄せられる質問」 をご覧ください。' }, OLD).products).toEqual(['windows-me']);
  });
});

describe('the notes the older cells add after a name', () => {
  it('drops the kind of update and the remarks after it (上述の…, ※ …, 上記の…)', () => {
    expect(cleanName('Microsoft Project 2002 Service Pack 1 (KB917150) クライアント用更新プログラムおよび管理者用更新プログラム 上述の Office XP Service Pack 3 (KB917150) とは別の更新プログラムになります')).toBe('Project 2002 Service Pack 1');
    expect(cleanName('Microsoft Office XP Software Service Pack 2 (KB873352) 管理者用更新プログラム')).toBe('Office XP Software Service Pack 2');
    expect(
      cleanName('Microsoft Global Input Method Editor for Office 2000 (日本語) ※ 通常の日本語環境にはインストールされません。 (KB920906)クライアント用更新プログラムおよび管理者用更新プログラム ※ 上記の Office 2000 Service Pack 3 用のものと同一です。'),
    ).toBe('Global Input Method Editor for Office 2000 (日本語)');
  });

  it('drops a sentence about the software (この…, これは…) and a pointer to the FAQ below', () => {
    expect(cleanName('FrontPage 2002 – このアプリケーションに SharePoint Team Services のセキュリティ更新プログラムが提供される理由に関しては、このセキュリティ情報の「よく寄せられる質問」をご覧ください。')).toBe('FrontPage 2002');
    expect(cleanName('Microsoft Terminal Services Advanced Client (TSAC) ActiveX コントロール。これはすべての Windows システムにインストールすることができます。')).toBe('Terminal Services Advanced Client (TSAC) ActiveX コントロール');
    expect(cleanName('Microsoft Windows Millennium Edition (Me) - 以下に記載されている「このセキュリティ更新プログラムに関してよく寄せられる質問」をご覧ください。')).toBe('Windows Millennium Edition (Me)');
  });

  it('drops sentences after a closing note, and the instruction after a Japanese edition with its platforms', () => {
    expect(cleanName('SharePoint Portal Server 2003 (すべてのバージョン) SharePoint Portal Server 2003 には Windows SharePoint Services が含まれます。 詳細は、マイクロソフト Web サイトをご覧ください。')).toBe('SharePoint Portal Server 2003');
    expect(cleanName('Microsoft Metadirectory Services 2.2 (英語版) Microsoft Metadirectory Services (MMS) は、異なる種類のデータレポジトリの相互運用と集中管理のためのソリューションです。')).toBe('Metadirectory Services 2.2 (英語版)');
    expect(cleanName('Microsoft Windows 2000 Service Pack 4 上の Microsoft JScript 5.1 日本語版 (PC/AT, PC-9800共通)は、Windows2000-KB917344-x86-JPN.EXE をダウンロードしてください。')).toBe('Windows 2000 Service Pack 4 上の Microsoft JScript 5.1');
  });

  it('drops a 注 mark right after a version', () => {
    expect(cleanName('Microsoft Windows XP Service Pack 未適用、または Service Pack 1注')).toBe('Windows XP Service Pack 未適用、または Service Pack 1');
  });
});

describe('more of the older layouts', () => {
  const MORE = table(
    {
      'MSN チャット コントロール': ['msn-chat-control'],
      'MSN Messenger 4.5': ['msn-messenger-4-5'],
      'MSN Messenger 4.6': ['msn-messenger-4-6'],
      'Windows XP Service Pack 1': ['windows-xp-sp1'],
      'Windows XP Service Pack 2': ['windows-xp-sp2'],
      'Windows 2000 Service Pack 4': ['windows-2000-sp4'],
      'Windows Vista': ['windows-vista'],
      'Windows Vista Service Pack 1': ['windows-vista-sp1'],
      'FrontPage Server Extensions 2002 (x86 Edition)': ['frontpage-server-extensions-2002'],
      'Windows Media Player 6.4': ['windows-media-player-6-4'],
      'Internet Security and Acceleration Server 2000 Service Pack 1': ['isa-server-2000-sp1'],
      'Internet Security and Acceleration Server 2000 Service Pack 2': ['isa-server-2000-sp2'],
    },
    {
      'すべてのマイクロソフト Windows のオペレーティング システム': 'every Windows, none named',
      '該当コンポーネントなし': 'no component affected',
      'Works Suites': 'a heading',
    },
  );

  it('keeps the "and" of "Internet Security and Acceleration Server" and splits at other "and"s', () => {
    expect(mapSourceRow({ name: 'Microsoft Internet Security and Acceleration Server 2000 Service Pack 1 および Service Pack 2' }, MORE).products).toEqual(['isa-server-2000-sp1', 'isa-server-2000-sp2']);
    expect(mapSourceRow({ name: 'Windows Vista and Windows Vista Service Pack 1' }, MORE).products).toEqual(['windows-vista', 'windows-vista-sp1']);
  });

  it('reads "B を含む A" as A with its component B, and "A にダウンロードおよびインストールされた B" as B on A', () => {
    expect(mapSourceRow({ name: 'MSN チャット コントロールを含む Microsoft MSN Messenger 4.5 および 4.6' }, MORE)).toMatchObject({
      products: ['msn-messenger-4-5', 'msn-messenger-4-6'],
      components: ['msn-chat-control'],
      unmapped: [],
    });
    expect(
      mapSourceRow({ name: 'Microsoft Windows XP Service Pack 1 および Microsoft Windows XP Service Pack 2 にダウンロードおよびインストールされた Microsoft FrontPage Server Extensions 2002 (x86 Edition) (KB911831)' }, MORE),
    ).toMatchObject({ products: ['windows-xp-sp1', 'windows-xp-sp2'], components: ['frontpage-server-extensions-2002'], kb: '911831', unmapped: [] });
  });

  it('reads "B on every Windows" as B', () => {
    expect(mapSourceRow({ name: 'すべてのマイクロソフト Windows のオペレーティング システム上の Windows Media Player 6.4' }, MORE)).toEqual({
      products: ['windows-media-player-6-4'],
      components: [],
      unmapped: [],
    });
  });

  it('leaves out of a row that names products the parts that name none', () => {
    expect(mapSourceRow({ name: 'Microsoft Windows 2000 Service Pack 4', component: '該当コンポーネントなし' }, MORE)).toEqual({
      products: ['windows-2000-sp4'],
      components: [],
      unmapped: [],
    });
    expect(mapSourceRow({ name: 'Microsoft Works Suites :' }, MORE).unmapped).toEqual([{ kind: 'not-a-product', part: 'Works Suites', why: 'a heading' }]);
  });
});

describe('servicePackName', () => {
  it('writes a fix statement’s service pack as the rows spell it, quoting the corpus', () => {
    expect(servicePackName('Windows 2000 サービスパック 2')).toBe('Windows 2000 Service Pack 2'); // MS00-052
    expect(servicePackName('Windows NT 4.0 Terminal Server Edition Service Pack 6 (SP6)')).toBe('Windows NT 4.0 Terminal Server Edition Service Pack 6'); // MS99-055
    expect(servicePackName('Windows NT 4.0 Terminal Server Edition 日本語版サービスパック 6')).toBe('Windows NT 4.0 Terminal Server Edition Service Pack 6'); // MS00-003
    expect(servicePackName('Office XP Service Pack 2 (SP-2) および Office 2000 Service Pack 3 (SP-3)')).toBe('Office XP Service Pack 2 および Office 2000 Service Pack 3'); // MS02-021
    expect(servicePackName('Internet Explorer 5.5 SP2 以降のバージョン')).toBe('Internet Explorer 5.5 SP2'); // MS01-012
    expect(servicePackName('IE 6 Service Pack 1')).toBe('Internet Explorer 6 Service Pack 1'); // MS01-051
    expect(servicePackName('SP1 for Exchange 2000')).toBe('Exchange 2000 Service Pack 1'); // MS00-088
    expect(servicePackName('BizTalk Server 2002 用の Service Pack 1 および BizTalk Server 2000 用の Service Pack 3')).toBe('BizTalk Server 2002 Service Pack 1 および BizTalk Server 2000 Service Pack 3'); // MS03-016
    expect(servicePackName('Office XP のそのほかの更新プログラムとともに Office XP Service Pack 3')).toBe('Office XP Service Pack 3'); // MS04-009
    expect(servicePackName('NET Framework version 1.1 Service Pack 1')).toBe('.NET Framework 1.1 Service Pack 1'); // MS04-028
  });
});
