import { describe, expect, it } from 'vitest';
import { highlightTerms, resultUrl, withoutHighlight } from './highlight.ts';

describe('resultUrl', () => {
  it('encodes the terms and keeps the anchor last', () => {
    expect(resultUrl('/ja/bulletins/ms04-015/', 'xp-restart', ['再起動', 'a&b'])).toBe(
      '/ja/bulletins/ms04-015/?highlight=%E5%86%8D%E8%B5%B7%E5%8B%95&highlight=a%26b#xp-restart',
    );
    expect(resultUrl('/en/bulletins/ms04-015/', '', [])).toBe('/en/bulletins/ms04-015/');
  });
});

describe('highlightTerms', () => {
  it('reads the terms a result link carries, folded', () => {
    expect(highlightTerms(resultUrl('/ja/bulletins/ms04-015/', 'xp-restart', ['再起動', 'ＫＢ８４０３７４']).split('#')[0]!.split('?')[1]!)).toEqual(['再起動', 'kb840374']);
  });

  it('drops empty and overlong terms, and keeps at most eight', () => {
    expect(highlightTerms(`?highlight=&highlight=${'x'.repeat(101)}&highlight=ok`)).toEqual(['ok']);
    expect(highlightTerms(Array.from({ length: 10 }, (_, i) => `highlight=t${i}`).join('&'))).toHaveLength(8);
    expect(highlightTerms('?q=restart')).toEqual([]);
  });
});

describe('withoutHighlight', () => {
  it('drops the terms and keeps the rest of the address', () => {
    expect(withoutHighlight('https://example.org/en/bulletins/ms04-015/?highlight=restart&x=1#xp-restart').href).toBe(
      'https://example.org/en/bulletins/ms04-015/?x=1#xp-restart',
    );
  });
});
