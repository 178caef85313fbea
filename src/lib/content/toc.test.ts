import { describe, expect, it } from 'vitest';
import type { ProseAnchor } from './prose-outline.ts';
import { tocTree } from './toc.ts';

const anchor = (id: string, level: number, kind: ProseAnchor['kind'] = 'section'): ProseAnchor => ({ id, kind, title: id.toUpperCase(), level });

describe('tocTree', () => {
  it('lists the top-level sections with their subsections, in page order', () => {
    const tree = tocTree([
      anchor('summary', 2),
      anchor('caveats', 3),
      anchor('faq', 2),
      anchor('faq-cause', 3, 'faq'),
      anchor('update-information', 2),
      anchor('update-windows-xp', 3),
      anchor('xp-restart', 4),
      anchor('update-windows-server-2003', 3),
      anchor('revisions', 2),
    ]);
    expect(tree).toEqual([
      { id: 'summary', title: 'SUMMARY', children: [{ id: 'caveats', title: 'CAVEATS', children: [] }] },
      { id: 'faq', title: 'FAQ', children: [] },
      {
        id: 'update-information',
        title: 'UPDATE-INFORMATION',
        children: [
          { id: 'update-windows-xp', title: 'UPDATE-WINDOWS-XP', children: [] },
          { id: 'update-windows-server-2003', title: 'UPDATE-WINDOWS-SERVER-2003', children: [] },
        ],
      },
      { id: 'revisions', title: 'REVISIONS', children: [] },
    ]);
  });

  it('leaves out FAQ questions, workarounds and deeper sections, and subsections before any section', () => {
    expect(tocTree([anchor('orphan', 3), anchor('workaround-x', 2, 'workaround'), anchor('deep', 4)])).toEqual([]);
  });
});
