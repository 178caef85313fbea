import { describe, expect, it } from 'vitest';
import { parseCheckQuery, readKbList, serialiseCheckQuery } from './query.ts';

describe('readKbList', () => {
  it('reads KB numbers with or without the prefix, Q numbers, and any separator', () => {
    expect(readKbList('KB958644, 958644\nQ147222;KB2533552 、 kb3185330')).toEqual({ kbs: ['958644', '147222', '2533552', '3185330'], unread: [] });
    expect(readKbList('KB958644 hello')).toEqual({ kbs: ['958644'], unread: ['hello'] });
  });
});

describe('the check query', () => {
  it('reads the products and the KB numbers', () => {
    expect(parseCheckQuery(new URLSearchParams('os=windows-xp-sp2&ie=internet-explorer-7&kb=958644,KB2533552&kb=Q147222'))).toEqual({
      os: 'windows-xp-sp2',
      ie: 'internet-explorer-7',
      kbs: ['958644', '2533552', '147222'],
      unreadKbs: [],
    });
    expect(parseCheckQuery(new URLSearchParams('os=&kb=abc'))).toEqual({ kbs: [], unreadKbs: ['abc'] });
  });

  it('writes the state in a fixed order, with commas between KB numbers, and reads it back', () => {
    const query = { office: 'office-2003-sp3', os: 'windows-xp-sp3', kbs: ['958644', '2533552'] };
    const text = serialiseCheckQuery(query);
    expect(text).toBe('?os=windows-xp-sp3&office=office-2003-sp3&kb=958644,2533552');
    expect(parseCheckQuery(new URLSearchParams(text))).toEqual({ ...query, unreadKbs: [] });
    expect(serialiseCheckQuery({ kbs: [] })).toBe('');
  });
});
