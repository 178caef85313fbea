/**
 * The search's common words (content/search/common-words.yaml): words nearly every bulletin has, each
 * with the share of bulletins that have it. The query asks Pagefind for them only when it has nothing
 * else to ask (pagefind.ts). Checked at build time like the rest of the content.
 */
import { z } from 'astro/zod';
import { readChecked, type SourceFile } from '../content/load.ts';

export const COMMON_WORDS_FILE = 'content/search/common-words.yaml';

/** Word (folded and stemmed as the query plan has it) → the share of bulletins whose text has it. */
export const commonWordsSchema = z
  .record(z.string().trim().min(1), z.number({ error: 'Give the share of bulletins that have the word, from 0 to 1, e.g. 0.95.' }).min(0).max(1))
  .superRefine((words, ctx) => {
    for (const word of Object.keys(words)) {
      if (word !== word.toLowerCase()) ctx.addIssue({ code: 'custom', path: [word], message: `Write "${word}" in lower case, as the search folds it.` });
    }
  });

export type CommonWords = Readonly<Record<string, number>>;

/** Parses and checks the table, or throws a ContentError naming the file, the field and the fix. */
export function parseCommonWords(source: SourceFile): CommonWords {
  return readChecked(commonWordsSchema, source);
}
