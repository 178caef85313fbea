import { describe, expect, it } from 'vitest';
import {
  excerptSegments,
  japanesePieces,
  pageDocFromFragment,
  pagefindQueries,
  planQuery,
  rankSections,
  resultUrl,
  rewriteConcepts,
  splitLongest,
  stem,
  type Concept,
  type FragmentLike,
  type SynonymEntry,
} from './query.ts';

const terms = (c: Concept) => c.alternatives.map((a) => a.term);
const plan = (q: string, synonyms: SynonymEntry[] = []) => planQuery(q, synonyms).concepts;

const SYNONYMS: SynonymEntry[] = [
  { caller: ['reboot', 'restart'], bulletin: ['restart'] },
  { caller: ['uninstall', 'roll back', 'remove'], bulletin: ['removal', 'Spuninst'] },
  { caller: ['silent install', 'silent'], bulletin: ['/quiet', 'quiet mode'] },
  { caller: ['アンインストール', '削除'], bulletin: ['削除'] },
];

describe('planQuery: identifiers', () => {
  it.each([
    ['KB840374', ['kb840374', '840374']],
    ['kb 840374', ['kb840374', '840374']],
    ['ＫＢ８４０３７４', ['kb840374', '840374']],
    ['840374', ['840374']],
    ['MS04-015', ['ms04-015']],
    ['ms04015', ['ms04-015']],
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
    expect(stem('restarting')).toBe('restart');
    expect(stem('removed')).toBe('remov');
    expect(stem('uses')).toBe('uses');
  });

  it('keeps Japanese content words and drops particles and endings', () => {
    expect(japanesePieces('再起動は必要ですか')).toEqual(['再起動', '必要']);
    expect(japanesePieces('アンインストール方法')).toEqual(['アンインストール']);
    // A lone kanji keeps its first kana, so it can be found; a lone kanji without one is dropped.
    expect(japanesePieces('影響を受けますか')).toEqual(['影響', '受け']);
    expect(japanesePieces('危険性')).toEqual(['危険性']);
    expect(japanesePieces('後')).toEqual([]);
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

describe('pagefindQueries', () => {
  it('asks for every way of writing every concept, once each', () => {
    const p = planQuery('KB840374 reboot "quiet mode"', SYNONYMS);
    expect(pagefindQueries(p)).toEqual(['quiet mode', 'quiet', 'mode', 'kb840374', '840374', 'reboot', 'restart']);
    expect(pagefindQueries(planQuery('/?'))).toEqual([]);
  });
});

describe('rewriting what finds nothing', () => {
  const corpus = 'ヘルプとサポートセンターの脆弱性の回避策 quiet mode /quiet restart コマンド ライン';
  const isKnown = (term: string) => corpus.replace(/ (?=[^\x00-\x7f])/g, '').includes(term);

  it('replaces a phrase found nowhere by its words, and reports what is missing', () => {
    const { concepts, missing } = rewriteConcepts(plan('"silent restart"'), { isKnown });
    expect(concepts.map(terms)).toEqual([['restart']]);
    expect(missing).toEqual(['silent']);
  });

  it('splits a long Japanese run found nowhere into the longest parts that are found', () => {
    expect(splitLongest('脆弱性回避策', isKnown)).toEqual(['脆弱性', '回避策']);
    const { concepts } = rewriteConcepts(plan('脆弱性回避策'), { isKnown });
    expect(concepts.map(terms)).toEqual([['脆弱性'], ['回避策']]);
  });

  it("lets a long compound count, for less, where only the index's words of it are", () => {
    const words = new Set(['コマンド', 'ライン']);
    expect(splitLongest('コマンドライン', (w) => words.has(w))).toEqual(['コマンド', 'ライン']);
    const { concepts } = rewriteConcepts(plan('コマンドライン'), { isKnown, isWord: (w) => words.has(w) });
    expect(concepts[0]!.alternatives).toEqual([
      { term: 'コマンドライン', weight: 1 },
      { term: 'コマンド', weight: 0.5 },
      { term: 'ライン', weight: 0.5 },
    ]);
  });
});

/** A page as Pagefind's fragment has it: words joined by spaces, anchors at word positions. */
function fragment(parts: Array<{ element?: string; id?: string; title?: string; heading?: string; text: string }>, meta = { title: 'Vulnerability in Help and Support Center (840374)', bulletin: 'MS04-015' }): FragmentLike {
  const words: string[] = [];
  const anchors: FragmentLike['anchors'][number][] = [];
  for (const part of parts) {
    if (part.id) anchors.push({ element: part.element ?? 'h2', id: part.id, location: words.length, ...(part.heading ? { text: part.heading } : {}), ...(part.title ? { title: part.title } : {}) });
    const text = part.heading ? `${part.heading}. ${part.text}` : part.text;
    words.push(...text.split(/\s+/).filter(Boolean));
  }
  return { url: '/en/bulletins/ms04-015/', content: words.join(' '), meta, anchors };
}

const page = fragment([
  { text: 'MS04-015 Microsoft Security Bulletin MS04-015. Knowledge Base KB840374. CVE CVE-2004-0199 (CAN-2004-0199).' },
  { id: 'summary', heading: 'Summary', text: 'Customers should install this update at the earliest opportunity.' },
  { id: 'caveats', element: 'h3', heading: 'Caveats', text: 'Known issues:' },
  { id: 'caveat-kb842253', element: 'li', text: 'After you uninstall the update, Add or Remove Programs may stop working.' },
  { id: 'vulnerability-can-2004-0199', heading: 'Help and Support Center Vulnerability', text: 'A remote code execution vulnerability exists.' },
  { id: 'update-windows-xp', heading: 'Windows XP (all versions)', text: '' },
  { id: 'xp-restart', element: 'h3', heading: 'Restart Requirement', text: 'This update may not require a restart.' },
  { id: 'xp-removal', element: 'h3', heading: 'Removal Information', text: 'Use Spuninst.exe to remove this update.' },
  { id: 'xp-file-information', element: 'h3', heading: 'File Information', text: 'The files are listed below.' },
  { id: 'files-xp', element: 'div', title: 'Windows XP Home Edition', text: 'Windows XP Home Edition. Date Time Version helpctr.exe 5.1.2600.1515' },
  { id: 'files-xp64', element: 'div', title: 'Windows XP 64-Bit Edition', text: 'Windows XP 64-Bit Edition. Date Time Version helpctr.exe 5.1.2600.1515' },
  { id: 'update-windows-server-2003', heading: 'Windows Server 2003 (all versions)', text: '' },
  { id: 'ws2003-restart', element: 'h3', heading: 'Restart Requirement', text: 'In some cases, this update does not require a restart.' },
]);

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
    });
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

describe('resultUrl', () => {
  it('encodes the terms and keeps the anchor last', () => {
    expect(resultUrl('/ja/bulletins/ms04-015/', 'xp-restart', ['再起動', 'a&b'])).toBe(
      '/ja/bulletins/ms04-015/?highlight=%E5%86%8D%E8%B5%B7%E5%8B%95&highlight=a%26b#xp-restart',
    );
    expect(resultUrl('/en/bulletins/ms04-015/', '', [])).toBe('/en/bulletins/ms04-015/');
  });
});
