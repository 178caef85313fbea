import { describe, expect, it } from 'vitest';
import { pageDocFromFragment } from './fragment.ts';
import { fragment, page } from '../../../test/support/search-fixtures.ts';

describe('pageDocFromFragment', () => {
  const doc = pageDocFromFragment(page);

  it('cuts the page into sections at the anchors, the top of the page first', () => {
    expect(doc.bulletin).toBe('MS04-015');
    expect(doc.sections.map((s) => s.anchor)).toEqual([
      '', 'summary', 'caveats', 'vulnerability-can-2004-0199', 'update-windows-xp', 'xp-restart', 'xp-removal',
      'xp-file-information', 'files-xp', 'files-xp64', 'update-windows-server-2003', 'ws2003-restart',
    ]);
    expect(doc.sections[0]!.title).toBe(doc.title);
    expect(doc.sections.find((s) => s.anchor === 'xp-restart')).toEqual({
      anchor: 'xp-restart',
      title: 'Restart Requirement',
      path: ['Windows XP (all versions)'],
      text: 'This update may not require a restart.',
      heading: true,
    });
  });

  it('gives the prose after a file table back to the section the table is in', () => {
    const withNote = pageDocFromFragment(
      fragment([
        { id: 'xp-file-information', element: 'h3', heading: 'File Information', text: 'The files are listed below.' },
        { id: 'files-xp', element: 'div', title: 'Windows XP', text: 'Windows XP. Date Time Version helpctr.exe RTMQFE' },
        { id: 'files-xp-end', element: 'span', text: 'Note: RTMQFE and RTMGDR name the branches.' },
        { id: 'xp-verification', element: 'h3', heading: 'Verifying Update Installation', text: 'Use MBSA.' },
      ]),
    );
    const section = (anchor: string) => withNote.sections.find((s) => s.anchor === anchor)!.text;
    expect(section('xp-file-information')).toBe('The files are listed below. Note: RTMQFE and RTMGDR name the branches.');
    expect(section('files-xp')).not.toContain('RTMGDR');
    expect(withNote.sections.map((s) => s.anchor)).not.toContain('files-xp-end');
  });

  it('puts an element without a title (a list item) into the section it is in, keeping its id', () => {
    const caveats = doc.sections.find((s) => s.anchor === 'caveats')!;
    expect(caveats.text).toContain('Add or Remove Programs');
    expect(caveats.ids).toEqual(['caveat-kb842253']);
  });

  it('puts titled elements (file tables) just below the heading they follow, side by side', () => {
    expect(doc.sections.find((s) => s.anchor === 'files-xp64')!.path).toEqual(['Windows XP (all versions)', 'File Information']);
  });

  it('reads Japanese split by zero-width spaces, as Pagefind stores it', () => {
    const ja = pageDocFromFragment({
      url: '/ja/x/',
      content: '',
      raw_content: ['見出し', 'の', '前', '概要', '.', ' ', '本文', 'です', '。'].join('\u200b'),
      meta: { title: 'タイトル' },
      anchors: [{ element: 'h2', id: 'summary', text: '概要', location: 3 }],
    });
    expect(ja.sections.map((s) => [s.anchor, s.title, s.text])).toEqual([
      ['', 'タイトル', '見出しの前'],
      ['summary', '概要', '本文です。'],
    ]);
    expect(ja.words).toEqual(['見出し', '概要', '本文']);
  });
});
