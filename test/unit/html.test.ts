import { describe, expect, it } from 'vitest';
import { anchorHrefs, containsToken, decodeEntities, htmlLang, timeDatetimes, visibleText } from '../support/html.ts';

const page = `<!doctype html><html lang="ja"><head><title>t</title><style>td{}</style></head>
<body><!-- x --><main><p>KB<strong>840374</strong> &amp; &#x5b;OK&#93;&nbsp;here</p>
<table><tr><td>helpctr.exe</td><td>x86</td><td><time datetime="2004-04-15">2004/04/15</time></td></tr></table>
<a href="https://example.com/?a=1&amp;b=2">x</a>
<a class=c href='/ja/'>ja</a><link href="/no.css">
<script>const hidden = "secret";</script></main></body></html>`;

describe('html helpers', () => {
  it('decodes numeric and common named entities', () => {
    expect(decodeEntities('&lt;a&gt; &#39;&#x41;&quot; &unknown;')).toBe(`<a> 'A" &unknown;`);
  });

  it('extracts the visible body text', () => {
    const text = visibleText(page);
    expect(text).toBe('KB840374 & [OK] here helpctr.exe x86 2004/04/15 x ja');
  });

  it('reads <a href>, <time datetime> and <html lang>', () => {
    expect(anchorHrefs(page)).toEqual(['https://example.com/?a=1&b=2', '/ja/']);
    expect(timeDatetimes(page)).toEqual(['2004-04-15']);
    expect(htmlLang(page)).toBe('ja');
  });

  it('matches whole tokens only', () => {
    expect(containsToken('KB840374 done', '840374')).toBe(true);
    expect(containsToken('v15.2.3790.1610', '5.2.3790.161')).toBe(false);
    expect(containsToken('version 5.2.3790.161.', '5.2.3790.161')).toBe(true);
    expect(containsToken('1,782,848 bytes', '782,848')).toBe(false);
    expect(containsToken('see /library', '/l')).toBe(false);
    expect(containsToken('/l: lists', '/l')).toBe(true);
    expect(containsToken('/? shows help', '/?')).toBe(true);
  });
});
