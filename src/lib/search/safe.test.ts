import { describe, expect, it } from 'vitest';
import { parseMarkedExcerpt, safeResultUrl } from './safe.ts';

describe('parseMarkedExcerpt', () => {
  it('reads Pagefind excerpt HTML as text and mark runs', () => {
    expect(parseMarkedExcerpt('does not require a <mark>restart.</mark> The installer')).toEqual([
      { text: 'does not require a ', mark: false },
      { text: 'restart.', mark: true },
      { text: ' The installer', mark: false },
    ]);
  });

  it('decodes entities into text', () => {
    expect(parseMarkedExcerpt('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; &#x5b;e&#x5d;')).toEqual([{ text: `a <b> & "c" 'd' [e]`, mark: false }]);
  });

  it('keeps any other tag as literal text, so it can never run', () => {
    const segments = parseMarkedExcerpt('<img src=x onerror=alert(1)><MARK>hit</MARK><script>alert(2)</script>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'hit', mark: true },
      { text: '<script>alert(2)</script>', mark: false },
    ]);
  });

  it('survives unbalanced marks and empty input', () => {
    expect(parseMarkedExcerpt('<mark>open')).toEqual([{ text: 'open', mark: true }]);
    expect(parseMarkedExcerpt('close</mark> after')).toEqual([{ text: 'close after', mark: false }]);
    expect(parseMarkedExcerpt('')).toEqual([]);
    expect(parseMarkedExcerpt('&#0; &#xffffffff;')).toEqual([{ text: '&#0; &#xffffffff;', mark: false }]);
  });
});

describe('safeResultUrl', () => {
  const origin = 'https://bulletins.example.org';

  it('accepts paths on this site', () => {
    expect(safeResultUrl('/ja/bulletins/ms04-015/?highlight=%E5%86%8D#xp-restart', origin)).toBe('/ja/bulletins/ms04-015/?highlight=%E5%86%8D#xp-restart');
    expect(safeResultUrl(`${origin}/en/bulletins/ms04-015/#faq-cause`, origin)).toBe('/en/bulletins/ms04-015/#faq-cause');
    expect(safeResultUrl('en/bulletins/ms04-015/', origin)).toBe('/en/bulletins/ms04-015/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/ja/',
    '//evil.example/ja/',
    '/\\evil.example/ja/',
    'http://bulletins.example.org:8080/ja/',
    'vbscript:msgbox(1)',
  ])('refuses %s', (raw) => {
    expect(safeResultUrl(raw, origin)).toBeNull();
  });
});
