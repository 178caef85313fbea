import { describe, expect, it } from 'vitest';
import { publishedContent } from '../../../test/support/content.ts';
import { readCorpusFile } from '../corpus/files.ts';
import { curatedFacts } from './curated-facts.ts';

describe('curatedFacts', () => {
  const bulletin = publishedContent().bulletins.find((b) => b.id === 'MS04-015')!;
  const facts = curatedFacts(bulletin, 'content/bulletins/ms04-015');
  const corpus = readCorpusFile(process.cwd(), 'content/sources/microsoft/ja-jp/2004/ms04-015.md').facts;

  it('gives what the importer reads of the same bulletin, from the YAML', () => {
    expect(facts).toMatchObject({ id: 'MS04-015', slug: 'ms04-015', year: 2004, kb: '840374', severity: 'important', published: '2004-05-12', file: 'content/bulletins/ms04-015/source.ja.md' });
    expect(facts.vulnerabilities).toEqual([{ id: 'CAN-2004-0199', cve: 'CVE-2004-0199', title: 'ヘルプとサポート センターの脆弱性' }]);
    expect(facts.affected.map((r) => r.downloads)).toEqual(corpus.affected.map((r) => r.downloads));
    expect(facts.affected).toHaveLength(corpus.affected.length);
    expect(facts.notAffected.length).toBeGreaterThan(0);
    expect(facts.title).not.toMatch(/840374/);
  });
});
