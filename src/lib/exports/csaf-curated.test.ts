import { describe, expect, it } from 'vitest';
import { curatedBulletinProducts, productFacts } from '../content/bulletin-facts.ts';
import type { ProseOutline } from '../content/prose-outline.ts';
import { readCorpusFile } from '../corpus/files.ts';
import { publishedContent } from '../../../test/support/content.ts';
import { buildCsaf, csafProducts, formatCsafProblems, validateCsaf } from './csaf.ts';
import { csafRestart, csafRestartOf, curatedCsafParts, curatedRestartOf } from './csaf-curated.ts';

const SITE = 'https://bulletins.example.org';
const site = publishedContent();
const bulletin = site.bulletins.find((b) => b.id === 'MS04-015')!;
const facts = productFacts(bulletin);
const name = (id: string) => site.products.find((p) => p.id === id)?.name;
/** Shaped like the outline the remark plugin records: the workarounds, with a section around them. */
const outline = (lang: 'ja' | 'en'): ProseOutline => ({
  anchors: [
    { id: 'workarounds', kind: 'section', title: lang === 'ja' ? '回避策' : 'Workarounds', level: 3 },
    { id: 'workaround-unregister-hcp', kind: 'workaround', title: lang === 'ja' ? 'HCP プロトコルの登録を解除する' : 'Unregister the HCP protocol', level: 4 },
  ],
  blocks: [],
  links: [],
  kbs: [],
  bulletins: [],
  code: [],
});
const corpusFacts = readCorpusFile(process.cwd(), 'content/sources/microsoft/ja-jp/2004/ms04-015.md').facts;

describe('a curated bulletin’s CSAF products and parts (MS04-015)', () => {
  const entries = curatedBulletinProducts(bulletin, facts);
  const none = { affected: [], notAffected: [] };
  const parts = (lang: 'ja' | 'en', site: string) => ({
    ...csafProducts(entries, none, (id) => name(id)?.[lang], curatedRestartOf(facts, lang)),
    ...curatedCsafParts(bulletin, outline(lang), lang, site),
  });
  const ja = parts('ja', `${SITE}/`);
  const en = parts('en', SITE);

  it('gives the contract’s verdicts: affected, patched as fixed, not affected', () => {
    const status = Object.fromEntries(en.products.map((p) => [p.id, p.status]));
    expect(status).toMatchObject({
      'windows-xp': 'affected',
      'windows-xp-sp1': 'affected',
      'windows-xp-64-sp1': 'affected',
      'windows-xp-64-v2003': 'affected',
      'windows-server-2003': 'affected',
      'windows-server-2003-64': 'affected',
      'windows-xp-sp2': 'fixed',
      'windows-server-2003-sp1': 'fixed',
      'windows-2000-sp4': 'not-affected',
      'windows-98': 'not-affected',
    });
    // Six affected, two service packs with the fix, nine not affected: the contract's table.
    expect(en.products).toHaveLength(17);
  });

  it('names each product as the catalog does in the language, with its update’s KB, download and restart', () => {
    const xp = ja.products.find((p) => p.id === 'windows-xp')!;
    expect(xp).toEqual({
      id: 'windows-xp',
      name: name('windows-xp')!.ja,
      status: 'affected',
      kbs: ['840374'],
      downloads: ['https://www.microsoft.com/download/details.aspx?familyid=563f65a3-d793-47b4-a607-948caa5b3454&displaylang=ja'],
      restart: { category: 'machine', details: 'このセキュリティ更新プログラムのインストール後、再起動が必要になる場合があります。' },
    });
    expect(en.products.find((p) => p.id === 'windows-98')).toEqual({ id: 'windows-98', name: name('windows-98')!.en, status: 'not-affected', kbs: [], downloads: [] });
  });

  it('takes the workarounds from the prose, each linking its place on the page in the language', () => {
    expect(en.workarounds).toEqual([{ details: 'Unregister the HCP protocol', url: `${SITE}/en/bulletins/ms04-015/#workaround-unregister-hcp` }]);
    expect(ja.workarounds[0]!.url).toBe(`${SITE}/ja/bulletins/ms04-015/#workaround-unregister-hcp`);
  });

  it('takes the revision history as plain text (links become their text)', () => {
    expect(en.revisions).toHaveLength(bulletin.revisions.length);
    expect(en.revisions[0]).toEqual({ date: '2004-05-12', summary: 'Published this security bulletin page.' });
    expect(en.revisions[2]!.summary).toBe('Updated the "Caveats" to add information about Knowledge Base Article 842253.');
  });

  it('gives the English document the translation’s title (without the KB number) and vulnerability titles', () => {
    expect(ja.translation).toBeUndefined();
    expect(en.translation).toEqual({
      lang: 'en',
      title: 'Vulnerability in Help and Support Center Could Allow Remote Code Execution',
      vulnerabilityTitles: { 'CVE-2004-0199': 'Help and Support Center Vulnerability' },
    });
  });

  it('makes valid documents in both languages, tracked by the bulletin’s revisions', async () => {
    for (const parts of [ja, en]) {
      const doc = buildCsaf({ facts: corpusFacts, siteUrl: SITE, ...parts });
      expect(formatCsafProblems(await validateCsaf(doc))).toBe('');
      expect(doc.document.tracking.revision_history).toHaveLength(bulletin.revisions.length);
      expect(doc.document.tracking.version).toBe(String(bulletin.revisions.length));
      // One vendor fix per download link (the 64-bit XP Version 2003 and Server 2003 packages are one), then the workaround.
      expect(doc.vulnerabilities![0]!.remediations!.map((r) => r.category)).toEqual([...Array(4).fill('vendor_fix'), 'workaround']);
    }
  });
});

describe('csafRestart', () => {
  it('says the machine’s restart, “may” in the details, and none where none is needed', () => {
    expect(csafRestart('required', 'en')).toEqual({ category: 'machine' });
    expect(csafRestart('may-be-required', 'en')).toEqual({ category: 'machine', details: 'A restart may be required after installing this security update.' });
    expect(csafRestart('not-required', 'ja')).toEqual({ category: 'none' });
  });
  it('gives an imported bulletin’s statements, as the source writes them, as the details', () => {
    expect(csafRestartOf({ kind: 'may-be-required', statements: ['再起動が必要になる場合があります。', '詳細は FAQ をご覧ください。'] })).toEqual({
      category: 'machine',
      details: '再起動が必要になる場合があります。 詳細は FAQ をご覧ください。',
    });
    expect(csafRestartOf({ kind: 'not-required', statements: ['なし'] })).toEqual({ category: 'none', details: 'なし' });
  });
});
