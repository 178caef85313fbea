import { describe, expect, it } from 'vitest';
import { preferredLang } from './i18n/preferred-lang.ts';
import { bulletinPath, kbArticleUrl, switchLangPath, verdictPath } from './urls.ts';

describe('urls', () => {
  it('builds the contract paths', () => {
    expect(bulletinPath('ja', 'MS04-015')).toBe('/ja/bulletins/ms04-015/');
    expect(verdictPath('en', 'MS04-015', 'windows-xp-sp1')).toBe('/en/bulletins/ms04-015/check/windows-xp-sp1/');
    expect(kbArticleUrl(841996)).toBe('https://support.microsoft.com/kb/841996');
  });
  it('switches language and keeps the rest of the path', () => {
    expect(switchLangPath('/ja/bulletins/ms04-015/', 'en')).toBe('/en/bulletins/ms04-015/');
    expect(switchLangPath('/en/', 'ja')).toBe('/ja/');
    expect(switchLangPath('/english/', 'ja')).toBe('/ja/');
    expect(switchLangPath('/404/', 'en')).toBe('/en/');
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
