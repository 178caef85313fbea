import { describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import { atomProblems } from '../../../test/support/atom.ts';
import { atomDate, atomFeed, escapeXml, type AtomFeed } from './atom.ts';

const FEED: AtomFeed = {
  lang: 'en',
  selfUrl: 'https://bulletins.example.org/en/feed.xml',
  pageUrl: 'https://bulletins.example.org/en/',
  title: 'Security Bulletin Knowledge Base: the newest bulletins',
  author: 'Microsoft Corporation',
  rights: 'CC BY 4.0',
  entries: [
    {
      url: 'https://bulletins.example.org/en/bulletins/ms08-067/',
      title: 'MS08-067: Server サービスの脆弱性により、リモートでコードが実行される',
      titleLang: 'ja',
      published: '2008-10-24',
      updated: '2008-10-30',
      summary: 'この更新プログラムは <Server> & "Browser" を解決します。',
      summaryLang: 'ja',
      categories: ['critical', 'CVE-2008-4250'],
    },
    { url: 'https://bulletins.example.org/en/bulletins/ms04-015/', title: 'MS04-015: Vulnerability in Help & Support', published: '2004-05-12', updated: '2004-05-12' },
  ],
};

describe('atomFeed', () => {
  const xml = atomFeed(FEED);

  it('is an Atom 1.0 feed in the page’s language, dated by its newest entry', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(xml).toContain('<id>https://bulletins.example.org/en/feed.xml</id>');
    expect(xml).toContain('<updated>2008-10-30T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://bulletins.example.org/en/feed.xml"/>');
    expect(xml).toContain('<author><name>Microsoft Corporation</name></author>');
  });

  it('gives each entry its page as id and link, its dates, categories, and marks Japanese text', () => {
    expect(xml).toContain(
      [
        '  <entry>',
        '    <id>https://bulletins.example.org/en/bulletins/ms08-067/</id>',
        '    <title type="text" xml:lang="ja">MS08-067: Server サービスの脆弱性により、リモートでコードが実行される</title>',
        '    <link rel="alternate" type="text/html" href="https://bulletins.example.org/en/bulletins/ms08-067/"/>',
        '    <published>2008-10-24T00:00:00Z</published>',
        '    <updated>2008-10-30T00:00:00Z</updated>',
        '    <category term="critical"/>',
        '    <category term="CVE-2008-4250"/>',
        '    <summary type="text" xml:lang="ja">この更新プログラムは &lt;Server&gt; &amp; &quot;Browser&quot; を解決します。</summary>',
        '  </entry>',
      ].join('\n'),
    );
    expect(xml).toContain('<title type="text">MS04-015: Vulnerability in Help &amp; Support</title>');
  });

  it('parses as XML with the text as given, and follows RFC 4287', () => {
    expect(JSON.stringify(fromXml(xml))).toContain('この更新プログラムは <Server> & \\"Browser\\" を解決します。');
    expect(atomProblems(xml)).toEqual([]);
  });

  it('the RFC 4287 check finds what breaks a feed', () => {
    expect(atomProblems(xml.replace('<updated>2004-05-12T00:00:00Z</updated>', '<updated>2004-05-12</updated>'))).toEqual([
      'entry 2: updated "2004-05-12" is not an RFC 3339 date-time',
    ]);
    expect(atomProblems(xml.replace('<id>https://bulletins.example.org/en/bulletins/ms04-015/</id>', ''))).toEqual(['entry 2: 0 id elements, not one']);
    expect(atomProblems(xml.replace('&amp; Support', '& Support'))[0]).toMatch(/^not well-formed XML/);
  });

  it('with no entries is still a valid feed with a date', () => {
    expect(atomFeed({ ...FEED, entries: [] })).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(atomProblems(atomFeed({ ...FEED, entries: [] }))).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters and drops the control characters XML forbids', () => {
    expect(escapeXml(`a&b<c>d"e'f\u0001g\u000bh\ti`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fgh\ti');
  });
  it('atomDate is an RFC 3339 date-time', () => {
    expect(atomDate('2004-05-12')).toBe('2004-05-12T00:00:00Z');
  });
});
