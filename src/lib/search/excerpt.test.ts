import { describe, expect, it } from 'vitest';
import { excerptSegments, markedTitle } from './excerpt.ts';
import { fold } from './text.ts';

describe('excerptSegments', () => {
  const text = `${'lorem ipsum '.repeat(20)}the restart is needed ${'dolor sit '.repeat(20)}`;
  const at = text.indexOf('restart');

  it('cuts a window around the matches, at word boundaries, with ellipses', () => {
    const segments = excerptSegments(text, [[at, at + 7]], 60);
    expect(segments[0]).toEqual({ text: '… ', mark: false });
    expect(segments.at(-1)).toEqual({ text: ' …', mark: false });
    expect(segments.find((s) => s.mark)).toEqual({ text: 'restart', mark: true });
    const body = segments.slice(1, -1).map((s) => s.text).join('');
    expect(body.length).toBeLessThanOrEqual(60);
    expect(text.includes(body)).toBe(true);
    expect(body.startsWith(' ')).toBe(false);
  });

  it('keeps short text whole', () => {
    expect(excerptSegments('Restart Requirement', [[0, 7]], 100)).toEqual([
      { text: 'Restart', mark: true },
      { text: ' Requirement', mark: false },
    ]);
  });
});

describe('markedTitle', () => {
  it('marks the terms in a title and keeps it whole', () => {
    const title = 'Restart Requirement for a very long title that is longer than any excerpt would be';
    const segments = markedTitle(title, fold(title), ['requir']);
    expect(segments.map((s) => s.text).join('')).toBe(title);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Requirement']);
    expect(markedTitle('Summary', fold('Summary'), ['restart'])).toEqual([{ text: 'Summary', mark: false }]);
  });
});
