/** The search's synonym table (content/search/synonyms.yaml), checked at build time like the rest of the content. */
import { z } from 'astro/zod';
import { readChecked, type SourceFile } from '../content/load.ts';
import type { Lang } from '../i18n/langs.ts';
import type { SynonymEntry } from './plan.ts';

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

const word = z
  .string({ error: 'Write each word or phrase as a non-empty string.' })
  .trim()
  .min(1, { error: 'This word is empty. Write it, or remove it from the list.' });

const entry = (lang: Lang) =>
  z
    .object({
      /** What callers say or type. */
      caller: z.array(word).min(1, { error: 'List at least one word callers use.' }),
      /** The words the bulletins of this language use for the same thing. */
      bulletin: z.array(word).min(1, { error: 'List at least one word the bulletins use.' }),
    })
    .strict()
    .superRefine((value, ctx) => {
      if (lang !== 'en') return;
      for (const [field, words] of Object.entries(value)) {
        words.forEach((w, i) => {
          if (/[\u3040-\u30ff\u3400-\u9fff]/.test(w)) {
            ctx.addIssue({ code: 'custom', path: [field, i], message: `"${w}" is Japanese. Move it to the ja list.` });
          }
        });
      }
    });

export const synonymTableSchema = z
  .object({
    /** Japanese: looked for on the Japanese search page. */
    ja: z.array(entry('ja')),
    /** English: looked for on the English search page. */
    en: z.array(entry('en')),
  })
  .strict();

export type SynonymTable = { ja: SynonymEntry[]; en: SynonymEntry[] };

/** Parses and checks the table, or throws a ContentError naming the file, the field and the fix. */
export function parseSynonyms(source: SourceFile): SynonymTable {
  return readChecked(synonymTableSchema, source);
}
