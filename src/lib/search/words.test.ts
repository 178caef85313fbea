import { describe, expect, it } from 'vitest';
import { japanesePieces, splitLongest, stem } from './words.ts';

describe('stem', () => {
  it('takes the ending off an English word long enough to keep four letters', () => {
    expect(stem('restarting')).toBe('restart');
    expect(stem('removed')).toBe('remov');
    expect(stem('uses')).toBe('uses');
  });
});

describe('japanesePieces', () => {
  it('keeps Japanese content words and drops particles and endings', () => {
    expect(japanesePieces('再起動は必要ですか')).toEqual(['再起動', '必要']);
    expect(japanesePieces('アンインストール方法')).toEqual(['アンインストール']);
    // A lone kanji keeps its first kana, so it can be found; a lone kanji without one is dropped.
    expect(japanesePieces('影響を受けますか')).toEqual(['影響', '受け']);
    expect(japanesePieces('危険性')).toEqual(['危険性']);
    expect(japanesePieces('後')).toEqual([]);
  });
});

describe('splitLongest', () => {
  it('splits a run into the longest known parts, left to right', () => {
    const corpus = 'ヘルプとサポートセンターの脆弱性の回避策';
    expect(splitLongest('脆弱性回避策', (t) => corpus.includes(t))).toEqual(['脆弱性', '回避策']);
    const words = new Set(['コマンド', 'ライン']);
    expect(splitLongest('コマンドライン', (w) => words.has(w))).toEqual(['コマンド', 'ライン']);
  });

  it('skips characters no known part covers', () => {
    expect(splitLongest('x脆弱性y', (t) => t === '脆弱性')).toEqual(['脆弱性']);
  });
});
