import { describe, expect, it } from 'vitest';
import { productMentions, ticketLines } from './mentions.ts';
import { spellingKey, type SpellingTable } from './source-names.ts';

const table: SpellingTable = {
  products: new Map(
    Object.entries({
      'Windows XP Service Pack 2': ['windows-xp-sp2'],
      'Windows XP Service Pack 3': ['windows-xp-sp3'],
      'Internet Explorer 6': ['internet-explorer-6'],
      'Internet Explorer 7': ['internet-explorer-7'],
    }).map(([name, ids]) => [spellingKey(name), ids]),
  ),
  notProducts: new Map(),
};
const row = (name: string, component?: string, downloads: string[] = []) => ({ name, downloads, ...(component ? { component } : {}) });

describe('productMentions', () => {
  const facts = [
    {
      id: 'MS08-010',
      affected: [row('Windows XP Service Pack 2', 'Internet Explorer 6 (KB944533)', ['https://example.com/ie6-xpsp2'])],
      notAffected: [row('Windows XP Service Pack 2', 'Internet Explorer 7'), row('Windows Vista')],
    },
    { id: 'MS07-001', affected: [], notAffected: [row('Windows XP Service Pack 2 および Windows XP Service Pack 3 (KB111111)')] },
  ];
  const mentions = productMentions(facts, table);

  it('gives each product each bulletin once, newest first, affected when any of its rows is', () => {
    expect(mentions.get('windows-xp-sp2')).toEqual([
      { bulletin: 'MS08-010', status: 'affected', kbs: ['944533'], downloads: ['https://example.com/ie6-xpsp2'], with: ['internet-explorer-6', 'internet-explorer-7'] },
      { bulletin: 'MS07-001', status: 'not-affected', kbs: ['111111'], downloads: [], with: [] },
    ]);
  });

  it('lists a component with the platforms it runs on', () => {
    expect(mentions.get('internet-explorer-6')).toEqual([
      { bulletin: 'MS08-010', status: 'affected', kbs: ['944533'], downloads: ['https://example.com/ie6-xpsp2'], with: ['windows-xp-sp2'] },
    ]);
    expect(mentions.get('internet-explorer-7')).toEqual([{ bulletin: 'MS08-010', status: 'not-affected', kbs: [], downloads: [], with: ['windows-xp-sp2'] }]);
  });

  it('names no product for a row no spelling maps', () => {
    expect([...mentions.keys()].sort()).toEqual(['internet-explorer-6', 'internet-explorer-7', 'windows-xp-sp2', 'windows-xp-sp3']);
  });
});

describe('ticketLines', () => {
  it('writes each bulletin with its KB numbers, or the bulletin’s own where its rows give none', () => {
    const kb = (id: string) => ({ 'MS08-010': '944533', 'MS07-001': undefined })[id];
    expect(ticketLines([{ bulletin: 'MS08-010', kbs: ['944533', '946627'] }, { bulletin: 'MS08-010', kbs: [] }, { bulletin: 'MS07-001', kbs: [] }], kb)).toEqual([
      'MS08-010 KB944533 KB946627',
      'MS08-010 KB944533',
      'MS07-001',
    ]);
  });
});
