import { describe, expect, it } from 'vitest';
import { rowMatches } from './list-filter.ts';

describe('rowMatches', () => {
  const row = { severity: 'critical', families: 'windows office' };
  it('passes every row when nothing is chosen', () => {
    expect(rowMatches(row, { severity: '', family: '' })).toBe(true);
    expect(rowMatches({ severity: '', families: '' }, { severity: '', family: '' })).toBe(true);
  });
  it('filters by severity and by family, both at once', () => {
    expect(rowMatches(row, { severity: 'critical', family: '' })).toBe(true);
    expect(rowMatches(row, { severity: 'important', family: '' })).toBe(false);
    expect(rowMatches(row, { severity: '', family: 'office' })).toBe(true);
    expect(rowMatches(row, { severity: 'critical', family: 'exchange' })).toBe(false);
  });
  it('matches whole family ids, not parts of them', () => {
    expect(rowMatches({ severity: 'low', families: 'internet-explorer' }, { severity: '', family: 'internet' })).toBe(false);
  });
  it('does not pass a row without a severity when one is chosen', () => {
    expect(rowMatches({ severity: '', families: 'windows' }, { severity: 'low', family: '' })).toBe(false);
  });
});
