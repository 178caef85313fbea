/**
 * Words of a language, for the search: English stemming, Japanese runs cut into their content words,
 * and a run split into the longest pieces something knows. Used when planning a query and when
 * rewriting the parts of it that find nothing.
 */

// Kanji and katakana words that only frame a Japanese question (方法 = how to, 何 = what).
export const JA_STOPWORDS: ReadonlySet<string> = new Set(['方法', '手順', '仕方', '教え', '知り', '場合', '可能', '本当', '大丈夫']);

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
