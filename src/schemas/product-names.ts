import { z } from 'astro/zod';
import { productIdSchema } from './common.ts';

const spellingSchema = z
  .string({ error: 'A spelling is a name as a bulletin writes it, e.g. "Windows XP Service Pack 2".' })
  .trim()
  .min(1, { error: 'A spelling is empty. Write the name as the bulletin writes it, or remove the line.' });

/** A name that lists several products in one, mapped whole because splitting it would misread it. */
const combinedSpellingSchema = z
  .object({
    /** The name as the bulletin writes it. */
    name: spellingSchema,
    /** Every product it names, in its order. */
    products: z.array(productIdSchema).min(1, { error: 'List at least one product id.' }),
  })
  .strict();

/** A name in a software list that names no product (a column label, a note), and why. */
const notProductSchema = z
  .object({
    /** The name as the bulletin writes it. */
    name: spellingSchema,
    /** Why it names no product, for the reader of the corpus report. */
    why: z.string().trim().min(1, { error: 'Say why this names no product, e.g. "a column label of the table".' }),
  })
  .strict();

/** The spellings file, `content/corpus/product-names.yaml`: how the bulletins name each catalog product. */
export const productNamesSchema = z
  .object({
    /** Product id → the spellings that name that product alone (matched without "Microsoft ", case, KB numbers and footnote marks). */
    products: z.record(productIdSchema, z.array(spellingSchema).min(1, { error: 'List at least one spelling, or remove the product.' })),
    /** Names that list several products and cannot be split at their separators. */
    combined: z.array(combinedSpellingSchema).default([]),
    /** Names in the software lists that name no product. */
    notProducts: z.array(notProductSchema).default([]),
  })
  .strict();
export type ProductNames = z.output<typeof productNamesSchema>;
