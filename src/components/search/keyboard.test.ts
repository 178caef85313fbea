import { describe, expect, it } from 'vitest';
import { fromBox, fromResult } from './keyboard.ts';

describe('arrow keys', () => {
  it('go from the box to the first result, unless there is none or an IME is composing', () => {
    expect(fromBox('ArrowDown', false, 3)).toBe(0);
    expect(fromBox('ArrowDown', true, 3)).toBeNull();
    expect(fromBox('ArrowDown', false, 0)).toBeNull();
    expect(fromBox('ArrowUp', false, 3)).toBeNull();
  });

  it('move between the results, and up from the first back to the box', () => {
    expect(fromResult('ArrowDown', 0, 3)).toBe(1);
    expect(fromResult('ArrowUp', 2, 3)).toBe(1);
    expect(fromResult('ArrowUp', 0, 3)).toBe('box');
    expect(fromResult('ArrowDown', 2, 3)).toBe('stay');
  });

  it('leave other keys, and focus outside the links, alone', () => {
    expect(fromResult('Tab', 0, 3)).toBeNull();
    expect(fromResult('ArrowDown', -1, 3)).toBeNull();
  });
});
