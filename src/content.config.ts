import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { bulletinLoader, catalogLoader, corpusProductsLoader, proseLoader, tableLoader, type ContentSources } from './lib/content/loaders.ts';
import { readChecked } from './lib/content/load.ts';
import { FAMILIES_FILE } from './lib/corpus/catalog.ts';
import { parseSynonyms, SYNONYMS_FILE } from './lib/search/synonyms.ts';
import { COMMON_WORDS_FILE, parseCommonWords } from './lib/search/common.ts';
import { corpusFamiliesSchema } from './schemas/corpus-family.ts';
import { corpusLoader } from './lib/content/corpus-loader.ts';
import { LANGS } from './schemas/common.ts';

/**
 * The content's files. The tests' synthetic bulletins (test/fixtures/content/bulletins) join only a
 * build run with BULLETIN_FIXTURES=1, so a published build never has them.
 */
const withFixtures = process.env['BULLETIN_FIXTURES'] === '1';
const sources: ContentSources = {
  // The fixtures' products are of a family the real catalog lacks.
  catalogs: ['content/products.yaml', ...(withFixtures ? ['test/fixtures/content/products.yaml'] : [])],
  bulletins: ['content/bulletins', ...(withFixtures ? ['test/fixtures/content/bulletins'] : [])],
};

/** The product catalog (one entry), checked with src/schemas/product.ts. */
const catalog = defineCollection({ loader: catalogLoader(sources) });

/**
 * Every product of the corpus (the catalog's, then content/corpus/products.yaml's) and the spellings
 * (content/corpus/product-names.yaml) that map the bulletins' rows to them, checked with the catalog and
 * the bulletins in one check that reads content/products.yaml once for all three collections.
 */
const corpusProducts = defineCollection({ loader: corpusProductsLoader(sources) });

/** The families the bulletin lists can be filtered by (content/corpus/families.yaml). */
const corpusFamilies = defineCollection({ loader: tableLoader('corpus-families-loader', [FAMILIES_FILE], ([file]) => ({ families: readChecked(corpusFamiliesSchema, file!) })) });

/** The search's synonyms per language (content/search/synonyms.yaml). */
const synonyms = defineCollection({ loader: tableLoader('synonyms-loader', [SYNONYMS_FILE], ([file]) => parseSynonyms(file!)) });

/** The words nearly every bulletin has, which the search asks Pagefind for last (content/search/common-words.yaml). */
const commonWords = defineCollection({ loader: tableLoader('common-words-loader', [COMMON_WORDS_FILE], ([file]) => ({ words: parseCommonWords(file!) })) });

/** Each bulletin's language-neutral facts (bulletin.yaml), checked with src/schemas/bulletin.ts and against the catalog. */
const bulletins = defineCollection({ loader: bulletinLoader(sources) });

/** Bulletin prose, one MDX file per language: `{bulletin}/{ja,en}.mdx`, id `{bulletin}/{lang}`. */
const prose = defineCollection({
  loader: proseLoader(sources),
  schema: z
    .object({
      /** The bulletin's title in this file's language. */
      title: z.string().min(1),
      /** The bulletin whose prose this is: the folder the file is in (set by the loader, not written). */
      bulletin: reference('bulletins'),
      /** The file's language: its name (set by the loader, not written). */
      lang: z.enum(LANGS),
    })
    .strict(),
});

/**
 * Every Microsoft bulletin of the corpus (content/sources/microsoft/ja-jp): its facts as data, its body as
 * rendered HTML. `CORPUS=sample` (and the tests' fixture build) reads a fixed sample for a quick build.
 */
const corpus = defineCollection({
  loader: corpusLoader({
    selection: withFixtures || process.env['CORPUS'] === 'sample' ? 'sample' : 'all',
    curated: sources.bulletins,
  }),
});

export const collections = { catalog, corpusProducts, corpusFamilies, synonyms, commonWords, bulletins, prose, corpus };
