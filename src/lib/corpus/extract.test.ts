/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpusFactsSchema } from '../../schemas/corpus.ts';
import { ROOT_DIR } from '../../../test/support/paths.ts';
import { lastRevision, orderedRevisions, parseJapaneseDate, readImpacts, restartKind } from './extract.ts';
import { impactName } from '../content/bulletin-vulnerabilities.ts';
import { readCorpusFile } from './files.ts';

const read = (file: string) => readCorpusFile(ROOT_DIR, `content/sources/microsoft/ja-jp/${file}`);

describe('parseJapaneseDate', () => {
  it('reads the formats the corpus uses', () => {
    expect(parseJapaneseDate('2009年10月14日')).toBe('2009-10-14');
    expect(parseJapaneseDate(' 2015 年 1 月 14 日')).toBe('2015-01-14');
    expect(parseJapaneseDate('2004/5/12')).toBe('2004-05-12');
  });
  it('refuses what is not a real date', () => {
    expect(parseJapaneseDate('2014 年 12 日 10 日')).toBeUndefined();
    expect(parseJapaneseDate('2009年2月30日')).toBeUndefined();
  });
});

describe('MS04-015 agrees with the curated bulletin.yaml', () => {
  const { facts, problems } = read('2004/ms04-015.md');
  const curated = parse(readFileSync(join(ROOT_DIR, 'content/bulletins/ms04-015/bulletin.yaml'), 'utf8')) as {
    id: string;
    kb: number;
    severity: string;
    published: string;
    updated: string;
    title: { ja: string };
    summary: { replaces: string[] };
    affectedSoftware: { rows: { software: string | { ja: string }; download: string }[] };
    nonAffectedSoftware: { software: string | { ja: string } }[];
    vulnerabilities: { id: string; cve: string; title: { ja: string }; impact: { ja: string; en: string } }[];
  };
  const ja = (value: string | { ja: string }) => (typeof value === 'string' ? value : value.ja);

  it('has no problems and passes the schema', () => {
    expect(problems).toEqual([]);
    expect(corpusFactsSchema.safeParse(facts).success).toBe(true);
  });
  it('id, severity, KB and dates', () => {
    expect(facts.id).toBe(curated.id);
    expect(facts.slug).toBe('ms04-015');
    expect(facts.year).toBe(2004);
    expect(facts.severity).toBe(curated.severity);
    expect(facts.kb).toBe(String(curated.kb));
    expect(facts.published).toBe(String(curated.published));
    expect(facts.updated).toBe(String(curated.updated));
  });
  it('title (the curated one keeps the KB part)', () => {
    expect(`${facts.title} (${facts.kb})`).toBe(curated.title.ja);
  });
  it('vulnerabilities: ids and titles', () => {
    expect(facts.vulnerabilities.map(({ impacts: _impacts, ...v }) => v)).toEqual(curated.vulnerabilities.map((v) => ({ id: v.id, cve: v.cve, title: v.title.ja })));
  });
  it('vulnerabilities: each impact, named in both languages as the curated bulletin names it', () => {
    for (const [i, v] of curated.vulnerabilities.entries()) {
      const impacts = facts.vulnerabilities[i]!.impacts ?? [];
      expect(impacts.map((impact) => impactName(impact, 'ja'))).toEqual([v.impact.ja]);
      expect(impacts.map((impact) => impactName(impact, 'en'))).toEqual([v.impact.en]);
    }
  });
  it('replaces nothing', () => {
    expect(facts.replaces).toEqual(curated.summary.replaces);
  });
  it('affected software: names and downloads, row for row', () => {
    expect(facts.affected).toEqual(curated.affectedSoftware.rows.map((row) => ({ name: ja(row.software), downloads: [row.download] })));
  });
  it('not-affected software: names, row for row', () => {
    expect(facts.notAffected.map((s) => s.name)).toEqual(curated.nonAffectedSoftware.map((row) => ja(row.software)));
  });
  it('cites the KB articles of its caveats, not its own', () => {
    expect(facts.cites.kbs).toEqual(expect.arrayContaining(['841996', '842253']));
    expect(facts.cites.kbs).not.toContain('840374');
    expect(facts.cites.bulletins).toContain('MS03-040');
    expect(facts.cites.bulletins).not.toContain('MS04-015');
  });
});

describe('one bulletin per layout family', () => {
  it('1999–2003: MS99-030 (no KB in the title, no CVE id) and MS03-026 (labelled summary, lists)', () => {
    const old = read('1999/ms99-030.md');
    expect(old.facts).toMatchObject({
      id: 'MS99-030',
      severity: 'critical',
      title: 'Office 「ODBC ドライバ」 の脆弱性に対する対策',
      published: '1999-08-20',
      updated: '1999-08-20',
      vulnerabilities: [],
      affected: [{ name: 'Microsoft Jet の全バージョン', downloads: [] }],
    });
    expect(old.facts.kb).toBeUndefined();
    expect(old.facts.summary).toMatch(/^マイクロソフトは、Microsoft® Jet データベース エンジンの脆弱性を排除する更新プログラムをリリースしました。/);
    expect(old.problems.map((p) => [p.field, p.line])).toEqual([
      ['kb', 12],
      ['vulnerabilities', undefined],
    ]);

    const { facts } = read('2003/ms03-026.md');
    expect(facts).toMatchObject({
      id: 'MS03-026',
      severity: 'critical',
      title: 'RPC インターフェイスのバッファ オーバーランによりコードが実行される',
      kb: '823980',
      published: '2003-07-17',
      updated: '2003-09-11',
      vulnerabilities: [{ id: 'CAN-2003-0352', cve: 'CVE-2003-0352' }],
      notAffected: [{ name: 'Microsoft Windows Millennium Edition', downloads: [] }],
    });
    expect(facts.summary).toBeUndefined();
    expect(facts.affected.map((s) => s.name)).toEqual([
      'Microsoft Windows NT® Server 4.0',
      'Microsoft Windows NT® Workstation 4.0',
      'Microsoft Windows NT Server 4.0, Terminal Server Edition',
      'Microsoft Windows 2000',
      'Microsoft Windows XP',
      'Microsoft Windows Server™ 2003',
    ]);
    expect(facts.cites.bulletins).toContain('MS03-039');
  });

  it('2008–2012: MS09-062 (raw-HTML tables, components, replaced bulletins)', () => {
    const { facts, problems } = read('2009/ms09-062.md');
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({
      id: 'MS09-062',
      severity: 'critical',
      title: 'GDI+ の脆弱性により、リモートでコードが実行される',
      kb: '957488',
      published: '2009-10-14',
      updated: '2010-01-13',
      version: '1.0',
    });
    // In the source's order (the severity table's columns).
    expect(facts.vulnerabilities.map((v) => v.id)).toEqual([
      'CVE-2009-2500', 'CVE-2009-2501', 'CVE-2009-2502', 'CVE-2009-2503', 'CVE-2009-2504', 'CVE-2009-3126', 'CVE-2009-2528', 'CVE-2009-2518',
    ]);
    expect(facts.vulnerabilities[0]).toEqual({ id: 'CVE-2009-2500', cve: 'CVE-2009-2500', title: 'GDI+ WMF の整数オーバーフローの脆弱性', impacts: ['remote-code-execution'] });
    expect(facts.affected[0]).toEqual({
      name: 'Windows XP Service Pack 2 および Windows XP Service Pack 3 (KB958869)',
      downloads: ['https://www.microsoft.com/download/details.aspx?familyid=e2acde20-a6d3-4135-b6eb-1214f743d474&displaylang=ja'],
    });
    expect(facts.replaces).toContainEqual({ bulletin: 'MS08-052' });
    expect(facts.notAffected[0]).toEqual({ name: 'Microsoft Windows 2000 Service Pack 4', downloads: [] });
  });

  it('2013–2017: MS15-010 (date with spaces, bold header cells, replaced updates with KB numbers)', () => {
    const { facts, problems } = read('2015/ms15-010.md');
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({
      id: 'MS15-010',
      severity: 'critical',
      title: 'Windows カーネルモード ドライバーの脆弱性により、リモートでコードが実行される',
      kb: '3036220',
      published: '2015-02-11',
      updated: '2015-02-19',
      version: '1.1',
    });
    expect(facts.summary).toMatch(/^このセキュリティ更新プログラムは Microsoft Windows に存在する/);
    expect(facts.vulnerabilities.map((v) => `${v.id} ${v.title}`)).toEqual([
      'CVE-2015-0003 Win32k の特権の昇格の脆弱性',
      'CVE-2015-0010 CNG セキュリティ機能のバイパスの脆弱性',
      'CVE-2015-0057 Win32k の特権の昇格の脆弱性',
      'CVE-2015-0058 Windows カーソル オブジェクトのダブル フリーの脆弱性',
      'CVE-2015-0059 TrueType フォント解析のリモートでコードが実行される脆弱性',
      'CVE-2015-0060 Windows フォント ドライバーのサービス拒否の脆弱性',
    ]);
    expect(facts.affected[0]?.name).toBe('Windows Server 2003 Service Pack 2 (3013455)');
    expect(facts.affected).toHaveLength(50);
    expect(facts.replaces).toContainEqual({ bulletin: 'MS14-079', kb: '3002885' });
  });

  it('a bulletin without the 公開日 label (MS15-053) still has its dates', () => {
    const { facts } = read('2015/ms15-053.md');
    expect([facts.published, facts.updated]).toEqual(['2015-05-13', '2015-05-14']);
  });

  it('without 最終更新日, a single revision entry on the published date is the last update (MS15-001)', () => {
    const { facts, problems } = read('2015/ms15-001.md');
    expect([facts.published, facts.updated]).toEqual(['2015-01-14', '2015-01-14']);
    expect(problems.filter((p) => p.field === 'updated')).toEqual([]);
  });
  it('without 最終更新日, the latest revision entry dates the last update (MS16-087, MS05-001, MS15-065)', () => {
    expect(read('2016/ms16-087.md').facts).toMatchObject({ published: '2016-07-13', updated: '2017-09-13' });
    expect(read('2005/ms05-001.md').facts).toMatchObject({ published: '2005-01-11', updated: '2005-01-14' });
    expect(read('2015/ms15-065.md').facts).toMatchObject({ published: '2015-07-23', updated: '2015-07-23' });
  });
  it('without 最終更新日, a single revision entry on another day than the published date gives no last update (MS09-041)', () => {
    const { facts, problems } = read('2009/ms09-041.md');
    expect(facts.published).toBe('2009-08-11');
    expect(facts.updated).toBeUndefined();
    expect(problems.filter((p) => p.field === 'updated').map((p) => p.message)).toEqual([expect.stringMatching(/only entry .*2009\/08\/12.* published date 2009-08-11/)]);
  });
});

describe('lastRevision', () => {
  it('needs a history whose every entry is dated', () => {
    expect(lastRevision(undefined, '2015-01-14').date).toBeUndefined();
    expect(lastRevision([{ date: '2015-01-14', text: 'V1.0 (2015/1/14): 公開しました。' }, { text: '修正しました。' }], '2015-01-14').date).toBeUndefined();
  });
  it('takes a single entry only when it is the publication on the published date', () => {
    expect(lastRevision([{ date: '2015-01-14', text: 'V1.0 (2015/1/14): このセキュリティ情報ページを公開しました。' }], '2015-01-14')).toEqual({ date: '2015-01-14' });
    expect(lastRevision([{ date: '2015-01-14', text: 'V1.1 (2015/1/14): 表を修正しました。' }], '2015-01-14').date).toBeUndefined();
    expect(lastRevision([{ date: '2015-01-15', text: 'V1.0 (2015/1/15): このセキュリティ情報ページを公開しました。' }], '2015-01-14').date).toBeUndefined();
  });
  it('takes the latest of several entries, never one before the publication', () => {
    const entries = [{ date: '2016-07-13', text: 'V1.0' }, { date: '2017-09-13', text: 'V2.0' }];
    expect(lastRevision(entries, '2016-07-13')).toEqual({ date: '2017-09-13' });
    expect(lastRevision(entries, '2017-10-01').date).toBeUndefined();
  });
});

describe('the revision history as facts', () => {
  it('is oldest first, each entry with its date, the version it names, and its text as the source gives it (MS01-033, MS15-001)', () => {
    const ms01033 = read('2001/ms01-033.md').facts.revisions!;
    expect(ms01033).toHaveLength(7);
    expect(ms01033[0]).toEqual({ date: '2001-06-19', text: '2001/6/19: このセキュリティ情報ページを公開しました。' });
    expect(ms01033.at(-1)!.date).toBe('2002-05-07');
    expect(read('2015/ms15-001.md').facts.revisions).toEqual([{ date: '2015-01-14', version: '1.0', text: 'V1.0 (2015/1/14): このセキュリティ情報ページを公開しました。' }]);
  });
  it('turns a list written newest first round, and gives none when an entry is undated or the order is mixed', () => {
    const a = { date: '2016-07-13', version: '1.0', text: 'V1.0' };
    const b = { date: '2017-09-13', version: '2.0', text: 'V2.0' };
    const c = { date: '2017-10-01', text: '2017/10/1' };
    expect(orderedRevisions([c, b, a])).toEqual([a, b, c]);
    expect(orderedRevisions([a, { text: '修正しました。' }])).toBeUndefined();
    expect(orderedRevisions([a, c, b])).toBeUndefined();
    expect(orderedRevisions([])).toBeUndefined();
  });
});

describe('the restart requirement', () => {
  it('reads the statement after the label, in a table row (MS08-067) or after a bold label (MS04-011)', () => {
    expect(read('2008/ms08-067.md').facts.restart).toEqual({ kind: 'required', statements: ['あり。セキュリティ更新プログラムを適用してから、コンピューターを再起動する必要があります。'] });
    expect(read('2004/ms04-011.md').facts.restart).toEqual({ kind: 'required', statements: ['このセキュリティ更新プログラムの適用後に、コンピュータを再起動する必要があります。'] });
  });
  it('says nothing where the statements differ (MS04-017: one platform may need it, the others not) or there are none (MS16-047)', () => {
    expect(read('2004/ms04-017.md').facts.restart).toBeUndefined();
    expect(read('2016/ms16-047.md').facts.restart).toBeUndefined();
  });
  it('classifies the plain statements only', () => {
    expect(restartKind('はい。セキュリティ更新プログラムを適用してから、コンピューターを再起動する必要があります。')).toBe('required');
    expect(restartKind('このセキュリティ更新プログラムがコンピュータに適用されている際に、更新されているファイルが使用中の場合、再起動が必要となります。')).toBe('may-be-required');
    expect(restartKind('この更新プログラムでは、再起動が必要になる場合があります。')).toBe('may-be-required');
    expect(restartKind('いいえ。この更新プログラムを適用した後、再起動は必要ありません。')).toBe('not-required');
    expect(restartKind('このセキュリティ更新プログラムは再起動を必要としません。インストーラーが必要なサービスを停止し、更新プログラムが適用され、サービスが再起動します。')).toBe('not-required');
  });
  it('reads “not required, but required where a file is in use” as may be required (MS05-001, MS05-007, MS06-016)', () => {
    // MS05-001: 「このセキュリティ更新プログラムは再起動を必要としません。必要なファイルが使用中の場合、この更新プログラムは再起動を必要とします。」
    expect(read('2005/ms05-001.md').facts.restart?.kind).toBe('may-be-required');
    expect(read('2005/ms05-007.md').facts.restart?.kind).toBe('may-be-required');
    expect(read('2006/ms06-016.md').facts.restart?.kind).toBe('may-be-required');
    expect(
      restartKind('このセキュリティ更新プログラムは再起動を必要としません。インストーラーが必要なサービスを停止し、更新プログラムが適用され、サービスが再起動します。しかし、何らかの理由により、必要なサービスが停止しない場合、または必要なファイルが使用中の場合、この更新プログラムを適用すると、再起動が要求されます。'),
    ).toBe('may-be-required');
    expect(restartKind('更新プログラムのインストール時に、この更新プログラムによって更新されたファイルが、使用されている場合、コンピュータを再起動する必要がある場合があります。ほとんどの場合、再起動は必要ありません。')).toBe('may-be-required');
    expect(restartKind('Exchange のすべてのサービスが停止し、適用終了の前に開始されます。')).toBeUndefined();
  });
});

describe('the impact of each vulnerability', () => {
  const impacts = (file: string) => Object.fromEntries(read(file).facts.vulnerabilities.map((v) => [v.id, v.impacts]));
  it('reads the source’s wordings, with a rating, connectives, a KB number or a footnote around them', () => {
    expect(readImpacts('リモートでコードが実行される')).toEqual(['remote-code-execution']);
    expect(readImpacts('緊急 リモートでコードが実行される')).toEqual(['remote-code-execution']);
    expect(readImpacts('リモートでコードが実行される 重要')).toEqual(['remote-code-execution']);
    expect(readImpacts('重要 特権の昇格 (2965302)')).toEqual(['elevation-of-privilege']);
    expect(readImpacts('ローカルの権限の昇格')).toEqual(['elevation-of-privilege']);
    expect(readImpacts('情報の漏えいおよびサービス拒否')).toEqual(['information-disclosure', 'denial-of-service']);
    expect(readImpacts('サービス拒否およびリモートでコードが実行される')).toEqual(['denial-of-service', 'remote-code-execution']);
  });
  it('reads nothing from a sentence, a title or a cell without an impact', () => {
    expect(readImpacts('攻撃者が選択したコードが実行されてしまう')).toBeUndefined();
    expect(readImpacts('Internet Explorer 特権の昇格の脆弱性')).toBeUndefined();
    expect(readImpacts('緊急')).toBeUndefined();
    expect(readImpacts('該当なし')).toBeUndefined();
  });
  it('takes a row per vulnerability’s 脆弱性の影響 column (MS05-012), even where a product column names an id (MS05-009)', () => {
    expect(impacts('2005/ms05-012.md')).toEqual({ 'CAN-2005-0044': ['remote-code-execution'], 'CAN-2005-0047': ['elevation-of-privilege'] });
    expect(impacts('2005/ms05-009.md')).toEqual({ 'CAN-2004-1244': ['remote-code-execution'], 'CAN-2004-0597': ['remote-code-execution'] });
  });
  it('takes a column per vulnerability, every impact its cells give (MS12-020; MS17-011: CVE-2017-0084 is RCE on Vista, ID on 8.1)', () => {
    expect(impacts('2012/ms12-020.md')).toEqual({ 'CVE-2012-0002': ['remote-code-execution'], 'CVE-2012-0152': ['denial-of-service'] });
    expect(impacts('2017/ms17-011.md')['CVE-2017-0084']).toEqual(['remote-code-execution', 'information-disclosure']);
  });
  it('reads the abbreviations of a row per vulnerability by the bulletin’s own legend (MS15-107: 重要/ID, 重要/SFB)', () => {
    expect(impacts('2015/ms15-107.md')).toEqual({ 'CVE-2015-6057': ['information-disclosure'], 'CVE-2015-6058': ['security-feature-bypass'] });
    // MS14-065's legend heads its second column 最も深刻な影響.
    expect(impacts('2014/ms14-065.md')['CVE-2014-6339']).toEqual(['security-feature-bypass']);
  });
  it('gives a bulletin of one vulnerability the summary’s or the software table’s impact (MS06-040, MS10-061)', () => {
    expect(impacts('2006/ms06-040.md')).toEqual({ 'CVE-2006-3439': ['remote-code-execution'] });
    // XP's row says remote code execution, the later systems' rows elevation of privilege.
    expect(impacts('2010/ms10-061.md')).toEqual({ 'CVE-2010-2729': ['remote-code-execution', 'elevation-of-privilege'] });
  });
  it('stays silent where the source says it in words of its own (MS03-026) or not at all (MS16-022, Adobe Flash Player)', () => {
    expect(impacts('2003/ms03-026.md')).toEqual({ 'CAN-2003-0352': undefined });
    expect(Object.values(impacts('2016/ms16-022.md')).every((v) => v === undefined)).toBe(true);
  });
  it('reports where it stays silent, one problem per bulletin naming how many vulnerabilities are left without one', () => {
    const unread = (file: string) => read(file).problems.filter((p) => p.field === 'vulnerabilities[].impacts').map((p) => p.message);
    expect(unread('2003/ms03-026.md')).toEqual(['1 of 1 vulnerabilities (CVE-2003-0352) have no impact (脆弱性の影響) in a form the importer reads; they are left without one.']);
    expect(unread('2016/ms16-022.md')).toEqual([expect.stringMatching(/^(\d+) of \1 vulnerabilities \(CVE-2016-\d+, CVE-2016-\d+, CVE-2016-\d+, …\)/)]);
    expect(unread('2012/ms12-020.md')).toEqual([]);
  });
});

describe('the workarounds', () => {
  it('are the bold titles of the list under a workarounds heading, for the vulnerability it names, with that section’s anchor (MS08-067)', () => {
    expect(read('2008/ms08-067.md').facts.workarounds).toEqual([
      { title: 'Server サービスおよび Computer Browser サービスを無効にする', cves: ['CVE-2008-4250'], section: 'workarounds' },
      { title: 'Windows Vista および Windows Server 2008 で、影響を受ける RPC 識別子をフィルターする', cves: ['CVE-2008-4250'], section: 'workarounds' },
      { title: 'TCP ポート 139 および 445 をファイアウォールでブロックする', cves: ['CVE-2008-4250'], section: 'workarounds' },
      // A title the source writes in several bold runs around a link is one title.
      { title: 'ネットワークベースでのこの脆弱性の悪用に対する保護の手助けを行うために、インターネット接続ファイアウォールなどのパーソナルファイアウォールを使用する。', cves: ['CVE-2008-4250'], section: 'workarounds' },
    ]);
  });
  it('keep each vulnerability’s own (MS09-062), and are for all where the heading names none (MS16-050)', () => {
    const ms09062 = read('2009/ms09-062.md').facts.workarounds!;
    expect(new Set(ms09062.map((w) => w.cves?.join()))).toContain('CVE-2009-2500');
    expect(ms09062.find((w) => w.title === 'メタファイルの処理を無効にする')).toEqual({ title: 'メタファイルの処理を無効にする', cves: ['CVE-2009-2500'], section: 'workarounds' });
    expect(ms09062.filter((w) => w.title === 'vgx.dll の登録を解除する').map((w) => w.section)).toEqual([
      'workarounds', 'workarounds-cve-2009-2501', 'workarounds-cve-2009-2502', 'workarounds-cve-2009-2503', 'workarounds-cve-2009-3126',
    ]);
    expect(read('2016/ms16-050.md').facts.workarounds![0]).toEqual({ title: 'Adobe Flash Player が実行されないようにする', section: 'workarounds' });
  });
  it('are none where the source lists none with bold titles (MS16-047)', () => {
    expect(read('2016/ms16-047.md').facts.workarounds).toBeUndefined();
  });
});

describe('1999–2003: vulnerability titles from the list or lines after the 脆弱性識別番号 label', () => {
  const titles = (file: string) => read(file).facts.vulnerabilities.map((v) => [v.id, v.title]);
  it('a list of `title : id` items (MS02-005)', () => {
    expect(titles('2002/ms02-005.md')).toEqual([
      ['CAN-2002-0022', 'バッファのオーバーラン'],
      ['CAN-2002-0023', 'GetObject 機能によるファイルの読み取り'],
      ['CAN-2002-0024', 'Content-Type および Content-ID フィールドによる [ファイルのダウンロード] ダイアログのなりすまし'],
      ['CAN-2002-0025', 'Content-Type フィールドによるアプリケーションの起動'],
      ['CAN-2002-0026', 'スクリプトの実行'],
      ['CAN-2002-0027', 'Document.Open 機能による 「フレームのドメイン照合」 の変種'],
    ]);
  });
  it('lines of one paragraph, the CAN id written `CVE-CAN-…` (MS03-039)', () => {
    expect(titles('2003/ms03-039.md')).toEqual([
      ['CAN-2003-0715', 'バッファ オーバーランの脆弱性'],
      ['CAN-2003-0528', 'バッファ オーバーランの脆弱性'],
      ['CAN-2003-0605', 'サービス拒否の脆弱性'],
    ]);
  });
  it('items without a colon (MS03-004)', () => {
    expect(titles('2003/ms03-004.md')).toEqual([
      ['CAN-2003-1326', '不適切なクロス ドメイン セキュリティの確認とダイアログ ボックス'],
      ['CAN-2003-1328', '不適切なクロス ドメイン セキュリティの確認と ShowHelp 機能'],
    ]);
  });
  it('not `元の脆弱性` (the original vulnerability), which names none (MS02-050)', () => {
    expect(titles('2002/ms02-050.md')).toEqual([
      ['CAN-2002-0862', undefined],
      ['CAN-2002-1183', undefined],
    ]);
  });
  it('a bare id gives no title (MS02-001)', () => {
    expect(titles('2002/ms02-001.md')).toEqual([['CAN-2002-0018', undefined]]);
  });
});

describe('every id a vulnerability list or severity table gives', () => {
  it('several ids under one title in a severity cell, and in the list after the standard sentence (MS11-034: 30)', () => {
    // 「Win32k の解放後使用の脆弱性 - CVE-2011-0662 CVE-2011-0665 …」 and 「Common Vulnerabilities and Exposures のリスト…」 with its list.
    const { facts } = read('2011/ms11-034.md');
    expect(facts.vulnerabilities).toHaveLength(30);
    expect(facts.vulnerabilities[0]).toEqual({ id: 'CVE-2011-0662', cve: 'CVE-2011-0662', title: 'Win32k の解放後使用の脆弱性', impacts: ['elevation-of-privilege'] });
    expect(facts.vulnerabilities.map((v) => v.cve)).toContain('CVE-2011-1233');
    // Its columns are headed 脆弱性の種類 1, 2, 2 and name their ids in the row under the header.
    expect(facts.vulnerabilities.every((v) => v.impacts?.[0] === 'elevation-of-privilege')).toBe(true);
  });
  it('several ids under a title with a note in parentheses (MS16-079: Oracle Outside In, 3 ids)', () => {
    // 「Oracle Outside In ライブラリの特権の昇格の脆弱性 (英語情報): CVE-2015-6013 CVE-2015-6014 CVE-2015-6015」
    const oracle = read('2016/ms16-079.md').facts.vulnerabilities.filter((v) => v.cve.startsWith('CVE-2015-'));
    expect(oracle.map((v) => [v.cve, v.title])).toEqual(['CVE-2015-6013', 'CVE-2015-6014', 'CVE-2015-6015'].map((cve) => [cve, 'Oracle Outside In ライブラリの特権の昇格の脆弱性']));
  });
  it('every list of ids after the 脆弱性識別番号 label, each under a line naming its kind (MS01-031: 7)', () => {
    // 「**脆弱性識別番号:** 特権の昇格の脆弱性 :」 and two ids, 「サービス拒否の脆弱性 :」 and four, 「情報の漏えいの脆弱性 :」 and one.
    expect(read('2001/ms01-031.md').facts.vulnerabilities.map((v) => v.id)).toEqual([
      'CAN-2001-0349',
      'CAN-2001-0350',
      'CAN-2001-0345',
      'CAN-2001-0346',
      'CAN-2001-0348',
      'CAN-2001-0351',
      'CAN-2001-0347',
    ]);
  });
});

describe('vulnerability titles on lines of the label paragraph', () => {
  it('MS01-055: `**脆弱性識別番号 :**` and `title : id` lines', () => {
    expect(read('2001/ms01-055.md').facts.vulnerabilities.map((v) => [v.id, v.title])).toEqual([
      ['CAN-2001-0722', '1 番目の Cookie 処理に関連する脆弱性'],
      ['CAN-2001-0723', '2 番目の Cookie 処理に関連する脆弱性'],
      ['CAN-2001-0724', 'ゾーン偽装の脆弱性の変種'],
    ]);
  });
});

describe('software names carry no Markdown', () => {
  it('MS17-002 (CRLF line ends): the table cells are read as Markdown, no `**` in the names', () => {
    const { facts } = read('2017/ms17-002.md');
    expect(facts.affected.map((s) => s.name)).toContain('Microsoft Word 2016 (32 ビット版) (3128057)');
    expect(facts.affected.filter((s) => /\*\*|\\/.test(s.name))).toEqual([]);
  });
});

describe('cells and items that name no software', () => {
  it('MS08-037: a cell that says 上記をご覧ください (see above) is not a name; the row names the platform in its next cell', () => {
    const names = read('2008/ms08-037.md').facts.affected.map((s) => s.name);
    expect(names).not.toContain('上記をご覧ください');
    expect(names.slice(0, 2)).toEqual(['Microsoft Windows 2000 Service Pack 4', 'Microsoft Windows 2000 Server Service Pack 4']);
  });
  it('MS03-044: a not-affected list of `なし` (none) is no not-affected software', () => {
    expect(read('2003/ms03-044.md').facts.notAffected).toEqual([]);
  });
  it('MS14-046: the 製品 (product) label heading a one-column table is not software', () => {
    const names = read('2014/ms14-046.md').facts.notAffected.map((s) => s.name);
    expect(names[0]).toBe('Windows RT');
    expect(names).not.toContain('製品');
  });
});

describe('tables that head their columns in a row of their own, under an empty Markdown header', () => {
  it('MS09-036: the label row is the header, not software; its component column is read', () => {
    const { facts } = read('2009/ms09-036.md');
    const names = [...facts.affected, ...facts.notAffected].map((s) => s.name);
    expect(names).not.toContain('オペレーティング システム');
    expect(facts.affected[0]).toMatchObject({ name: 'Windows Vista*', component: 'Microsoft .NET Framework 2.0 Service Pack 1、Microsoft .NET Framework 3.5 (KB972591) および Microsoft .NET Framework 2.0 Service Pack 2、Microsoft .NET Framework 3.5 Service Pack 1 (KB972592)' });
    expect(facts.notAffected.map((s) => s.name)).toContain('Microsoft Windows 2000 Service Pack 4');
  });
  it('MS09-011: the one-column not-affected table starts with Windows Vista, not its label', () => {
    const { facts } = read('2009/ms09-011.md');
    expect(facts.notAffected[0]?.name).toBe('Windows Vista および Windows Vista Service Pack 1');
  });
  it('MS15-116: the label row after a one-cell title row is the header; its replaced-updates column is read', () => {
    const { facts } = read('2015/ms15-116.md');
    expect(facts.affected.map((s) => s.name)).not.toContain('影響を受けるソフトウェア');
    expect(facts.affected[0]?.name).toBe('Microsoft Office 2007 Service Pack 3 (3101555)');
    expect(facts.affected[0]?.downloads).toEqual(['https://www.microsoft.com/download/ja-jp/details.aspx?familyid=3f841548-46e4-4df0-a1c4-7a02f6b2b016']);
  });
  it('MS12-043: label rows between the groups of a one-column table are not software', () => {
    const { facts } = read('2012/ms12-043.md');
    const names = facts.notAffected.map((s) => s.name);
    expect(names).not.toContain('ソフトウェア');
    expect(names).not.toContain('オペレーティング システム (Server Core インストール)');
    expect(names).toContain('Windows Server 2012 (Server Core インストール)');
    expect(names).toContain('Microsoft Office 2010 (32 ビット版)');
  });
});

describe('software the update does not apply to', () => {
  it('MS13-090: the table after 「適用できないソフトウェア」 is not affected (its FAQ: Server Core installations 「影響を及ぼしません」)', () => {
    const { facts } = read('2013/ms13-090.md');
    const core = 'Windows Server 2012 R2 (Server Core インストール)';
    expect(facts.notAffected.map((s) => s.name)).toContain(core);
    expect(facts.affected.map((s) => s.name)).not.toContain(core);
  });
});

describe('the updates an older bulletin replaces', () => {
  it('MS02-019: the bulletins its 「更新プログラムに含まれる過去の修正」 section names', () => {
    expect(read('2002/ms02-019.md').facts.replaces).toEqual([{ bulletin: 'MS01-053' }, { bulletin: 'MS02-002' }]);
  });

  it('MS06-016: the rows of its FAQ table marked 「置き換わる」; MS04-012: 「置き換えられる」, MS01-048 among them', () => {
    expect(read('2006/ms06-016.md').facts.replaces).toEqual([{ bulletin: 'MS04-018' }, { bulletin: 'MS05-030' }]);
    expect(read('2004/ms04-012.md').facts.replaces.map((r) => r.bulletin)).toEqual(['MS98-014', 'MS00-066', 'MS01-048', 'MS03-010', 'MS03-026', 'MS03-039']);
  });

  it('MS03-050: a label per program, 「含まれる過去の更新プログラムExcel :」 and 「…Word :」', () => {
    expect(read('2003/ms03-050.md').facts.replaces.map((r) => r.bulletin)).toEqual(['MS01-050', 'MS02-031', 'MS02-059', 'MS02-021', 'MS03-035']);
  });

  it('only earlier bulletins: MS01-033’s rollup section, revised later, also names MS02-001', () => {
    const replaced = read('2001/ms01-033.md').facts.replaces.map((r) => r.bulletin!);
    expect(replaced).toContain('MS00-052');
    expect(replaced).not.toContain('MS02-001');
  });
});

describe('service packs that include the fix', () => {
  it('MS02-050: "…Windows 2000 Service Pack 4 以降に含まれています" (and later) and one that will include it, not MS04-011 or a Mac version', () => {
    expect(read('2002/ms02-050.md').facts.fixedIn).toEqual([
      { name: 'Windows 2000 Service Pack 4', andLater: true, planned: false },
      { name: 'Windows XP Service Pack 2', andLater: false, planned: true },
    ]);
  });

  it('MS03-026: the service packs that will include it (含まれる予定です), as the source lists them', () => {
    expect(read('2003/ms03-026.md').facts.fixedIn).toEqual([
      { name: 'Windows 2000 Service Pack 5、Windows XP Service Pack 2、Windows Server 2003 Service Pack 1', andLater: false, planned: true },
    ]);
  });

  it('MS00-052: "修正は Windows 2000 サービスパック 2 に含まれております" (the older wording), as the source writes the name', () => {
    expect(read('2000/ms00-052.md').facts.fixedIn).toEqual([{ name: 'Windows 2000 サービスパック 2', andLater: false, planned: false }]);
  });

  it('not "今後リリースされるサービス パック" (a future one, unnamed), nor a bulletin that says nothing of it (MS15-010)', () => {
    expect(read('2015/ms15-010.md').facts.fixedIn).toEqual([]);
  });
});
