import { describe, expect, it } from 'vitest';
import { inlineText, parseInline, safeUrl } from './inline-markdown.ts';

describe('parseInline', () => {
  it('turns links, code and bold into tokens', () => {
    expect(parseInline('see [841996](https://support.microsoft.com/kb/841996), `hcp://` and **bold**.')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', text: '841996', href: 'https://support.microsoft.com/kb/841996' },
      { type: 'text', text: ', ' },
      { type: 'code', text: 'hcp://' },
      { type: 'text', text: ' and ' },
      { type: 'strong', text: 'bold' },
      { type: 'text', text: '.' },
    ]);
  });
  it('keeps escaped brackets as text, never as a link', () => {
    expect(parseInline('\\[プログラムの追加と削除\\] が')).toEqual([{ type: 'text', text: '[プログラムの追加と削除] が' }]);
  });
  it('renders unsafe link targets as plain text', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ type: 'text', text: 'click)' }]);
    expect(parseInline('[x](/relative)')).toEqual([{ type: 'text', text: 'x' }]);
  });
  it('leaves HTML as text for the renderer to escape', () => {
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ type: 'text', text: '<script>alert(1)</script>' }]);
  });
  it('gives the plain text a reader sees', () => {
    expect(inlineText('詳細は、[842253](https://support.microsoft.com/kb/842253) をご覧下さい。')).toBe('詳細は、842253 をご覧下さい。');
  });
});

describe('safeUrl', () => {
  it('allows only absolute http(s) URLs', () => {
    expect(safeUrl('https://example.org/a?b=c&d')).toBe('https://example.org/a?b=c&d');
    expect(safeUrl('http://example.org/')).toBe('http://example.org/');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('//example.org')).toBeUndefined();
  });
});
