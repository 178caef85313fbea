import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.ts';
import ja from '../../i18n/ja.ts';
import { formatDate, formatSize, formatTableDate, t, tableDrift } from './translate.ts';

describe('UI string tables', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });
  it('report the drift a missing key causes, naming the file', () => {
    expect(tableDrift({ ja: { a: 'あ', b: 'い' }, en: { a: 'A' } })).toEqual(['src/i18n/en.ts is missing "b". Add it.']);
  });
  it('show no Japanese in English strings except the language switch', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const offenders = Object.entries(en).filter(([key, value]) => japanese.test(value) && !key.startsWith('lang.'));
    expect(offenders).toEqual([]);
  });
  it('fill placeholders', () => {
    expect(t('en', 'bulletin.sourceText', { id: 'MS04-015' })).toBe(
      'This page is based on the Japanese original of Microsoft Security Bulletin MS04-015.',
    );
  });
});

describe('formatting', () => {
  it('writes dates as each language does', () => {
    expect(formatDate('ja', '2004-05-12')).toBe('2004年5月12日');
    expect(formatDate('en', '2004-05-12')).toBe('May 12, 2004');
  });
  it('writes table dates and sizes as the source does', () => {
    expect(formatTableDate('2004-04-15')).toBe('2004/04/15');
    expect(formatSize(782848)).toBe('782,848');
    expect(formatSize(2062336)).toBe('2,062,336');
    expect(formatSize(26515)).toBe('26,515');
    expect(formatSize(999)).toBe('999');
  });
});
