import { describe, expect, it } from 'vitest';
import { planQuery } from './plan.ts';
import { terms } from '../../../test/support/search-fixtures.ts';
import { rewriteConcepts, vocabularyOf } from './vocabulary.ts';

const plan = (q: string) => planQuery(q).concepts;

describe('rewriting what finds nothing', () => {
  const corpus = 'ヘルプとサポートセンターの脆弱性の回避策 quiet mode /quiet restart コマンド ライン';
  const isKnown = (term: string) => corpus.replace(/ (?=[^\x00-\x7f])/g, '').includes(term);

  it('replaces a phrase found nowhere by its words, and reports what is missing', () => {
    const { concepts, missing } = rewriteConcepts(plan('"silent restart"'), { isKnown });
    expect(concepts.map(terms)).toEqual([['restart']]);
    expect(missing).toEqual(['silent']);
  });

  it('splits a long Japanese run found nowhere into the longest parts that are found', () => {
    const { concepts } = rewriteConcepts(plan('脆弱性回避策'), { isKnown });
    expect(concepts.map(terms)).toEqual([['脆弱性'], ['回避策']]);
  });

  it("lets a long compound count, for less, where only the index's words of it are", () => {
    const words = new Set(['コマンド', 'ライン']);
    const { concepts } = rewriteConcepts(plan('コマンドライン'), { isKnown, isWord: (w) => words.has(w) });
    expect(concepts[0]!.alternatives).toEqual([
      { term: 'コマンドライン', weight: 1 },
      { term: 'コマンド', weight: 0.5 },
      { term: 'ライン', weight: 0.5 },
    ]);
  });
});

describe('vocabularyOf', () => {
  it('knows a term found in any of the texts, with the edges findTerm keeps', () => {
    const { isKnown } = vocabularyOf(['restart requirement', 'spuninst.exe'], []);
    expect(isKnown('restart')).toBe(true);
    expect(isKnown('spuninst.exe')).toBe(true);
    expect(isKnown('start')).toBe(false);
    expect(isKnown('requirement restart')).toBe(false);
  });

  it("offers the index's words only where the pages have some", () => {
    expect(vocabularyOf(['x'], []).isWord).toBeUndefined();
    expect(vocabularyOf(['x'], ['コマンド']).isWord?.('コマンド')).toBe(true);
  });
});
