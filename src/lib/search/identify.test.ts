import { describe, expect, it } from 'vitest';
import { cveIds, identifiersOnly, kbNumbers, namedBulletins, needsTable } from './identify.ts';
import { planQuery } from './plan.ts';

// The identifier table's shape: bulletins newest first, each with the CVE ids it fixes.
const table = {
  bulletins: ['MS09-072', 'MS09-060', 'MS09-037', 'MS08-067', 'MS05-002', 'MS05-001', 'MS04-015', 'MS03-026'],
  kbs: { '958644': ['MS08-067'], '840374': ['MS04-015'], '123456': ['MS05-002', 'MS05-001'] },
  cves: [['CVE-2009-2493'], ['CVE-2009-0901', 'CVE-2009-2493'], ['CVE-2009-0901', 'CVE-2009-2493'], ['CVE-2008-4250'], [], [], ['CVE-2004-0199'], ['CVE-2003-0352']],
};

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
    expect(namedBulletins(planQuery('kb123456'), table)).toEqual(['ms05-002', 'ms05-001']);
    expect(namedBulletins(planQuery('KB958644'))).toEqual([]);
    expect(namedBulletins(planQuery('KB999999'), table)).toEqual([]);
  });

  it('names the bulletins that fix a CVE, written CVE or CAN, through the table: oldest first', () => {
    expect(namedBulletins(planQuery('CVE-2008-4250'), table)).toEqual(['ms08-067']);
    expect(namedBulletins(planQuery('cve-2003-0352'), table)).toEqual(['ms03-026']);
    expect(namedBulletins(planQuery('CAN-2003-0352'), table)).toEqual(['ms03-026']);
    expect(namedBulletins(planQuery('ＣＶＥ－２００８－４２５０'), table)).toEqual(['ms08-067']);
    expect(namedBulletins(planQuery('CVE-2009-2493'), table)).toEqual(['ms09-037', 'ms09-060', 'ms09-072']);
    expect(namedBulletins(planQuery('CVE-2008-4250 再起動'), table)).toEqual(['ms08-067']);
    expect(namedBulletins(planQuery('CVE-2008-4250'))).toEqual([]);
    expect(namedBulletins(planQuery('CVE-2099-0001'), table)).toEqual([]);
  });

  it('names each bulletin once, however many of its identifiers are typed', () => {
    expect(namedBulletins(planQuery('MS09-060 CVE-2009-0901 KB958644 CAN-2008-4250'), table).sort()).toEqual(['ms08-067', 'ms09-037', 'ms09-060']);
  });

  it('names nothing for words', () => {
    expect(namedBulletins(planQuery('Server サービスの脆弱性'), table)).toEqual([]);
  });
});

describe('cveIds and needsTable', () => {
  it('reads CVE ids, CAN ids as their CVE, and no other identifier', () => {
    expect(cveIds(planQuery('CVE-2008-4250 と can-2003-0352'))).toEqual(['CVE-2008-4250', 'CVE-2003-0352']);
    expect(cveIds(planQuery('CAN-2003-0352 CVE-2003-0352'))).toEqual(['CVE-2003-0352']);
    expect(cveIds(planQuery('MS08-067 KB958644 5.1.2600.1515'))).toEqual([]);
  });

  it('asks for the table only for a KB number or a CVE id', () => {
    expect(needsTable(planQuery('KB958644'))).toBe(true);
    expect(needsTable(planQuery('CAN-2003-0352'))).toBe(true);
    expect(needsTable(planQuery('MS08-067'))).toBe(false);
    expect(needsTable(planQuery('再起動'))).toBe(false);
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
