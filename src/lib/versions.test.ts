import { describe, expect, it } from 'vitest';
import { compareVersions, isAtOrAbove, parseVersion } from './versions.ts';

describe('parseVersion', () => {
  it('reads four dot-separated numbers', () => {
    expect(parseVersion('5.1.2600.1515')).toEqual([5, 1, 2600, 1515]);
    expect(parseVersion(' 5.2.3790.161 ')).toEqual([5, 2, 3790, 161]);
  });
  it.each(['', '5.1.2600', '5.1.2600.1515.1', '5.1.2600.x', '5,1,2600,1515', '-5.1.2600.1', '5..2600.1'])(
    'rejects %j',
    (text) => expect(parseVersion(text)).toBeUndefined(),
  );
});

describe('compareVersions', () => {
  const v = (text: string) => parseVersion(text)!;
  it('compares part by part, numerically', () => {
    expect(compareVersions(v('5.1.2600.200'), v('5.1.2600.1515'))).toBeLessThan(0);
    expect(compareVersions(v('5.2.3790.161'), v('5.1.2600.1515'))).toBeGreaterThan(0);
    expect(compareVersions(v('5.1.2600.137'), v('5.1.2600.137'))).toBe(0);
  });
  it('treats the fixed version itself as fixed', () => {
    expect(isAtOrAbove(v('5.1.2600.137'), v('5.1.2600.137'))).toBe(true);
    expect(isAtOrAbove(v('5.1.2600.136'), v('5.1.2600.137'))).toBe(false);
    expect(isAtOrAbove(v('5.1.2600.1516'), v('5.1.2600.1515'))).toBe(true);
  });
});
