import { describe, expect, it } from 'vitest';
import { identifiersOnly, kbNumbers, namedBulletins } from './identify.ts';
import { planQuery } from './plan.ts';

const table = { kbs: { '958644': ['MS08-067'], '840374': ['MS04-015'], '123456': ['MS05-001', 'MS05-002'] } };

describe('kbNumbers', () => {
  it('reads KB numbers, with or without KB, and no other number', () => {
    expect(kbNumbers(planQuery('KB958644'))).toEqual(['958644']);
    expect(kbNumbers(planQuery('958644 の再起動'))).toEqual(['958644']);
    expect(kbNumbers(planQuery('ｋｂ ９５８６４４'))).toEqual(['958644']);
    expect(kbNumbers(planQuery('MS08-067 CVE-2008-4250 5.1.2600.1515'))).toEqual([]);
  });
});

describe('namedBulletins', () => {
  it('names a bulletin by its id, however it is written', () => {
    expect(namedBulletins(planQuery('MS08-067'))).toEqual(['ms08-067']);
    expect(namedBulletins(planQuery('ms08067 と MS04-015'))).toEqual(['ms08-067', 'ms04-015']);
  });

  it('names the bulletins that ship a KB number, through the table', () => {
    expect(namedBulletins(planQuery('KB958644'), table)).toEqual(['ms08-067']);
    expect(namedBulletins(planQuery('which bulletin is 958644?'), table)).toEqual(['ms08-067']);
    expect(namedBulletins(planQuery('kb123456'), table)).toEqual(['ms05-001', 'ms05-002']);
    expect(namedBulletins(planQuery('KB958644'))).toEqual([]);
    expect(namedBulletins(planQuery('KB999999'), table)).toEqual([]);
  });

  it('names nothing for CVE ids and words (Pagefind finds those in the headers)', () => {
    expect(namedBulletins(planQuery('CVE-2008-4250 再起動'), table)).toEqual([]);
  });
});

describe('identifiersOnly', () => {
  it('is a query of identifiers and nothing else', () => {
    expect(identifiersOnly(planQuery('MS08-067'))).toBe(true);
    expect(identifiersOnly(planQuery('KB958644 CAN-2003-0352'))).toBe(true);
    expect(identifiersOnly(planQuery('MS08-067 再起動'))).toBe(false);
    expect(identifiersOnly(planQuery(''))).toBe(false);
  });
});
