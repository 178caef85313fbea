import { describe, expect, it } from 'vitest';
import { pageDocFromFragment } from './fragment.ts';
import { planQuery } from './plan.ts';
import { rankSections } from './rank.ts';
import { page, SYNONYMS } from '../../../test/support/search-fixtures.ts';

describe('rankSections', () => {
  const doc = pageDocFromFragment(page);
  const rank = (q: string) => rankSections([doc], planQuery(q, SYNONYMS));
  const anchors = (q: string) => rank(q).results.map((r) => r.anchor);

  it('puts the section whose title has the term first', () => {
    expect(anchors('restart').slice(0, 2)).toEqual(['xp-restart', 'ws2003-restart']);
  });

  it('uses the enclosing sections: "restart windows server 2003" opens the Server 2003 section', () => {
    expect(anchors('windows server 2003 restart')[0]).toBe('ws2003-restart');
    expect(anchors('xp restart')[0]).toBe('xp-restart');
  });

  it('finds the bulletin first for its identifiers, and the section named by one', () => {
    expect(anchors('KB840374')[0]).toBe('');
    expect(anchors('ms04-015')[0]).toBe('');
    expect(anchors('CAN-2004-0199').slice(0, 2)).toEqual(['', 'vulnerability-can-2004-0199']);
    expect(anchors('842253')[0]).toBe('caveats');
  });

  it('lets the bulletin identify itself and the words pick the section', () => {
    expect(anchors('KB840374 uninstall')[0]).toBe('xp-removal');
  });

  it('finds through synonyms, and says which it used', () => {
    const outcome = rank('how do I roll back');
    expect(outcome.results[0]!.anchor).toBe('xp-removal');
    expect(outcome.expanded).toEqual(['removal', 'spuninst']);
  });

  it('reports words found nowhere and ranks by the rest', () => {
    const outcome = rank('restart xyzzy');
    expect(outcome.missing).toEqual(['xyzzy']);
    expect(outcome.results[0]!.anchor).toBe('xp-restart');
    expect(rank('xyzzy').results).toEqual([]);
  });

  it('builds links with the anchor and the terms to highlight, titles and excerpts as text and marks', () => {
    const [best] = rank('reboot').results;
    expect(best!.url).toBe('/en/bulletins/ms04-015/?highlight=restart#xp-restart');
    expect(best!.title).toEqual([{ text: 'Restart', mark: true }, { text: ' Requirement', mark: false }]);
    expect(best!.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(['restart']);
    expect(best!.path).toEqual(['Windows XP (all versions)']);
    expect(best!.bulletin).toBe('MS04-015');
  });
});
