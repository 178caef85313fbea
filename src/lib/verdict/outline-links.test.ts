import { describe, expect, it } from 'vitest';
import type { ProseOutline } from '../content/prose-outline.ts';
import { questionLinks, workaroundLinks } from './outline-links.ts';

const outline: Pick<ProseOutline, 'anchors'> = {
  anchors: [
    { id: 'summary', kind: 'section', title: 'Summary', level: 2 },
    { id: 'faq', kind: 'section', title: 'FAQ', level: 2 },
    { id: 'faq-a', kind: 'faq', title: 'A?', level: 3 },
    { id: 'faq-sub', kind: 'section', title: 'Sub', level: 3 },
    { id: 'faq-b', kind: 'faq', title: 'B?', level: 4 },
    { id: 'details', kind: 'section', title: 'Details', level: 2 },
    { id: 'faq-c', kind: 'faq', title: 'C?', level: 3 },
    { id: 'workarounds', kind: 'section', title: 'Workarounds', level: 3 },
    { id: 'workaround-x', kind: 'workaround', title: 'X', level: 4 },
    { id: 'workaround-y', kind: 'workaround', title: 'Y', level: 4 },
  ],
};

describe('links into the prose', () => {
  it('finds the questions within a section, not after it', () => {
    expect(questionLinks(outline, 'faq')).toEqual([
      { id: 'faq-a', title: 'A?' },
      { id: 'faq-b', title: 'B?' },
    ]);
    expect(questionLinks(outline, 'missing')).toEqual([]);
  });
  it('finds the workarounds in order', () => {
    expect(workaroundLinks(outline).map((w) => w.id)).toEqual(['workaround-x', 'workaround-y']);
  });
});
