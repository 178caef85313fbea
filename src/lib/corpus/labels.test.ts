import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { element, text } from './hast.ts';
import { labelParagraph, leadingLabel, openingBoldText } from './labels.ts';

const p = (...children: ElementContent[]): Element => element('p', {}, children);
const bold = (value: string) => element('strong', {}, [text(value)]);

describe('the shapes of a label', () => {
  const boldOnly = p(bold('影響を受けるソフトウェア'), text(' '), bold(':'));
  const boldThenText = p(text(' '), bold('脆弱性の影響:'), text(' リモートでコードが実行される'));
  const plainKnown = p(text('影響を受けないソフトウェア'));
  const prose = p(text('この更新プログラムは、'), bold('重要'), text(' です。'));

  it('a paragraph of bold text and colons only is a label of its own, normalised', () => {
    expect(labelParagraph(boldOnly)).toBe('影響を受けるソフトウェア');
    expect(labelParagraph(boldThenText)).toBeUndefined();
    expect(labelParagraph(prose)).toBeUndefined();
  });
  it('a plain paragraph is one only when the vocabulary names it a plain label', () => {
    expect(labelParagraph(plainKnown)).toBe('影響を受けないソフトウェア');
    expect(labelParagraph(p(text('セキュリティ更新プログラムの情報')))).toBeUndefined();
  });
  it('a bold label longer than 60 characters is prose set in bold, not a label', () => {
    expect(labelParagraph(p(bold('あ'.repeat(61))))).toBeUndefined();
  });
  it('a paragraph that opens in bold leads with a label: its bold text, or its whole text', () => {
    expect(openingBoldText(boldThenText)).toBe('脆弱性の影響:');
    expect(leadingLabel(boldThenText)).toBe('脆弱性の影響: リモートでコードが実行される');
    expect(openingBoldText(prose)).toBeUndefined();
    expect(leadingLabel(prose)).toBeUndefined();
  });
  it('a heading is a leading label whatever it holds', () => {
    expect(leadingLabel(element('h3', {}, [text('回避策')]))).toBe('回避策');
    expect(openingBoldText(element('h3', {}, [bold('回避策')]))).toBeUndefined();
  });
});
