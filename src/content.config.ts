import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Bulletin prose, one MDX file per language: `content/bulletins/{id}/{ja,en}.mdx`.
 * The facts (bulletin.yaml, products.yaml) are read and checked by src/data/content.ts.
 */
const prose = defineCollection({
  loader: glob({ base: './content/bulletins', pattern: '*/{ja,en}.mdx' }),
  schema: z
    .object({
      /** The bulletin's title in this file's language. */
      title: z.string().min(1),
    })
    .strict(),
});

export const collections = { prose };
