/**
 * Text folding and term matching, shared by the search page (ranking, excerpts) and the small script
 * that highlights the searched terms on the page a result opens. Kept tiny and dependency-free: the
 * bulletin page ships it.
 */

/** Kana, kanji and CJK punctuation: scripts written without spaces between words. */
const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ASCII_LETTER = /[a-z]/;
const ASCII_DIGIT = /[0-9]/;

export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && ASCII_LETTER.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ASCII_DIGIT.test(ch);
// `_` joins words in identifiers (HKEY_LOCAL_MACHINE): `machine` is not a word of its own there.
const isAlnum = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch) || ch === '_';

/** Text folded for matching, with each folded UTF-16 unit's range in the original text. */
export interface Folded {
  text: string;
  starts: number[];
  ends: number[];
}

/**
 * Folds text for matching: NFKC (full-width Ｋ Ｂ → KB, half-width ｶﾀｶﾅ → カタカナ), lower case, one
 * space for any run of white space, and no space at all between two CJK characters, because the
 * source writes 「ヘルプとサポート センター」 and callers type ヘルプとサポートセンター.
 */
export function fold(source: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let space: [number, number] | undefined;
  let at = 0;
  for (const ch of source) {
    const start = at;
    at += ch.length;
    if (/\s|\u200b/u.test(ch)) {
      if (text !== '') space ??= [start, at];
      continue;
    }
    const folded = ch.normalize('NFKC').toLowerCase();
    if (folded === '') continue;
    // Half-width ﾌﾟ is two characters; joined with its (semi-)voiced mark it is プ, as in the text.
    if ((folded === '\u3099' || folded === '\u309a') && space === undefined && text !== '') {
      const composed = (text[text.length - 1] + folded).normalize('NFC');
      if (composed.length === 1) {
        text = text.slice(0, -1) + composed;
        ends[ends.length - 1] = at;
        continue;
      }
    }
    if (space !== undefined) {
      if (!(isCjk(text[text.length - 1]) && isCjk(folded[0]))) {
        text += ' ';
        starts.push(space[0]);
        ends.push(space[1]);
      }
      space = undefined;
    }
    for (let i = 0; i < folded.length; i++) {
      starts.push(start);
      ends.push(at);
    }
    text += folded;
  }
  return { text, starts, ends };
}

/** Just the folded text. */
export const foldText = (source: string): string => fold(source).text;

/**
 * Where a folded term occurs in folded text, as [start, end) ranges. The edges follow the term:
 * a term starting with a letter starts a word (`install` is not found in `uninstall`), one starting
 * with a digit does not continue a number (`840374` is found in `kb840374`, not in `1840374`); a term
 * ending with a digit ends the number (`2000` is not `20003`), one ending with a short word ends the
 * word (`xp` is not `xpsp`), and a longer word is a prefix that the match extends to the end of
 * (`requir` marks all of `required`). Kana and kanji match anywhere: they have no word edges.
 */
export function findTerm(haystack: string, term: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (term === '') return found;
  const first = term[0];
  const last = term[term.length - 1];
  const prefix = isLetter(last) && term.length >= 3;
  let from = 0;
  for (;;) {
    const index = haystack.indexOf(term, from);
    if (index === -1) return found;
    const before = haystack[index - 1];
    let end = index + term.length;
    let ok = isLetter(first) ? !isAlnum(before) : isDigit(first) ? !isDigit(before) : true;
    if (ok) {
      if (prefix) while (isLetter(haystack[end])) end++;
      else if (isDigit(last)) ok = !isDigit(haystack[end]);
      else if (isLetter(last)) ok = !isAlnum(haystack[end]);
    }
    if (ok) {
      found.push([index, end]);
      from = end;
    } else {
      from = index + 1;
    }
  }
}

/** Ranges in the original text of every occurrence of any of the terms, sorted and merged. */
export function findTerms(folded: Folded, terms: readonly string[]): Array<[number, number]> {
  const ranges = terms
    .flatMap((term) => findTerm(folded.text, term))
    .map(([s, e]): [number, number] => [folded.starts[s]!, folded.ends[e - 1]!])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
