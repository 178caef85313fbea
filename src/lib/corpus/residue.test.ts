import { describe, expect, it } from 'vitest';
import { markdownResidue, visibleText } from './residue.ts';

const kinds = (input: string) => markdownResidue(input).map((r) => r.kind);

describe('markdownResidue', () => {
  it('finds nothing in clean HTML', () => {
    expect(markdownResidue('<p><strong>注</strong>: <a href="https://example.com/">リンク</a> [プログラムの追加と削除]</p>')).toEqual([]);
  });
  it('finds bold stars, escaped brackets and link syntax left as text', () => {
    expect(kinds('<td>**緊急** \\[詳細\\] [KB](https://support.microsoft.com/kb/1)</td>')).toEqual([
      'bold',
      'escaped-bracket',
      'escaped-bracket',
      'link',
    ]);
  });
  it('finds table rules and setext underlines on lines of their own', () => {
    expect(kinds('<p>| a | b |\n| --- | --- |</p>')).toEqual(['table-rule']);
    expect(kinds('見出し\n======\n')).toEqual(['setext-underline']);
    expect(kinds('a --- b')).toEqual([]);
  });
  it('ignores code, where stars and brackets are the code', () => {
    expect(markdownResidue('<pre><code>int main(int argc, char **argv)\n---\n</code></pre><p>本文</p>')).toEqual([]);
    expect(markdownResidue('<p><code>a[i](x)</code></p>')).toEqual([]);
  });
  it('reads entities, so escaped residue is found too', () => {
    expect(visibleText('&#x26;&amp;&#42;')).toBe('&&*');
    expect(kinds('<p>&#42;&#42;太字&#42;&#42;</p>')).toEqual(['bold']);
  });
  it('takes a lone double star for the footnote mark it is', () => {
    expect(kinds('<td>(KB972580)**</td><td>ダウンロード</td>\n<td>(KB972581)***</td>')).toEqual([]);
  });
  it('gives an excerpt around each find', () => {
    expect(markdownResidue('前の文 **強調** 後の文')[0]!.excerpt).toContain('**強調');
  });
});
