import { describe, expect, it } from 'vitest';
import { buildSitemap, toPath } from './sitemap.ts';

describe('buildSitemap', () => {
  it('lists language pages with their alternates, and leaves out the rest', () => {
    const xml = buildSitemap('https://example.org', ['ja/bulletins/ms04-015/', 'en/bulletins/ms04-015/', '', 'ja/only/']);
    expect(xml).toContain('<loc>https://example.org/en/bulletins/ms04-015/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="ja" href="https://example.org/ja/bulletins/ms04-015/"/>');
    expect(xml).not.toContain('<loc>https://example.org/</loc>');
    // A page with no counterpart lists only itself.
    expect(xml).toMatch(/<loc>https:\/\/example\.org\/ja\/only\/<\/loc>\n {4}<xhtml:link rel="alternate" hreflang="ja" href="https:\/\/example\.org\/ja\/only\/"\/>\n {2}<\/url>/);
    expect(xml.match(/<url>/g)).toHaveLength(3);
  });
  it('normalises pathnames', () => {
    expect(toPath('')).toBe('/');
    expect(toPath('ja/kb/840374')).toBe('/ja/kb/840374/');
  });
});
