import { describe, expect, it } from 'vitest';
import { documentTitle, fill, notesMessage, statusMessage, type SearchStrings } from './messages.ts';

const strings: SearchStrings = {
  searching: 'Searching…',
  countOne: '1 result for “{query}”',
  countMany: '{count} results for “{query}”',
  none: 'No results for “{query}”.',
  noneHint: 'Try KB840374.',
  also: 'Also searched for: {terms}',
  missing: 'Found nowhere: {terms}',
  error: 'Search could not be loaded.',
  documentTitle: '“{query}”: search',
};

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones as written', () => {
    expect(fill('{count} for {query} {other}', { count: 2, query: 'x' })).toBe('2 for x {other}');
  });
});

describe('statusMessage', () => {
  it('says how many results there are, one and many', () => {
    expect(statusMessage(strings, 1, 'restart')).toBe('1 result for “restart”');
    expect(statusMessage(strings, 3, 'restart')).toBe('3 results for “restart”');
  });

  it('says there are none, and what to try', () => {
    expect(statusMessage(strings, 0, 'xyzzy')).toBe('No results for “xyzzy”. Try KB840374.');
  });
});

describe('notesMessage', () => {
  it('names the other words searched and the words no page has', () => {
    const note = notesMessage(strings, { expanded: ['removal', 'spuninst'], missing: ['xyzzy'] });
    expect(note).toBe('Also searched for: removal, spuninst Found nowhere: xyzzy');
    expect(notesMessage(strings, { expanded: [], missing: [] })).toBe('');
  });
});

describe('documentTitle', () => {
  it('puts the search first, and is the page title without one', () => {
    expect(documentTitle(strings, 'restart', 'Search - KB')).toBe('“restart”: search - Search - KB');
    expect(documentTitle(strings, '', 'Search - KB')).toBe('Search - KB');
  });
});
