/**
 * One bulletin as every export reads it: the facts read from its source, and what only some bulletins
 * give (a translation, update sections, a restart per product). Curated and imported bulletins are both
 * converted into it once (src/lib/content/bulletin-model.ts); the JSON API and CSAF read only this, so
 * neither asks where a bulletin came from. The products and their statuses are the one product view's
 * (src/schemas/bulletin-product.ts), beside it.
 */
import { z } from 'astro/zod';
import { updateSchema } from './bulletin.ts';
import { productIdSchema, restartKindSchema } from './common.ts';
import { corpusFactsSchema } from './corpus.ts';

const cveSchema = z.string().regex(/^CVE-\d{4}-\d{4,}$/);
const text = z.string().trim().min(1);

/** A text in Japanese, as the source gives it, and in English where we have translated it. */
export const modelTextSchema = z
  .object({
    /** The source's Japanese. */
    ja: text,
    /** Our English translation, where there is one. */
    en: text.exactOptional(),
  })
  .strict();

/** Our English translation of the texts the facts give in Japanese. */
export const modelTranslationSchema = z
  .object({
    /** The bulletin's title, without the KB number (like `CorpusFacts.title`). */
    title: text,
    /** Vulnerability titles by CVE id (`CVE-2004-0199`). */
    vulnerabilityTitles: z.record(cveSchema, text),
  })
  .strict();

/** Whether installing the bulletin's updates needs a restart, where all it says agrees. */
export const modelRestartSchema = z
  .object({
    /** What it says. */
    kind: restartKindSchema,
    /** The source's statements as it writes them, in order, where it gives them as text. */
    statements: z.array(text).min(1).exactOptional(),
  })
  .strict();

/** A workaround the bulletin gives. */
export const modelWorkaroundSchema = z
  .object({
    /** Its title. */
    title: modelTextSchema,
    /** The CVE ids it is for; every vulnerability when left out. */
    cves: z.array(cveSchema).min(1).exactOptional(),
    /** The anchor of the place on the bulletin's page that gives it (the same in both languages), where known. */
    anchor: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).exactOptional(),
  })
  .strict();

/** One entry of the bulletin's revision history. */
export const modelRevisionSchema = z
  .object({
    /** YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The bulletin's version the entry names (`1.1`), where it names one. */
    version: z.string().regex(/^\d+(\.\d+)*$/).exactOptional(),
    /** What changed, as plain text. */
    text: modelTextSchema,
  })
  .strict();

/** One bulletin, curated or imported, as the exports read it. */
export const bulletinModelSchema = z
  .object({
    /** The facts read from the source: ids, title, dates, severity, vulnerabilities, software rows, relations. */
    facts: corpusFactsSchema,
    /** Whether its page is written by hand (content/bulletins/): it chooses the page body, and is said in the API. */
    curated: z.boolean(),
    /** Our English texts, where the bulletin is translated. */
    translation: modelTranslationSchema.exactOptional(),
    /** The restart its updates need, where all it says agrees. */
    restart: modelRestartSchema.exactOptional(),
    /** The restart each affected product's update needs, where the bulletin says it per product (else `restart`). */
    productRestarts: z.record(productIdSchema, restartKindSchema).exactOptional(),
    /** Its workarounds, in order, where it lists them. */
    workarounds: z.array(modelWorkaroundSchema).min(1).exactOptional(),
    /** Its revision history, oldest first, where it is known whole. */
    revisions: z.array(modelRevisionSchema).min(1).exactOptional(),
    /** Its update sections (file tables, registry keys, commands), where they are written as data. */
    updates: z.array(updateSchema).min(1).exactOptional(),
  })
  .strict();

export type ModelText = z.output<typeof modelTextSchema>;
export type ModelTranslation = z.output<typeof modelTranslationSchema>;
export type ModelRestart = z.output<typeof modelRestartSchema>;
export type ModelWorkaround = z.output<typeof modelWorkaroundSchema>;
export type ModelRevision = z.output<typeof modelRevisionSchema>;
export type BulletinModel = z.output<typeof bulletinModelSchema>;
