/**
 * The search's query logic, pure: what the caller said → concepts to look for (normalised, with
 * identifiers recognised and synonyms added), the strings to ask Pagefind, and the ranking of the
 * bulletins' sections, each a contract anchor, with excerpts as text and mark runs.
 *
 * Why rank sections here rather than take Pagefind's order: Pagefind ranks pages, and lists a page's
 * sub-results in page order. And for Japanese its index (Lindera) and its query (Intl.Segmenter) split
 * words differently (Pagefind issue 1237), so the ranking matches folded text instead: a term is
 * found wherever its characters are, however either side segments it.
 */
import { BULLETIN_ID_PATTERN } from '../identifiers/bulletin-id.ts';
import type { Segment } from './safe.ts';
import { findTerm, findTerms, fold, foldText, isCjk, type Folded } from './text.ts';

/** Words callers use (`caller`) and the words the bulletins use for the same thing (`bulletin`). */
export interface SynonymEntry {
  caller: readonly string[];
  bulletin: readonly string[];
}

/** One thing to look for, and how it may be written. */
export interface Alternative {
  /** Folded (see fold): lower case, NFKC. */
  term: string;
  /** 1 for what was typed; less for a synonym or alias. */
  weight: number;
}

export interface Concept {
  /** What the caller typed for it (folded). */
  label: string;
  kind: 'identifier' | 'word' | 'cjk' | 'phrase' | 'synonym';
  /** How much it counts: identifiers most. */
  weight: number;
  alternatives: Alternative[];
  /** For a phrase: what to look for instead when the phrase itself is found nowhere. */
  fallback?: Concept[];
}

export interface QueryPlan {
  /** The query as typed, trimmed. */
  query: string;
  concepts: Concept[];
}

const IDENTIFIER_WEIGHT = 3;
const SYNONYM_WEIGHT = 0.9;
const ALIAS_WEIGHT = 0.95;
const SPLIT_WEIGHT = 0.8;
const PART_WEIGHT = 0.5;

// Words that carry no meaning in a question (English, also in Japanese queries that mix in English).
const STOPWORDS = new Set(
  (
    'a an the is are was were be been being am do does did doing done i im me my we our you your it its they them their ' +
    'he she to of in on at for with by from as and or but if then so than how what which who whom whose when where ' +
    'can could should would will shall may might must this that these those there here about any some all not no yes ' +
    'please tell know get got want wants like one way also just only still have has had having there whether after before ' +
    "doesn't don't isn't aren't can't won't didn't wasn't there's what's it's i'm"
  ).split(' '),
);

// Kanji and katakana words that only frame a Japanese question (方法 = how to, 何 = what).
const JA_STOPWORDS = new Set(['方法', '手順', '仕方', '教え', '知り', '場合', '可能', '本当', '大丈夫']);

const QUOTES = /["“”„「」『』]/g;

/** Identifiers, most specific first; each yields its alternatives. */
const IDENTIFIERS: Array<{ pattern: RegExp; alternatives: (m: RegExpExecArray) => Alternative[] }> = [
  {
    // KB840374, kb 840374
    pattern: /(?<![a-z0-9])kb\s?-?(\d{5,7})(?![0-9])/g,
    alternatives: (m) => [
      { term: `kb${m[1]}`, weight: 1 },
      { term: m[1]!, weight: ALIAS_WEIGHT },
    ],
  },
  {
    // CVE-2004-0199 and CAN-2004-0199 are one vulnerability: the source writes CAN, readers CVE.
    pattern: /(?<![a-z0-9])(cve|can)\s?-?(\d{4})-(\d{4,7})(?![0-9])/g,
    alternatives: (m) => [
      { term: `${m[1]}-${m[2]}-${m[3]}`, weight: 1 },
      { term: `${m[1] === 'cve' ? 'can' : 'cve'}-${m[2]}-${m[3]}`, weight: ALIAS_WEIGHT },
    ],
  },
  {
    // MS04-015, ms04015, ms04 015: the site's one bulletin-id pattern
    pattern: new RegExp(String.raw`(?<![a-z0-9])${BULLETIN_ID_PATTERN}(?![0-9])`, 'gi'),
    alternatives: (m) => [{ term: `ms${m[1]}-${m[2]}`, weight: 1 }],
  },
  { pattern: /(?<![a-z0-9_])hkey_[a-z_]+(?:\\[^\s\\]+)*\\?/g, alternatives: (m) => [{ term: m[0], weight: 1 }] },
  { pattern: /%[a-z]+%\\[^\s]*/g, alternatives: (m) => [{ term: m[0], weight: 1 }] },
  // helpctr.exe, hsc.system.errors.connection.htm.cab
  { pattern: /(?<![a-z0-9_.$-])[a-z0-9_$-]+(?:\.[a-z0-9_$-]+)*\.(?:exe|dll|cab|htm|html|msi|msu|inf|sys|cat|ocx)(?![a-z0-9])/g, alternatives: (m) => [{ term: m[0], weight: 1 }] },
  // File versions: 5.1.2600.1515
  { pattern: /(?<![0-9.])\d+(?:\.\d+){2,}(?![0-9])/g, alternatives: (m) => [{ term: m[0], weight: 1 }] },
  // Installer switches: /norestart, /?
  { pattern: /(?<![^\s])\/[a-z?]+(?![^\s])/g, alternatives: (m) => [{ term: m[0], weight: 1 }] },
  // A bare KB number
  { pattern: /(?<![0-9])\d{6}(?![0-9])/g, alternatives: (m) => [{ term: m[0], weight: 1 }] },
];

/** Light English stemming: the rest of the word is matched as a prefix, so `remov` finds removal. */
export function stem(word: string): string {
  for (const suffix of ['ing', 'es', 'ed', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

type Script = 'kanji' | 'katakana' | 'hiragana' | 'other';
function scriptOf(ch: string): Script {
  if (/[\u3041-\u309f]/.test(ch)) return 'hiragana';
  if (/[\u30a0-\u30ff]/.test(ch)) return 'katakana';
  if (/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]/.test(ch)) return 'kanji';
  return 'other';
}

/** Splits a run of Japanese into its content words: kanji and katakana runs; particles and endings go. */
export function japanesePieces(run: string): string[] {
  const parts: Array<{ text: string; script: Script }> = [];
  for (const ch of run) {
    const script = scriptOf(ch);
    const last = parts[parts.length - 1];
    if (last && last.script === script) last.text += ch;
    else parts.push({ text: ch, script });
  }
  const pieces: string[] = [];
  parts.forEach((part, i) => {
    if (part.script !== 'kanji' && part.script !== 'katakana') return;
    const next = parts[i + 1];
    // A lone kanji keeps its first kana: 受けますか → 受け, which is findable; 受 alone is everywhere.
    const text = part.script === 'kanji' && part.text.length === 1 && next?.script === 'hiragana' ? part.text + next.text[0] : part.text;
    // A lone kanji (性 left over from 危険性) is in too many words to tell anything.
    if (text.length > 1 && !JA_STOPWORDS.has(text)) pieces.push(text);
  });
  return pieces;
}

const concept = (label: string, kind: Concept['kind'], alternatives: Alternative[], weight = 1): Concept => ({
  label,
  kind,
  weight,
  alternatives,
});

/** Concepts for plain text (no identifiers or synonyms left in it): words and Japanese runs. */
function plainConcepts(text: string, hiraganaOnly = false): Concept[] {
  const concepts: Concept[] = [];
  // A query in hiragana alone is looked for as written; elsewhere hiragana is particles and endings.
  if (hiraganaOnly) return text.trim().split(/\s+/).filter((run) => run.length >= 2).map((run) => concept(run, 'cjk', [{ term: run, weight: 1 }]));
  for (const m of text.matchAll(/[a-z0-9]+(?:[.'’][a-z0-9]+)*|[\u3005-\u3006\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g)) {
    const token = m[0];
    if (isCjk(token[0])) {
      const pieces = japanesePieces(token);
      const parts = pieces.map((p) => concept(p, 'cjk', [{ term: p, weight: 1 }]));
      // Prefer the run as written (ファイル情報, ヘルプとサポートセンター) where the bulletins have it: as
      // typed first (影響を受けない keeps its negation), then without the particles around it.
      const whole = token.replace(/^[\u3041-\u309f]+/, '');
      const core = whole.replace(/[\u3041-\u309f]+$/, '');
      const alternatives = [...new Set([whole, core])].filter((t) => t.length > 1).map((term, i) => ({ term, weight: i === 0 ? 1 : ALIAS_WEIGHT }));
      if (parts.length > 1 && alternatives.length > 0) concepts.push({ ...concept(core || whole, 'phrase', alternatives), fallback: parts });
      else concepts.push(...parts);
    } else {
      const word = token.replace(/’/g, "'");
      if (STOPWORDS.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
      concepts.push(concept(word, 'word', [{ term: /^[a-z]+$/.test(word) ? stem(word) : word, weight: 1 }]));
    }
  }
  return concepts;
}

/** Blanks out [start, end) so later passes do not see it again. */
const blank = (text: string, start: number, end: number) => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

/**
 * What to look for: identifiers (with their aliases), synonym phrases (with the bulletins' words),
 * quoted phrases (with their words as the fallback), then the remaining words.
 */
export function planQuery(raw: string, synonyms: readonly SynonymEntry[] = []): QueryPlan {
  // A pasted paragraph is not a query: its first few hundred characters are plenty.
  const query = raw.trim().slice(0, 256);
  const concepts: Concept[] = [];
  let text = foldText(query);

  // Quoted phrases: look for them as written; their words are the fallback.
  text = text.replace(/["“”„]([^"“”„]+)["“”„]|[「『]([^」』]+)[」』]/g, (_whole, a: string | undefined, b: string | undefined) => {
    const inner = (a ?? b ?? '').trim();
    const fallback = plainConcepts(inner);
    if (inner !== '' && (fallback.length > 1 || fallback[0]?.kind === 'phrase')) {
      concepts.push({ ...concept(inner, 'phrase', [{ term: inner, weight: 1 }]), fallback: fallback.flatMap((c) => c.fallback ?? [c]) });
      return ' ';
    }
    return ` ${inner} `;
  });
  text = text.replace(QUOTES, ' ');

  for (const { pattern, alternatives } of IDENTIFIERS) {
    for (const m of [...text.matchAll(pattern)]) {
      concepts.push(concept(m[0], 'identifier', alternatives(m), IDENTIFIER_WEIGHT));
      text = blank(text, m.index, m.index + m[0].length);
    }
  }

  // Longest caller phrase first, so "silent install" wins over "install".
  const callerPhrases = synonyms
    .flatMap((entry) => entry.caller.map((phrase) => ({ phrase: foldText(phrase), entry })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  // Words of one entry are one thing: アンインストール … 削除 in one query is looked for once.
  const byEntry = new Map<SynonymEntry, Concept>();
  for (const { phrase, entry } of callerPhrases) {
    for (const [start, end] of findTerm(text, phrase)) {
      const typed = text.slice(start, end).trim();
      // exploited → exploit: any form of the typed word, like a plain word.
      const said = /^[a-z]+$/.test(typed) ? stem(typed) : typed;
      const existing = byEntry.get(entry);
      const alternatives = [
        ...(existing?.alternatives ?? []),
        { term: said, weight: 1 },
        ...entry.bulletin.map((b) => ({ term: foldText(b), weight: SYNONYM_WEIGHT })),
      ]
        .sort((a, b) => b.weight - a.weight)
        .filter((alt, i, all) => all.findIndex((o) => o.term === alt.term) === i);
      if (existing) existing.alternatives = alternatives;
      else {
        const c = concept(said, 'synonym', alternatives);
        byEntry.set(entry, c);
        concepts.push(c);
      }
      text = blank(text, start, end);
    }
  }

  concepts.push(...plainConcepts(text, /^[\u3041-\u309f\s]+$/.test(foldText(query))));
  // The same thing typed twice counts once.
  const seen = new Set<string>();
  return {
    query,
    concepts: concepts.filter((c) => {
      const key = c.alternatives.map((a) => a.term).join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

/** The strings to ask Pagefind, one search each, so that a page matching any of them is a candidate. */
export function pagefindQueries(plan: QueryPlan, limit = 12): string[] {
  const terms = plan.concepts.flatMap((c) => [...c.alternatives, ...(c.fallback ?? []).flatMap((f) => f.alternatives)].map((a) => a.term));
  return [...new Set(terms.filter((t) => /[\p{L}\p{N}]/u.test(t)))].slice(0, limit);
}

/* ---------------------------------------------------------------------------------------------- */
/* The bulletins' sections                                                                          */

/** The parts of a Pagefind result fragment that the ranking reads. */
export interface FragmentLike {
  url: string;
  content: string;
  /** The content with Pagefind's word separators (zero-width spaces for Japanese), `<` `>` escaped. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  anchors: ReadonlyArray<{ element: string; id: string; text?: string; title?: string; location: number }>;
}

/** A part of a page that a result can open at: a heading with an id, or a titled element (a file table). */
export interface Section {
  /** The contract anchor; '' for the top of the page (its header). */
  anchor: string;
  title: string;
  /** The titles of the sections it is inside, outermost first. */
  path: string[];
  /** The text under the title, up to the next anchor. */
  text: string;
  /** The ids inside it that have no title of their own (caveat-kb842253): identifiers are found in them. */
  ids?: string[];
}

export interface PageDoc {
  url: string;
  /** The page's title (the bulletin's title). */
  title: string;
  /** The bulletin's id (MS04-015), from data-pagefind-meta. */
  bulletin?: string;
  sections: Section[];
  /** The Japanese words of the page as the index split them (folded), where it did. */
  words?: string[];
}

/** A page's sections, from Pagefind's fragment: its text split at the anchors' word positions. */
export function pageDocFromFragment(fragment: FragmentLike): PageDoc {
  const raw = (fragment.raw_content ?? fragment.content).replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const zws = raw.includes('\u200b');
  // Pagefind counts word positions over exactly this split.
  const words = zws ? raw.split('\u200b') : raw.split(/[^\S\uFEFF]+/g);
  const join = (from: number, to?: number) => words.slice(from, to).join(zws ? '' : ' ').trim();
  const title = (fragment.meta['title'] ?? '').trim();
  const bulletin = fragment.meta['bulletin']?.trim() || undefined;

  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  const first = anchors[0]?.location ?? words.length;
  const sections: Section[] = [{ anchor: '', title, path: [], text: join(0, first) }];
  const open: Array<{ level: number; title: string }> = [];
  let headingLevel = 1;
  anchors.forEach((anchor, i) => {
    const heading = /^h([1-6])$/i.exec(anchor.element);
    const name = (anchor.title ?? (heading ? anchor.text : undefined) ?? '').trim();
    const text = join(anchor.location, anchors[i + 1]?.location);
    if (name === '') {
      // An id without a title (a list item): its text belongs to the section it is in.
      const current = sections[sections.length - 1]!;
      current.text = `${current.text} ${text}`.trim();
      current.ids = [...(current.ids ?? []), anchor.id];
      return;
    }
    // A titled element (a file table) sits just below the heading it follows.
    const level = heading ? Number(heading[1]) : headingLevel + 1;
    if (heading) headingLevel = level;
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
    // The text starts with the title as Pagefind read it (a heading's text, a table's caption).
    const body = text.startsWith(name) ? text.slice(name.length).replace(/^[.\s]+/, '') : text;
    sections.push({ anchor: anchor.id, title: name, path: open.map((o) => o.title), text: body });
    open.push({ level, title: name });
  });
  // Words with kanji or katakana only: hiragana tokens are particles and verb endings.
  const vocabulary = zws ? [...new Set(words.map((w) => foldText(w)).filter((w) => w.length >= 2 && /[\u30a0-\u30ff\u3400-\u9fff]/.test(w)))] : [];
  return { url: fragment.url, title, ...(bulletin ? { bulletin } : {}), sections, ...(vocabulary.length > 0 ? { words: vocabulary } : {}) };
}

/* ---------------------------------------------------------------------------------------------- */
/* Ranking                                                                                          */

export interface RankedResult {
  /** The page's URL with `?highlight=` terms and the section's #anchor. */
  url: string;
  pageUrl: string;
  anchor: string;
  /** The bulletin (its id, else the page title). */
  bulletin: string;
  /** Where the section is: the titles of the sections it is inside. */
  path: string[];
  title: Segment[];
  excerpt: Segment[];
  /** The folded terms found in the section, for highlighting on the page it opens. */
  terms: string[];
  score: number;
}

export interface RankOutcome {
  results: RankedResult[];
  /** The concepts the ranking used, after rewriting phrases and long runs that were found nowhere. */
  concepts: Concept[];
  /** What the caller typed that no page has, in any form. */
  missing: string[];
  /** Synonyms and aliases searched besides what was typed. */
  expanded: string[];
}

interface Prepared {
  doc: PageDoc;
  section: Section;
  index: number;
  title: Folded;
  text: Folded;
  /** The page's title and the enclosing titles: terms found here apply to the whole section. */
  context: string;
  /** The page's header (bulletin id, KB number, CVE): identifiers found here apply to every section. */
  header: string;
  anchorText: string;
}


/**
 * Splits a run into its longest parts that `isKnown` accepts, left to right; characters no part covers
 * are skipped. With the bulletin's text: 脆弱性回避策 → 脆弱性, 回避策; with the index's words:
 * コマンドライン → コマンド, ライン.
 */
export function splitLongest(run: string, isKnown: (piece: string) => boolean): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < run.length) {
    let end = run.length;
    while (end > i + 1 && !isKnown(run.slice(i, end))) end--;
    if (end > i + 1) {
      pieces.push(run.slice(i, end));
      i = end;
    } else {
      i++;
    }
  }
  return pieces;
}

export interface Vocabulary {
  /** Whether any page has the term (as findTerm finds it). */
  isKnown: (term: string) => boolean;
  /** Whether the index has the piece as one word (Japanese only). */
  isWord?: (piece: string) => boolean;
}

/**
 * Rewrites what finds nothing: a phrase becomes its words, a long Japanese run the longest parts the
 * pages have. Concepts still found nowhere are dropped (and reported as missing). A long Japanese
 * compound that is found also counts, for less, where only its words are (コマンドライン → コマンド).
 */
export function rewriteConcepts(concepts: readonly Concept[], vocabulary: Vocabulary): { concepts: Concept[]; missing: string[] } {
  const { isKnown, isWord } = vocabulary;
  const kept: Concept[] = [];
  const missing: string[] = [];
  const visit = (c: Concept) => {
    const alternatives = c.alternatives.filter((a) => isKnown(a.term));
    if (alternatives.length > 0) {
      if (isWord && (c.kind === 'cjk' || c.kind === 'phrase') && isCjk(c.label[0]) && c.label.length >= 4) {
        const parts = splitLongest(c.label, isWord).filter((p) => p !== c.label && !JA_STOPWORDS.has(p) && isKnown(p));
        if (parts.length > 1) alternatives.push(...parts.map((term) => ({ term, weight: PART_WEIGHT })));
      }
      kept.push({ ...c, alternatives });
    } else if (c.fallback && c.fallback.length > 0) {
      c.fallback.forEach(visit);
    } else if (c.kind === 'cjk' && c.label.length >= 3) {
      const pieces = splitLongest(c.label, isKnown).filter((p) => !JA_STOPWORDS.has(p));
      if (pieces.length > 0) pieces.forEach((p) => kept.push(concept(p, 'cjk', [{ term: p, weight: 1 }], c.weight * SPLIT_WEIGHT)));
      else missing.push(c.label);
    } else {
      missing.push(c.label);
    }
  };
  concepts.forEach(visit);
  return { concepts: kept, missing };
}

// Repeats count, but little: a rare word in the title outweighs a common one said many times.
// Folding a page's text is most of the work of ranking; a page is folded once, not per keystroke.
const preparedPages = new WeakMap<PageDoc, Prepared[]>();
function prepare(doc: PageDoc): Prepared[] {
  let prepared = preparedPages.get(doc);
  if (!prepared) {
    const header = foldText(doc.sections[0]?.text ?? '');
    prepared = doc.sections.map((section, index) => ({
      doc,
      section,
      index,
      // The top of a page stands for the bulletin: its id and title are the top's title.
      title: fold(index === 0 ? `${doc.bulletin ?? ''} ${doc.title}` : section.title),
      text: fold(section.text),
      context: foldText([doc.bulletin ?? '', doc.title, ...section.path].join(' \n ')),
      header,
      anchorText: [section.anchor, ...(section.ids ?? [])].join(' ').replace(/-/g, ' '),
    }));
    preparedPages.set(doc, prepared);
  }
  return prepared;
}

const saturate = (n: number) => (n === 0 ? 0 : (n * 1.5) / (n + 0.5));
const TITLE_BOOST = 2.5;
const CONTEXT_BOOST = 0.5;

/** Builds the URL a result opens: the page, the terms to highlight there, the section's anchor. */
export function resultUrl(pageUrl: string, anchor: string, terms: readonly string[]): string {
  const url = new URL(pageUrl, 'https://x.invalid');
  for (const term of terms) url.searchParams.append('highlight', term);
  if (anchor !== '') url.hash = anchor;
  return url.href.slice('https://x.invalid'.length);
}

/** Cuts an excerpt of about `length` characters around the densest matches, as text and mark runs. */
export function excerptSegments(text: string, ranges: ReadonlyArray<[number, number]>, length: number): Segment[] {
  let start = 0;
  if (text.length > length && ranges.length > 0) {
    // The window holding the most matches; it starts a little before its first match.
    let best = 0;
    let bestCount = 0;
    ranges.forEach(([s], i) => {
      const count = ranges.filter(([t]) => t >= s && t < s + length * 0.8).length;
      if (count > bestCount) [best, bestCount] = [i, count];
    });
    start = Math.max(0, Math.min(ranges[best]![0] - Math.floor(length * 0.2), text.length - length));
    // Start at a word or sentence boundary when one is near.
    const boundary = text.slice(Math.max(0, start - 12), start + 1).search(/[\s。、．，.,][^\s。、．，.,]*$/);
    if (start > 0 && boundary !== -1) start = Math.max(0, start - 12) + boundary + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length * 0.7) end = space;
  }
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s !== '') segments.push({ text: s, mark });
  };
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    push(text.slice(at, Math.max(at, s)), false);
    push(text.slice(Math.max(at, s), Math.min(e, end)), true);
    at = Math.min(e, end);
  }
  push(text.slice(at, end), false);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/** Title as segments with the found terms marked. */
function markedTitle(title: string, folded: Folded, terms: readonly string[]): Segment[] {
  const ranges = findTerms(folded, terms);
  return ranges.length === 0 ? [{ text: title, mark: false }] : excerptSegments(title, ranges, Math.max(title.length, 1));
}

export interface RankOptions {
  /** Results to return at most. */
  limit?: number;
  /** Drop results scoring below this share of the best. */
  cutoff?: number;
  /** Characters of excerpt. */
  excerptLength?: number;
}

/**
 * Ranks every section of the pages for the plan. A section scores per concept by its best way of
 * writing it (rarer terms count more; a term in the title counts most; in an enclosing title or the
 * page's header a little), and the sum is scaled by the square of the share of concepts it has, so
 * the section that answers the whole question comes first.
 */
export function rankSections(docs: readonly PageDoc[], plan: QueryPlan, options: RankOptions = {}): RankOutcome {
  const { limit = 20, cutoff = 0.12, excerptLength = 160 } = options;
  const prepared = docs.flatMap(prepare);

  // Everything a term can be found in, once: splitting a long run asks about many pieces.
  const corpus = prepared.map((p) => `${p.title.text}\n${p.text.text}\n${p.context}\n${p.header}\n${p.anchorText}`).join('\n');
  const known = new Map<string, boolean>();
  const isKnown = (term: string) => {
    if (!known.has(term)) known.set(term, findTerm(corpus, term).length > 0);
    return known.get(term)!;
  };
  const words = new Set(docs.flatMap((d) => d.words ?? []));
  const { concepts, missing } = rewriteConcepts(plan.concepts, { isKnown, ...(words.size > 0 ? { isWord: (w: string) => words.has(w) } : {}) });
  const empty = { results: [], concepts, missing, expanded: [] };
  if (concepts.length === 0 || prepared.length === 0) return empty;

  // Where each way of writing each concept occurs, section by section.
  const hits = prepared.map((p) =>
    concepts.map((c) =>
      c.alternatives.map((alt) => ({
        // An identifier names the section whose id has it (vulnerability-can-2004-0199), and the
        // bulletin whose header has it (KB number, CVE).
        title:
          findTerm(p.title.text, alt.term).length > 0 ||
          (c.kind === 'identifier' &&
            (findTerm(p.anchorText, alt.term.replace(/-/g, ' ')).length > 0 || (p.index === 0 && findTerm(p.header, alt.term).length > 0))),
        text: findTerm(p.text.text, alt.term).length,
        context: findTerm(p.context, alt.term).length > 0 || (c.kind === 'identifier' && findTerm(p.header, alt.term).length > 0),
      })),
    ),
  );
  // A section has a term in its title, text or context: a word of the page's title is in every
  // section of the page, and tells them apart no better than a word in every paragraph.
  const n = prepared.length;
  const idf = concepts.map((c, ci) =>
    c.alternatives.map((_, ai) => {
      const df = hits.filter((h) => h[ci]![ai]!.title || h[ci]![ai]!.text > 0 || h[ci]![ai]!.context).length;
      return Math.log(1 + n / Math.max(df, 1));
    }),
  );
  // A concept's share of the question grows with its rarity: a section without the rare word misses more.
  const importance = concepts.map((c, ci) => c.weight * Math.max(...idf[ci]!) ** 2);
  const total = importance.reduce((sum, x) => sum + x, 0);

  const scored = prepared.map((p, pi) => {
    let sum = 0;
    let covered = 0;
    const terms: Array<{ term: string; weight: number }> = [];
    concepts.forEach((c, ci) => {
      let best = 0;
      c.alternatives.forEach((alt, ai) => {
        const hit = hits[pi]![ci]![ai]!;
        const field = (hit.title ? TITLE_BOOST : 0) + saturate(hit.text) + (hit.context ? CONTEXT_BOOST : 0);
        if (field === 0) return;
        if (hit.title || hit.text > 0) terms.push({ term: alt.term, weight: alt.weight * c.weight });
        best = Math.max(best, alt.weight * idf[ci]![ai]! * field);
      });
      if (best > 0) {
        sum += c.weight * best;
        covered += importance[ci]!;
      }
    });
    const coverage = covered / total;
    const highlight = [...new Set(terms.sort((a, b) => b.weight - a.weight).map((t) => t.term))].slice(0, 6);
    return { p, score: sum * coverage * coverage, highlight };
  });

  const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.p.index - b.p.index);
  const top = ranked[0]?.score ?? 0;
  const results = ranked
    .filter((s) => s.score >= top * cutoff)
    .slice(0, limit)
    .map(({ p, score, highlight }): RankedResult => {
      const terms = highlight.length > 0 ? highlight : [];
      return {
        url: resultUrl(p.doc.url, p.section.anchor, terms),
        pageUrl: p.doc.url,
        anchor: p.section.anchor,
        bulletin: p.doc.bulletin ?? p.doc.title,
        path: p.section.path,
        title: markedTitle(p.section.title, fold(p.section.title), terms),
        excerpt: excerptSegments(p.section.text, findTerms(p.text, terms), excerptLength),
        terms,
        score,
      };
    });
  // The synonyms and aliases that found something shown, to say what else was searched for.
  const other = new Set(concepts.flatMap((c) => c.alternatives.filter((a) => a.weight < 1 && a.term !== c.label).map((a) => a.term)));
  const expanded = [...new Set(results.flatMap((r) => r.terms.filter((t) => other.has(t))))];
  return { results, concepts, missing, expanded };
}
