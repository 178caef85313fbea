import { describe, expect, it } from 'vitest';
import { importedWorkarounds } from './csaf-imported.ts';

const FACTS = {
  id: 'MS09-062',
  vulnerabilities: [
    { id: 'CVE-2009-2500', cve: 'CVE-2009-2500' },
    { id: 'CAN-2009-2501', cve: 'CVE-2009-2501' },
  ],
  workarounds: [
    { title: 'メタファイルの処理を無効にする', cves: ['CVE-2009-2500'] },
    { title: 'gdiplus.dll へのアクセスを制限する', cves: ['CVE-2009-2501'] },
    { title: '電子メールをテキスト形式で読み取る' },
  ],
};
const HEADINGS = [
  { slug: 'summary', text: '概要' },
  { slug: 'workarounds', text: 'GDI+ の脆弱性の回避策 - CVE-2009-2500' },
  { slug: 'workarounds-can-2009-2501', text: 'GDI+ の脆弱性の回避策 - CAN-2009-2501' },
];

describe('importedWorkarounds', () => {
  it('gives each title for its vulnerabilities, linking the Japanese page’s section that names one of them (in either spelling)', () => {
    expect(importedWorkarounds(FACTS, HEADINGS, 'https://bulletins.example.org/')).toEqual([
      { details: 'メタファイルの処理を無効にする', cves: ['CVE-2009-2500'], url: 'https://bulletins.example.org/ja/bulletins/ms09-062/#workarounds' },
      { details: 'gdiplus.dll へのアクセスを制限する', cves: ['CVE-2009-2501'], url: 'https://bulletins.example.org/ja/bulletins/ms09-062/#workarounds-can-2009-2501' },
      { details: '電子メールをテキスト形式で読み取る', url: 'https://bulletins.example.org/ja/bulletins/ms09-062/#workarounds' },
    ]);
  });
  it('links the page where it has no workarounds section, and gives none where the facts have none', () => {
    expect(importedWorkarounds(FACTS, [], 'https://x.org')[0]!.url).toBe('https://x.org/ja/bulletins/ms09-062/');
    expect(importedWorkarounds({ ...FACTS, workarounds: undefined } as never, HEADINGS)).toEqual([]);
  });
});
