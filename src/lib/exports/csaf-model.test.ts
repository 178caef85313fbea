import { describe, expect, it } from 'vitest';
import { curatedBulletinProducts, productFacts } from '../content/bulletin-facts.ts';
import type { ProseOutline } from '../content/prose-outline.ts';
import { readCorpusFile } from '../corpus/files.ts';
import { publishedContent } from '../../../test/support/content.ts';
import { curatedModel, importedModel } from '../content/bulletin-model.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { bulletinModelSchema } from '../../schemas/bulletin-model.ts';
import { buildCsaf, formatCsafProblems, validateCsaf } from './csaf.ts';
import { csafInput, csafRestart, csafWorkarounds } from './csaf-model.ts';

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

describe('a curated bulletin’s CSAF input (MS04-015)', () => {
  const model = curatedModel(corpusFacts, { bulletin, productFacts: facts, outlines: { ja: outline('ja'), en: outline('en') } });
  const view = { products: curatedBulletinProducts(bulletin, facts), rows: { affected: [], notAffected: [] } };
  const parts = (lang: 'ja' | 'en', siteUrl: string) => csafInput(model, lang, { view, nameOf: (id, l) => name(id)?.[l], siteUrl });
  const ja = parts('ja', `${SITE}/`);
  const en = parts('en', SITE);

  it('is a valid model', () => {
    expect(bulletinModelSchema.safeParse(model).error).toBeUndefined();
  });

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
    expect(en.workarounds!).toEqual([{ details: 'Unregister the HCP protocol', url: `${SITE}/en/bulletins/ms04-015/#workaround-unregister-hcp` }]);
    expect(ja.workarounds![0]!.url).toBe(`${SITE}/ja/bulletins/ms04-015/#workaround-unregister-hcp`);
  });

  it('takes the revision history as plain text (links become their text)', () => {
    expect(en.revisions!).toHaveLength(bulletin.revisions.length);
    expect(en.revisions![0]).toEqual({ date: '2004-05-12', summary: 'Published this security bulletin page.' });
    expect(en.revisions![2]!.summary).toBe('Updated the "Caveats" to add information about Knowledge Base Article 842253.');
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
      const doc = buildCsaf(parts);
      expect(formatCsafProblems(await validateCsaf(doc))).toBe('');
      expect(doc.document.tracking.revision_history).toHaveLength(bulletin.revisions.length);
      expect(doc.document.tracking.version).toBe(String(bulletin.revisions.length));
      // One vendor fix per download link (the 64-bit XP Version 2003 and Server 2003 packages are one), then the workaround.
      expect(doc.vulnerabilities![0]!.remediations!.map((r) => r.category)).toEqual([...Array(4).fill('vendor_fix'), 'workaround']);
    }
  });
});

describe('an imported bulletin’s CSAF input', () => {
  const FACTS = {
    id: 'MS09-062',
    workarounds: [
      { title: 'メタファイルの処理を無効にする', cves: ['CVE-2009-2500'], section: 'workarounds' },
      { title: 'gdiplus.dll へのアクセスを制限する', cves: ['CVE-2009-2501'], section: 'workarounds-can-2009-2501' },
      { title: '電子メールをテキスト形式で読み取る' },
    ],
  } as unknown as CorpusFacts;

  it('gives each workaround for its vulnerabilities, linking the Japanese page’s section that lists it, or the page', () => {
    expect(csafWorkarounds(importedModel(FACTS), 'ja', 'https://bulletins.example.org/')).toEqual([
      { details: 'メタファイルの処理を無効にする', cves: ['CVE-2009-2500'], url: 'https://bulletins.example.org/ja/bulletins/ms09-062/#workarounds' },
      { details: 'gdiplus.dll へのアクセスを制限する', cves: ['CVE-2009-2501'], url: 'https://bulletins.example.org/ja/bulletins/ms09-062/#workarounds-can-2009-2501' },
      { details: '電子メールをテキスト形式で読み取る', url: 'https://bulletins.example.org/ja/bulletins/ms09-062/' },
    ]);
    expect(csafWorkarounds(importedModel({ ...FACTS, workarounds: undefined } as unknown as CorpusFacts), 'ja')).toEqual([]);
  });

  it('is a Japanese document only, with the source’s restart statements and revisions (MS08-067)', () => {
    const ms08067 = readCorpusFile(process.cwd(), 'content/sources/microsoft/ja-jp/2008/ms08-067.md').facts;
    const model = importedModel(ms08067);
    expect(bulletinModelSchema.safeParse(model).error).toBeUndefined();
    expect(model.translation).toBeUndefined();
    const input = csafInput(model, 'ja', { view: { products: [], rows: { affected: [], notAffected: [] } }, nameOf: () => undefined, siteUrl: SITE });
    expect(input.restart).toEqual({ category: 'machine', details: ms08067.restart!.statements.join(' ') });
    expect(input.revisions).toEqual(ms08067.revisions!.map((r) => ({ date: r.date, summary: r.text, ...(r.version ? { version: r.version } : {}) })));
    expect(input.translation).toBeUndefined();
  });
});

describe('csafRestart', () => {
  it('says the machine’s restart, “may” in the details, and none where none is needed', () => {
    expect(csafRestart({ kind: 'required' }, 'en')).toEqual({ category: 'machine' });
    expect(csafRestart({ kind: 'may-be-required' }, 'en')).toEqual({ category: 'machine', details: 'A restart may be required after installing this security update.' });
    expect(csafRestart({ kind: 'not-required' }, 'ja')).toEqual({ category: 'none' });
  });
  it('gives the source’s statements, as it writes them, as the details', () => {
    expect(csafRestart({ kind: 'may-be-required', statements: ['再起動が必要になる場合があります。', '詳細は FAQ をご覧ください。'] }, 'ja')).toEqual({
      category: 'machine',
      details: '再起動が必要になる場合があります。 詳細は FAQ をご覧ください。',
    });
    expect(csafRestart({ kind: 'not-required', statements: ['なし'] }, 'en')).toEqual({ category: 'none', details: 'なし' });
  });
});
