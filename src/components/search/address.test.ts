import { describe, expect, it } from 'vitest';
import { addressFor, bulletinFromSearch, queryFromSearch } from './address.ts';

describe('the search in the address', () => {
  it('reads the query the page opens with', () => {
    expect(queryFromSearch('?q=%E5%86%8D%E8%B5%B7%E5%8B%95')).toBe('再起動');
    expect(queryFromSearch('')).toBe('');
  });

  it('follows the box: q set to what is typed, gone when the box is blank, the rest kept', () => {
    const page = 'https://example.org/ja/search/?q=old#top';
    expect(addressFor(page, 'KB840374 再起動').href).toBe('https://example.org/ja/search/?q=KB840374+%E5%86%8D%E8%B5%B7%E5%8B%95#top');
    expect(addressFor(page, '   ').href).toBe('https://example.org/ja/search/#top');
    expect(queryFromSearch(addressFor(page, 'a&b=c').search)).toBe('a&b=c');
  });

  it('reads the bulletin a search is limited to, as people write its id, and ignores anything else', () => {
    expect(bulletinFromSearch('?q=x&bulletin=ms04-015')).toBe('ms04-015');
    expect(bulletinFromSearch('?bulletin=MS04-015')).toBe('ms04-015');
    expect(bulletinFromSearch('?bulletin=ms04015')).toBe('ms04-015');
    expect(bulletinFromSearch('?q=x')).toBeUndefined();
    expect(bulletinFromSearch('?bulletin=%3Cscript%3E')).toBeUndefined();
  });

  it('keeps the bulletin while the box changes the query', () => {
    expect(addressFor('https://example.org/ja/search/?bulletin=ms04-015', '再起動').search).toBe('?bulletin=ms04-015&q=%E5%86%8D%E8%B5%B7%E5%8B%95');
  });
});
