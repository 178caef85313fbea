import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../corpus/files.ts';
import { publishedContent } from '../../../test/support/content.ts';
import { curatedHeader, importedHeader } from './bulletin-header.ts';

const bulletin = publishedContent().bulletins.find((b) => b.id === 'MS04-015')!;

describe('one header for both kinds of bulletin', () => {
  it('gives a curated bulletin its headline and title in the page’s language, its dates, severity, KB and CVE with the source’s CAN id', () => {
    expect(curatedHeader(bulletin, 'en')).toEqual({
      id: 'MS04-015',
      headline: { text: 'Microsoft Security Bulletin MS04-015 - Important', lang: 'en' },
      showId: false,
      title: { text: bulletin.title.en, lang: 'en' },
      published: '2004-05-12',
      updated: '2004-05-12',
      severity: 'important',
      kb: '840374',
      cves: [{ id: 'CAN-2004-0199', cve: 'CVE-2004-0199' }],
    });
    expect(curatedHeader(bulletin, 'ja').title).toEqual({ text: bulletin.title.ja, lang: 'ja' });
    expect(curatedHeader(bulletin, 'ja').showId, 'the Japanese headline names the id too').toBe(false);
  });

  it('shows a curated bulletin’s version only where its source gives one', () => {
    expect(curatedHeader(bulletin, 'ja', { version: '1.1' }).version).toBe('1.1');
    expect(curatedHeader(bulletin, 'ja', {}).version).toBeUndefined();
  });

  it('gives an imported bulletin its Japanese title, version and each CVE once', () => {
    const { facts } = readCorpusFile(process.cwd(), 'content/sources/microsoft/ja-jp/2003/ms03-026.md');
    const header = importedHeader(facts);
    expect(header).toMatchObject({ id: 'MS03-026', title: { text: facts.title, lang: 'ja' }, kb: facts.kb, severity: facts.severity });
    expect(header.headline).toBeUndefined();
    expect(header.showId, 'without a headline, the id leads').toBe(true);
    expect(header.cves).toEqual([{ id: 'CAN-2003-0352', cve: 'CVE-2003-0352' }]);
  });
});
