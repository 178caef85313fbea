import { describe, expect, it } from 'vitest';
import { fill } from './template.ts';

describe('fill', () => {
  it('fills placeholders once, leaving values and unknown names as they are', () => {
    expect(fill('{a} and {b} and {c}', { a: '{b}', b: '$& $1' })).toBe('{b} and $& $1 and {c}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });

  it('writes numbers as digits', () => {
    expect(fill('{count} bulletins ship KB{kb}', { count: 2, kb: '840374' })).toBe('2 bulletins ship KB840374');
  });
});
