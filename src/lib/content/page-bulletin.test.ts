import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../schemas/bulletin.ts';
import { pageBulletin } from './page-bulletin.ts';

describe('pageBulletin', () => {
  it('is the bulletin the page set', () => {
    const bulletin = { id: 'MS04-015' } as Bulletin;
    expect(pageBulletin({ bulletin }, 'FileTable')).toBe(bulletin);
  });

  it('fails the build for a component used outside a bulletin page, naming it', () => {
    expect(() => pageBulletin({}, 'FileTable')).toThrow(/^<FileTable> shows a bulletin's facts, so it works only on a bulletin page\./);
  });
});
