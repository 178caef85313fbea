/**
 * What the pages have, and what to do with the parts of a query they do not: a phrase found nowhere
 * becomes its words, a long Japanese run the longest parts the pages have, and what is still found
 * nowhere is reported as missing.
 */
import { concept, type Concept } from './plan.ts';
import { findTerm, isCjk } from './text.ts';
import { JA_STOPWORDS, splitLongest } from './words.ts';

const SPLIT_WEIGHT = 0.8;
const PART_WEIGHT = 0.5;

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

/**
 * The vocabulary of a set of pages: `texts` are their folded texts (everything a term can be found in),
 * `words` the Japanese words their index split them into. Each term is looked up once: splitting a
 * long run asks about many pieces.
 */
export function vocabularyOf(texts: readonly string[], words: readonly string[]): Vocabulary {
  const corpus = texts.join('\n');
  const known = new Map<string, boolean>();
  const isKnown = (term: string) => {
    if (!known.has(term)) known.set(term, findTerm(corpus, term).length > 0);
    return known.get(term)!;
  };
  const wordSet = new Set(words);
  return { isKnown, ...(wordSet.size > 0 ? { isWord: (w: string) => wordSet.has(w) } : {}) };
}
