/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH } from '../support/paths.ts';
import { extractSourceFacts, parseFileTables, unescapeMarkdown } from '../support/source-facts.ts';

const source = readFileSync(SOURCE_PATH, 'utf8');
const facts = extractSourceFacts(source);
const tables = parseFileTables(source);

describe('unescapeMarkdown', () => {
  it('removes backslash escapes of ASCII punctuation only', () => {
    expect(unescapeMarkdown('HKEY\\_CLASSES\\_ROOT\\\\HCP')).toBe('HKEY_CLASSES_ROOT\\HCP');
    expect(unescapeMarkdown('\\[スタート\\]')).toBe('[スタート]');
    expect(unescapeMarkdown('C:\\Windows')).toBe('C:\\Windows');
  });
});

describe('parseFileTables (synthetic)', () => {
  const md = [
    '| 製品 | 深刻度 |',
    '|------|--------|',
    '| XP   | 重要   |',
    '',
    'Platform A:',
    '',
    '| 日付 | 時間 | ファイル名 | フォルダ |',
    '|------|------|------------|----------|',
    '| 2004/04/15 | 15:04:40 | a\\_b.exe |  |',
  ].join('\n');

  it('keeps only tables whose header starts with 日付, with caption, trimmed and unescaped cells', () => {
    expect(parseFileTables(md)).toEqual([
      {
        caption: 'Platform A:',
        header: ['日付', '時間', 'ファイル名', 'フォルダ'],
        rows: [['2004/04/15', '15:04:40', 'a_b.exe', '']],
      },
    ]);
  });
});

describe('parseFileTables (MS04-015 source)', () => {
  it('finds the 5 file tables with 28 rows in total', () => {
    expect(tables.map((t) => t.rows.length)).toEqual([6, 6, 7, 3, 6]);
    expect(tables.flatMap((t) => t.rows)).toHaveLength(28);
  });

  it('reads headers, the Windows XP table having no platform column', () => {
    const full = ['日付', '時間', 'バージョン', 'サイズ', 'ファイル名', 'プラットフォーム', 'フォルダ'];
    expect(tables.map((t) => t.header)).toEqual([
      full,
      full,
      ['日付', '時間', 'バージョン', 'サイズ', 'ファイル名', 'フォルダ'],
      full,
      full,
    ]);
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });

  it('reads rows cell by cell, empty cells as empty strings', () => {
    const [first, , third, fourth] = tables;
    expect(first?.rows[0]).toEqual(['2004/04/15', '15:04:40', '5.2.3790.161', '782,848', 'helpctr.exe', 'x86', 'rtmgdr']);
    expect(first?.rows[1]).toEqual(['2004/04/15', '00:10:44', '', '26,515', 'hsc.system.errors.connection.htm.cab', '', 'rtmgdr']);
    expect(third?.rows[3]).toEqual(['2004/02/26', '21:36:44', '', '72,233', 'hscxpsp1.cab', 'sp1']);
    expect(fourth?.rows[0]).toEqual(['2004/04/10', '19:05:22', '5.1.2600.1515', '2,425,856', 'helpctr.exe', 'IA-64', '']);
  });

  it('captions each table with the platform line above it', () => {
    expect(tables[3]?.caption).toBe('Windows XP 64-Bit Edition Service Pack 1:');
    expect(tables[4]?.caption).toBe('Windows XP 64-Bit Edition Version 2003:');
  });
});

describe('extractSourceFacts (MS04-015 source)', () => {
  it('finds the 4 file versions', () => {
    expect(facts.versions).toEqual(['5.2.3790.161', '5.1.2600.137', '5.1.2600.134', '5.1.2600.1515']);
  });

  it('finds the 14 distinct file sizes as written', () => {
    expect(facts.sizes).toHaveLength(14);
    expect(facts.sizes).toContain('782,848');
    expect(facts.sizes).toContain('2,425,856');
    expect(facts.sizes).toContain('72,233');
  });

  it('normalises every date to ISO', () => {
    expect([...facts.dates].sort()).toEqual([
      '2004-02-26',
      '2004-04-09',
      '2004-04-10',
      '2004-04-14',
      '2004-04-15',
      '2004-05-12', // header 2004年5月12日 and the revision history 2004/05/12
    ]);
  });

  it('finds the 19 distinct file times', () => {
    expect(facts.times).toHaveLength(19);
    expect(facts.times).toContain('15:04:40');
    expect(facts.times).toContain('00:05:30');
    // The "Built at …T01:50:00Z" footer is not a file time.
    expect(facts.times).not.toContain('01:50:00');
  });

  it('finds the 4 file names', () => {
    expect(facts.fileNames).toEqual(['helpctr.exe', 'hsc.system.errors.connection.htm.cab', 'hscupd.exe', 'hscxpsp1.cab']);
  });

  it('finds the 10 setup switches and the 5 Spuninst switches', () => {
    expect(facts.setupSwitches).toEqual([
      '/help', '/quiet', '/passive', '/uninstall', '/norestart', '/forcerestart', '/l', '/o', '/n', '/f',
    ]);
    expect(facts.spuninstSwitches).toEqual(['/?', '/u', '/f', '/z', '/q']);
    expect(facts.switches).toHaveLength(14);
  });

  it('finds the 11 KB numbers', () => {
    expect([...facts.kbNumbers].sort()).toEqual([
      '262841', '291387', '306460', '307594', '322389', '323166', '328848', '824994', '840374', '841996', '842253',
    ]);
  });

  it('finds the registry keys, unescaped, spaces included', () => {
    expect(facts.registryKeys).toEqual([
      'HKEY_CLASSES_ROOT\\HCP',
      'HKEY_CLASSES_ROOT',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows Server 2003\\SP1\\KB840374\\Filelist',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows XP\\SP2\\KB840374\\Filelist',
    ]);
  });

  it('finds the 4 command lines', () => {
    expect(facts.commandLines).toEqual([
      'Windowsserver2003-kb840374-x86-jpn /passive /quiet',
      'Windowsserver2003-kb840374-x86-jpn /norestart',
      'Windowsxp-kb840374-x86-jpn /passive /quiet',
      'Windowsxp-kb840374-x86-jpn /norestart',
    ]);
  });

  it('finds the 45 distinct absolute URLs of links and autolinks, and nothing relative', () => {
    expect(facts.urls).toHaveLength(45);
    expect(facts.urls).toContain('https://www.microsoft.com/japan/security/bulletins/ms04-015e.mspx');
    expect(facts.urls).toContain(
      'https://www.microsoft.com/download/details.aspx?familyid=563f65a3-d793-47b4-a607-948caa5b3454&displaylang=ja',
    );
    expect(facts.urls).toContain('https://www.cve.mitre.org/cgi-bin/cvename.cgi?name=can-2004-0199');
    expect(facts.urls).toContain('https://www.microsoft.com/japan/athome/security/update/j_musteps.mspx'); // autolink
    expect(facts.urls).toContain('https://support.microsoft.com/kb/306460'); // autolink
    expect(facts.urls).toContain('https://www.microsoft.com/downloads/results.aspx?displaylang=ja&freetext=security_patch');
    expect(facts.urls).toContain('https://technet.microsoft.com/security/bulletin/ms04-015');
    expect(facts.urls).toContain('https://support.microsoft.com/kb/840374');
    // The link text of this link is a URL, but only its target counts.
    expect(facts.urls).not.toContain('https://www.microsoft.com/japan/technet/security/tools/Tools/mbsahome.asp');
    // Front matter metadata is not a link.
    expect(facts.urls).not.toContain('https://technet.microsoft.com/ja-JP/library/ms04-015(v=Security.10)');
    for (const url of facts.urls) expect(url).toMatch(/^https?:\/\/[^\s()<>]+$/);
  });
});
