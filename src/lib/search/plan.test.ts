import { describe, expect, it } from 'vitest';
import { planQuery, type SynonymEntry } from './plan.ts';
import { SYNONYMS, terms } from '../../../test/support/search-fixtures.ts';

const plan = (q: string, synonyms: SynonymEntry[] = []) => planQuery(q, synonyms).concepts;

describe('planQuery: identifiers', () => {
  it.each([
    ['KB840374', ['kb840374', '840374']],
    ['kb 840374', ['kb840374', '840374']],
    ['ＫＢ８４０３７４', ['kb840374', '840374']],
    ['840374', ['840374']],
    ['MS04-015', ['ms04-015']],
    ['ms04015', ['ms04-015']],
    ['ms04 015', ['ms04-015']],
    ['MS04–015', ['ms04-015']],
    ['CVE-2004-0199', ['cve-2004-0199', 'can-2004-0199']],
    ['can-2004-0199', ['can-2004-0199', 'cve-2004-0199']],
    ['helpctr.exe', ['helpctr.exe']],
    ['5.1.2600.1515', ['5.1.2600.1515']],
    ['/norestart', ['/norestart']],
    ['HKEY_CLASSES_ROOT\\HCP', ['hkey_classes_root\\hcp']],
  ])('%s is one identifier: %j', (query, expected) => {
    const concepts = plan(query);
    expect(concepts).toHaveLength(1);
    expect(concepts[0]!.kind).toBe('identifier');
    expect(terms(concepts[0]!)).toEqual(expected);
  });

  it('weighs identifiers above words', () => {
    const [id, word] = plan('helpctr.exe version');
    expect(id!.weight).toBeGreaterThan(word!.weight);
  });
});

describe('planQuery: words', () => {
  it('drops question words and stems English', () => {
    expect(plan('how do I check the update is installed').map(terms)).toEqual([['check'], ['update'], ['install']]);
  });

  it('looks for a Japanese run as written first, with its words as the fallback', () => {
    const [phrase] = plan('影響を受けない製品は');
    expect(phrase!.kind).toBe('phrase');
    expect(terms(phrase!)).toEqual(['影響を受けない製品は', '影響を受けない製品']);
    expect(phrase!.fallback!.map((c) => c.label)).toEqual(['影響', '受け', '製品']);
  });

  it('searches a query in hiragana alone as written', () => {
    expect(plan('さいきどう').map(terms)).toEqual([['さいきどう']]);
  });

  it('strips quotes: a quoted phrase is looked for whole, its words are the fallback', () => {
    expect(plan('"再起動"').map(terms)).toEqual([['再起動']]);
    const [phrase] = plan('"quiet mode"');
    expect(terms(phrase!)).toEqual(['quiet mode']);
    expect(phrase!.fallback!.map(terms)).toEqual([['quiet'], ['mode']]);
    expect(plan('「ヘルプとサポートセンター」').map(terms)[0]).toEqual(['ヘルプとサポートセンター']);
  });

  it('counts the same thing typed twice once', () => {
    expect(plan('restart restart')).toHaveLength(1);
  });

  it('caps a pasted paragraph', () => {
    expect(planQuery('x'.repeat(1000)).query).toHaveLength(256);
  });
});

describe('planQuery: synonyms', () => {
  it('adds the words the bulletins use, for less than what was typed', () => {
    const [c] = plan('does it need a reboot', SYNONYMS);
    expect(c!.alternatives).toEqual([
      { term: 'reboot', weight: 1 },
      { term: 'restart', weight: 0.9 },
    ]);
  });

  it('matches the longest phrase first and any ending of an English word', () => {
    expect(plan('silent install switch', SYNONYMS).map(terms)).toEqual([['silent install', '/quiet', 'quiet mode'], ['switch']]);
    expect(plan('uninstalling', SYNONYMS).map(terms)).toEqual([['uninstall', 'removal', 'spuninst']]);
    expect(plan('how to roll back', SYNONYMS).map(terms)).toEqual([['roll back', 'removal', 'spuninst']]);
  });

  it('treats words of one entry in one query as one thing', () => {
    const concepts = plan('アンインストール後に削除できない', SYNONYMS);
    expect(concepts.filter((c) => c.kind === 'synonym').map(terms)).toEqual([['アンインストール', '削除']]);
  });
});
