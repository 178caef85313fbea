import { describe, expect, it } from 'vitest';
import { BULLETIN_ID_PATTERN, isBulletinId, normalizeBulletinId } from './bulletin-id.ts';

describe('the bulletin-id pattern', () => {
  it.each([
    ['MS04-015', 'MS04-015'],
    ['ms04-015', 'MS04-015'],
    ['MS04015', 'MS04-015'],
    ['MS04 015', 'MS04-015'],
    ['ms 04 - 015', 'MS04-015'],
    ['MS04–015', 'MS04-015'],
  ])('reads %j as %s', (text, id) => expect(normalizeBulletinId(text)).toBe(id));

  it.each(['MS4-15', 'MS04-0150', 'KB840374', ' MS04-015', 'CVE-2004-0199'])('does not read %j', (text) =>
    expect(normalizeBulletinId(text)).toBeUndefined(),
  );

  it('accepts only the written form as an id (what bulletin.yaml and <BulletinRef> must use)', () => {
    expect(isBulletinId('MS04-015')).toBe(true);
    for (const text of ['ms04-015', 'MS04015', 'MS04 015', 'MS04-15']) expect(isBulletinId(text), text).toBe(false);
  });

  it('finds ids inside text, for search', () => {
    const inText = new RegExp(String.raw`(?<![a-z0-9])${BULLETIN_ID_PATTERN}(?![0-9])`, 'gi');
    expect([...'see ms04-015 and MS03040, not xms04-015'.matchAll(inText)].map((m) => `${m[1]}-${m[2]}`)).toEqual(['04-015', '03-040']);
  });
});
