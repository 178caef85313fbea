import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The tests' synthetic bulletins join only a build run with BULLETIN_FIXTURES=1 (see src/data/content.ts).
const withFixtures = process.env['BULLETIN_FIXTURES'] === '1';

/**
 * Bulletin prose, one MDX file per language: `content/bulletins/{id}/{ja,en}.mdx`.
 * The facts (bulletin.yaml, products.yaml) are read and checked by src/data/content.ts.
 */
const prose = defineCollection({
  loader: glob({
    base: '.',
    pattern: ['content/bulletins/*/{ja,en}.mdx', ...(withFixtures ? ['test/fixtures/content/bulletins/*/{ja,en}.mdx'] : [])],
    // `{bulletin}/{lang}` wherever the file lives: src/data/content.ts looks entries up by it.
    generateId: ({ entry }) => entry.split('/').slice(-2).join('/').replace(/\.mdx$/, ''),
  }),
  schema: z
    .object({
      /** The bulletin's title in this file's language. */
      title: z.string().min(1),
    })
    .strict(),
});

export const collections = { prose };
