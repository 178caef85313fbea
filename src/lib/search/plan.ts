/**
 * Query planning, pure: what the caller typed → the concepts to look for, each with the ways it may be
 * written. Identifiers are recognised with their aliases (KB840374 and 840374, CVE and CAN), synonym
 * phrases bring the bulletins' words, quoted phrases and Japanese runs keep their words as a fallback,
 * and the rest are words. Pagefind is asked with these terms (pagefind.ts) and the sections are ranked
 * by them (rank.ts).
 */
import { BULLETIN_ID_PATTERN } from '../identifiers/bulletin-id.ts';
import { findTerm, foldText, isCjk } from './text.ts';
import { japanesePieces, stem } from './words.ts';

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

/** A concept with its ways of writing it; counts once (weight 1) unless said otherwise. */
export const concept = (label: string, kind: Concept['kind'], alternatives: Alternative[], weight = 1): Concept => ({
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
