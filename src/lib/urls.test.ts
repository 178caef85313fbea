import { describe, expect, it } from 'vitest';
import { preferredLang } from './i18n/preferred-lang.ts';
import {
  absoluteUrl,
  bulletinAnchorPath,
  bulletinPath,
  cveIndexPath,
  isSitePath,
  kbArticleUrl,
  kbIndexPath,
  productFamilyPath,
  productIndexPath,
  searchUrl,
  switchLangPath,
  verdictPath,
} from './urls.ts';

describe('urls', () => {
  it('builds the contract paths', () => {
    expect(bulletinPath('ja', 'MS04-015')).toBe('/ja/bulletins/ms04-015/');
    expect(verdictPath('en', 'MS04-015', 'windows-xp-sp1')).toBe('/en/bulletins/ms04-015/check/windows-xp-sp1/');
    expect(kbArticleUrl(841996)).toBe('https://support.microsoft.com/kb/841996');
  });
  it('builds the index pages and the places in them', () => {
    expect(kbIndexPath('ja')).toBe('/ja/kb/');
    expect(cveIndexPath('en')).toBe('/en/cve/');
    expect(productIndexPath('ja')).toBe('/ja/products/');
    expect(productFamilyPath('en', 'windows-xp')).toBe('/en/products/#family-windows-xp');
    expect(bulletinAnchorPath('ja', 'MS04-015', 'workarounds')).toBe('/ja/bulletins/ms04-015/#workarounds');
  });
  it('builds search links as the plain form submits them', () => {
    expect(searchUrl('en', ' restart xp ')).toBe('/en/search/?q=restart+xp');
    expect(searchUrl('ja', '')).toBe('/ja/search/');
  });
  it('knows a path on this site from anything else', () => {
    expect(isSitePath('/ja/kb/840374/')).toBe(true);
    expect(isSitePath('/en/search/?q=x')).toBe(true);
    expect(isSitePath('/fr/kb/840374/')).toBe(false);
    expect(isSitePath('//evil.example/ja/')).toBe(false);
  });
  it('makes a site path absolute, with one slash between the site and the path', () => {
    expect(absoluteUrl('https://bulletins.example.org', '/ja/feed.xml')).toBe('https://bulletins.example.org/ja/feed.xml');
    expect(absoluteUrl('https://bulletins.example.org/', '/ja/feed.xml')).toBe('https://bulletins.example.org/ja/feed.xml');
    expect(absoluteUrl('https://bulletins.example.org//', bulletinPath('en', 'MS04-015'))).toBe('https://bulletins.example.org/en/bulletins/ms04-015/');
    expect(absoluteUrl('https://example.org/kb/', '/api/v1/bulletins.json')).toBe('https://example.org/kb/api/v1/bulletins.json');
    expect(absoluteUrl('https://bulletins.example.org/', '')).toBe('https://bulletins.example.org');
    expect(absoluteUrl('', '/ja/bulletins/ms04-015/#workarounds')).toBe('/ja/bulletins/ms04-015/#workarounds');
  });
  it('switches language and keeps the rest of the path', () => {
    expect(switchLangPath('/ja/bulletins/ms04-015/', 'en')).toBe('/en/bulletins/ms04-015/');
    expect(switchLangPath('/en/', 'ja')).toBe('/ja/');
    expect(switchLangPath('/english/', 'ja')).toBe('/ja/');
    expect(switchLangPath('/404/', 'en')).toBe('/en/');
    expect(switchLangPath('/ja', 'en')).toBe('/en');
  });
});

describe('preferredLang', () => {
  it('is Japanese unless the browser ranks English first', () => {
    expect(preferredLang(['en-US', 'ja'])).toBe('en');
    expect(preferredLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(preferredLang(['fr-FR', 'en'])).toBe('en');
    expect(preferredLang(['fr-FR'])).toBe('ja');
    expect(preferredLang([])).toBe('ja');
  });
});
