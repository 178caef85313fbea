import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusTree } from './tree.ts';
import { CONTRACT_ANCHORS, asciiSlug } from './render.ts';
import { renderCorpusBody, renderCorpusBodyWithReport } from './import.ts';
import { markdownResidue } from './residue.ts';

const source = (file: string) => readFileSync(`content/sources/microsoft/ja-jp/${file}`, 'utf8');
const render = (markdown: string, ids: readonly string[] = []) => renderCorpusBody(corpusTree(markdown), ids);
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
const headingTags = (html: string) => [...html.matchAll(/<h([1-6])\b([^>]*)>/g)];

/** Real bulletins from each family, with the vulnerability ids the importer gives. */
const REAL: readonly { file: string; vulns: readonly string[] }[] = [
  { file: '1999/ms99-030.md', vulns: [] },
  { file: '2004/ms04-015.md', vulns: ['CAN-2004-0199'] },
  {
    file: '2009/ms09-062.md',
    vulns: ['CVE-2009-2500', 'CVE-2009-2501', 'CVE-2009-2502', 'CVE-2009-2503', 'CVE-2009-2504', 'CVE-2009-3126', 'CVE-2009-2528', 'CVE-2009-2518'],
  },
  { file: '2015/ms15-022.md', vulns: ['CVE-2015-0085', 'CVE-2015-0086', 'CVE-2015-0097', 'CVE-2015-1633', 'CVE-2015-1636'] },
];

describe('renderCorpusBody on real bulletins', () => {
  const rendered = new Map(REAL.map(({ file, vulns }) => [file, render(source(file), vulns)]));
  const get = (file: string) => rendered.get(file)!;

  it.each(REAL)('$file: safe, no images, no Markdown residue', ({ file }) => {
    const { html } = get(file);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<(?:iframe|form|input|object|embed)\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(markdownResidue(html)).toEqual([]);
  });

  it.each(REAL)('$file: drops the title block, keeps the date line', ({ file }) => {
    const { html } = get(file);
    expect(html).not.toMatch(/<h1\b/);
    expect(html).not.toMatch(/マイクロソフト セキュリティ情報 MS\d\d-\d{3} - /);
    expect(html).toContain('公開日');
  });

  it.each(REAL)('$file: every heading has a unique id, a self-link and a copy-link button, in a gap-free outline', ({ file }) => {
    const { html, headings } = get(file);
    const tags = headingTags(html);
    expect(tags.length).toBe(headings.length);
    for (const [, , attributes] of tags) expect(attributes).toMatch(/^ id="[a-z0-9-]+"$/);
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    for (const heading of headings) {
      expect(html).toContain(`<h${heading.depth} id="${heading.id}"><a class="self-link" href="#${heading.id}">`);
      expect(html).toContain(`data-anchor="${heading.id}"`);
      expect(heading.text).not.toBe('');
    }
    expect(headings[0]!.depth).toBe(2);
    headings.forEach((heading, index) => {
      expect(heading.depth).toBeGreaterThanOrEqual(2);
      expect(heading.depth).toBeLessThanOrEqual(6);
      if (index > 0) expect(heading.depth).toBeLessThanOrEqual(headings[index - 1]!.depth + 1);
    });
  });

  it('ms04-015 gets the contract anchors its sections support', () => {
    const { headings } = get('2004/ms04-015.md');
    const byId = Object.fromEntries(headings.map((h) => [h.id, h.text]));
    expect(byId).toMatchObject({
      summary: '概要',
      'affected-software': '影響を受けるソフトウェア',
      'non-affected-software': '影響を受けないソフトウェア',
      severity: '深刻度および脆弱性識別番号',
      faq: 'このセキュリティ更新プログラムに関するよく寄せられる質問',
      'vulnerability-details': '脆弱性の詳細',
      'vulnerability-can-2004-0199': '「ヘルプとサポート センター」の脆弱性 - CAN-2004-0199',
      'mitigating-factors': '「ヘルプとサポート センター」の脆弱性の問題を緩和する要素 - CAN-2004-0199',
      workarounds: '「ヘルプとサポート センター」の脆弱性の回避策 - CAN-2004-0199',
      'update-information': 'セキュリティ更新プログラムに関する情報',
      revisions: '更新履歴',
    });
    // The FAQ of the vulnerability is not the bulletin's FAQ: it gets a name of its own.
    expect(byId['faq-can-2004-0199']).toContain('よく寄せられる質問');
  });

  it('ms09-062 (raw-HTML tables) gets every contract anchor and one anchor per vulnerability', () => {
    const { html, headings } = get('2009/ms09-062.md');
    const present = new Set(headings.map((h) => h.id));
    for (const anchor of CONTRACT_ANCHORS) expect(present, anchor).toContain(anchor);
    for (const id of REAL[2]!.vulns) expect(present).toContain(`vulnerability-${id.toLowerCase()}`);
    // The source's FAQ of CVE-2009-2502 names CVE-2009-2503 by mistake: the anchor stays on 2503's own heading.
    expect(headings.find((h) => h.id === 'vulnerability-cve-2009-2503')!.text).toBe('GDI+ TIFF のメモリの破損の脆弱性 - CVE-2009-2503');
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label=');
    expect(html).toContain('<span class="mark mark-download">ダウンロード</span>');
  });

  it('ms15-022 (2013–2017 layout) gets its contract anchors', () => {
    const { headings } = get('2015/ms15-022.md');
    const present = headings.map((h) => h.id);
    expect(present).toEqual(
      expect.arrayContaining(['summary', 'affected-software', 'severity', 'faq', 'vulnerability-details', 'mitigating-factors', 'workarounds', 'update-information', 'revisions']),
    );
    expect(present).toEqual(expect.arrayContaining(['vulnerability-cve-2015-0085', 'workarounds-cve-2015-0086']));
  });

  it('ms12-043 (one heading for both lists): the plain 影響を受けないソフトウェア paragraph becomes its section, the other label stays a paragraph', () => {
    const { html, headings } = render(source('2012/ms12-043.md'));
    const affected = headings.find((h) => h.id === 'affected-software')!;
    expect(affected.text).toBe('影響を受けるソフトウェアおよび影響を受けないソフトウェア');
    const notAffected = headings.find((h) => h.id === 'non-affected-software')!;
    expect(notAffected.text).toBe('影響を受けないソフトウェア');
    expect(notAffected.depth).toBe(affected.depth + 1);
    // The plain 影響を受けるソフトウェア under the heading that took its anchor is left as the source has it.
    expect(html).toContain('<p>影響を受けるソフトウェア</p>');
  });

  it('ms99-030 (1999–2003 layout) gets summary, affected software, details and update information', () => {
    const present = get('1999/ms99-030.md').headings.map((h) => h.id);
    expect(present).toEqual(expect.arrayContaining(['summary', 'affected-software', 'vulnerability-details', 'update-information']));
  });

  it('is deterministic', { timeout: 30_000 }, () => {
    for (const { file, vulns } of REAL) expect(render(source(file), vulns).html).toBe(get(file).html);
  });

  it('does not change the tree it is given', () => {
    const tree = corpusTree(source('2004/ms04-015.md'));
    const before = JSON.stringify(tree.hast);
    renderCorpusBody(tree, ['CAN-2004-0199']);
    expect(JSON.stringify(tree.hast)).toBe(before);
  });
});

const TITLE = 'マイクロソフト セキュリティ情報 MS99-001 - 緊急\n===\n\nテストの題 (123456)\n---\n\n公開日: 1999年1月1日\n\n';

describe('renderCorpusBody on small inputs', () => {
  it('removes scripts, handlers, styles, javascript: links, iframes and forms', () => {
    const { html } = render(
      `${TITLE}<p onclick="x()" style="color:red">本文<script>alert(1)</script></p>\n\n<a href="javascript:alert(1)">リンク</a> <iframe src="https://example.com/"></iframe><form action="/x"><input type="text"></form>\n\n<style>p{}</style>\n`,
    );
    expect(html).not.toMatch(/onclick|style|script|javascript|iframe|<form|<input|alert/i);
    expect(html).toContain('本文');
    expect(html).toContain('リンク');
  });

  it('maps headings to contract anchors, shifts levels to start at h2 and numbers the rest', () => {
    const { html, headings } = render(`${TITLE}#### 概要\n\nあ\n\n#### 回避策\n\nい\n\n##### 謎の節\n\nう\n\n##### 謎の節\n\nえ\n\n#### Windows XP (すべてのバージョン)\n`);
    expect(headings).toEqual([
      { depth: 2, id: 'summary', text: '概要' },
      { depth: 2, id: 'workarounds', text: '回避策' },
      { depth: 3, id: 'section-1', text: '謎の節' },
      { depth: 3, id: 'section-2', text: '謎の節' },
      { depth: 2, id: 'windows-xp', text: 'Windows XP (すべてのバージョン)' },
    ]);
    expect(html).toContain(
      '<div class="anchored-heading"><h2 id="summary"><a class="self-link" href="#summary">概要</a></h2><copy-button class="copy-button copy-link" data-anchor="summary" data-pagefind-ignore></copy-button></div>',
    );
  });

  it('gives each contract anchor once, and a vulnerability anchor to the first heading naming it', () => {
    const { headings } = render(
      `${TITLE}## 回避策\n\n## 回避策\n\n## 脆弱性 - CAN-2003-0352\n\n### 回避策\n\n## 別の脆弱性 - CVE-2008-4250\n`,
      ['CAN-2003-0352', 'CVE-2008-4250'],
    );
    expect(headings.map((h) => h.id)).toEqual([
      'workarounds',
      'workarounds-2',
      'vulnerability-can-2003-0352',
      'workarounds-can-2003-0352',
      'vulnerability-cve-2008-4250',
    ]);
  });

  it('never lets a slug take a contract or vulnerability anchor', () => {
    const { headings } = render(`${TITLE}## Summary\n\n## FAQ\n\n## よく寄せられる質問\n`);
    expect(headings.map((h) => h.id)).toEqual(['summary-2', 'faq', 'faq-2']);
  });

  it('drops empty headings and empty links', () => {
    const { html, headings } = render(`${TITLE}## <span id="sectionToggle0"></span>\n\n[](https://example.com/e.mspx)\n\n## 本当の節\n`);
    expect(headings).toEqual([{ depth: 2, id: 'section-1', text: '本当の節' }]);
    expect(html).not.toContain('sectionToggle0');
    expect(html).not.toContain('e.mspx');
  });

  it('replaces images: marks for download and the update services, banners and diagrams dropped', () => {
    const { html } = render(
      `${TITLE}| a | b |\n|---|---|\n| XP![](../../images/Dn1.mu_s(ja-JP,Security.10).gif) | [![](../../images/Dn1.dl_arrow(ja-JP,Security.10).jpg)](https://www.microsoft.com/download/x) |\n\n<img src="../../images/Dn2.ot_s.gif" /> <img src="../../images/Dn2.wu_s.gif" />\n\n[![](../../images/Dn3.SNS300x50(ja-JP,Security.10).jpg)](https://profile.microsoft.com/x)\n\n![図の説明](../../images/Dn4.diagram.gif)\n`,
    );
    expect(html).not.toMatch(/<img\b/);
    expect(html).toContain('XP <span class="mark mark-mu" title="Microsoft Update からも入手可能">Microsoft Update</span>');
    expect(html).toContain('<a href="https://www.microsoft.com/download/x" rel="noopener noreferrer"><span class="mark mark-download">ダウンロード</span></a>');
    expect(html).toContain('Office Update');
    expect(html).toContain('Windows Update');
    expect(html).not.toContain('profile.microsoft.com');
    expect(html).toContain('図の説明');
  });

  it('wraps tables (not tables inside tables) in a labelled scrolling box', () => {
    const { html } = render(`${TITLE}## 影響を受けるソフトウェア\n\n<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>\n`);
    expect(html.match(/class="table-scroll"/g)).toHaveLength(1);
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="影響を受けるソフトウェア"><table>');
  });

  it('makes bold of the `**…**` CommonMark leaves before Japanese text, not of footnote marks or code', () => {
    const { html } = render(`${TITLE}**\\*注意。**この更新 (KB1)\\*\\*\n\n\`a**b**\`\n`);
    expect(html).toContain('<strong>*注意。</strong>この更新 (KB1)**');
    expect(html).toContain('<code>a**b**</code>');
  });

  it('keeps colspan and rowspan', () => {
    expect(render(`${TITLE}<table><tr><td colspan="2" rowspan="3">x</td></tr></table>\n`).html).toMatch(/colspan="2" rowspan="3"/);
  });

  it('links: external ones get rel, relative bulletin links go to our page, in-page links keep a target', () => {
    const { html } = render(
      `${TITLE}[外部](https://support.microsoft.com/kb/1) [相対](../2008/ms08-067.md) [同じ年](ms08-068.md#x) [壊れた](foo.aspx) [FTP](ftp://example.com/) [メール](mailto:a@example.com)\n\n[サポート技術情報](#kbarticle) [どこにもない](#nowhere)\n\n<span id="KBArticle"></span>本文\n`,
    );
    expect(html).toContain('<a href="https://support.microsoft.com/kb/1" rel="noopener noreferrer">外部</a>');
    expect(html).toContain('<a href="/ja/bulletins/ms08-067/">相対</a>');
    expect(html).toContain('<a href="/ja/bulletins/ms08-068/">同じ年</a>');
    expect(html).toContain(' 壊れた ');
    expect(html).not.toContain('foo.aspx');
    expect(html).not.toContain('ftp:');
    expect(html).toContain('<a href="mailto:a@example.com">メール</a>');
    expect(html).toContain('<a href="#ref-kbarticle">サポート技術情報</a>');
    expect(html).toContain('<span id="ref-kbarticle"></span>');
    expect(html).not.toContain('#nowhere');
    expect(html).not.toContain('user-content');
  });

  it('promotes a bold label to a heading only for a contract anchor no heading has', () => {
    const { headings } = render(`${TITLE}### 概要\n\n**影響を受けるソフトウェア** **:**\n\n**最大深刻度** **:** 重要\n\n**注意** **:**\n`);
    expect(headings).toEqual([
      { depth: 2, id: 'summary', text: '概要' },
      { depth: 3, id: 'affected-software', text: '影響を受けるソフトウェア' },
    ]);
  });
});

describe('asciiSlug', () => {
  it('takes the ASCII words, or nothing', () => {
    expect(asciiSlug('Windows Server 2008 R2 (すべてのエディション)')).toBe('windows-server-2008-r2');
    expect(asciiSlug('Ｗｉｎｄｏｗｓ ８．１')).toBe('windows-8-1');
    expect(asciiSlug('謎の節 (2)')).toBeUndefined();
    expect(asciiSlug('2007 Microsoft Office system')).toBe('section-2007-microsoft-office-system');
  });
});

describe('tables', () => {
  it('give header cells a scope and each scrolling box a name of its own', () => {
    const table = '| 製品 | 深刻度 |\n|---|---|\n| Windows | 緊急 |\n';
    const { html } = renderCorpusBody(corpusTree(`# T\n\n## T (1)\n\n### 表\n\n${table}\n${table}`), []);
    expect(html).toContain('<th scope="col">製品</th>');
    expect(html.match(/aria-label="([^"]*)"/g)).toEqual(['aria-label="表"', 'aria-label="表 (2)"']);
  });
});

describe('renderCorpusBodyWithReport', () => {
  it('reports the images it replaced', () => {
    const { report } = renderCorpusBodyWithReport(corpusTree(source('2004/ms04-015.md')), ['CAN-2004-0199']);
    expect(report.images).toEqual({ mu_s: { count: 6, kind: 'microsoft-update' }, dl_arrow: { count: 6, kind: 'download' } });
    expect(report.titleBlockDropped).toBe(true);
  });
});
