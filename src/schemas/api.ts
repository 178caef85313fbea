/**
 * The JSON API's files (`/api/v1/bulletins.json`, `/api/v1/bulletins/{id}.json`): their shape, once. The
 * TypeScript types are inferred from these schemas and the JSON Schema published beside the files is
 * generated from them (src/lib/exports/api.ts), so the three cannot drift. Every object is strict: a
 * consumer can rely on the names. Each field's `describe()` text is its documentation and goes into the
 * published JSON Schema.
 *
 * The paths and field names are a public API: a change adds fields, never removes or renames one. A field
 * the source does not give is left out, never empty or guessed.
 */
import { z } from 'astro/zod';
import { SEVERITIES } from './bulletin.ts';
import { productStatusSchema } from './bulletin-product.ts';
import { restartKindSchema } from './common.ts';
import { corpusVulnerabilitySchema } from './corpus.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.string().regex(/^https?:\/\//);
const digits = z.string().regex(/^\d+$/);
const bulletinId = z.string().regex(/^MS\d{2}-\d{3}$/);
const cveId = z.string().regex(/^CVE-\d{4}-\d{4,}$/);

/** A text in Japanese, and in English where we have a translation. */
const textSchema = z.object({ ja: z.string().min(1), en: z.string().min(1).exactOptional() }).strict();
/** A text in both languages. */
const langTextSchema = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict();
/** A URL per language. */
const langUrlsSchema = z.object({ ja: url, en: url }).strict();

/** One bulletin in the index. */
export const apiBulletinSummarySchema = z
  .object({
    id: bulletinId.describe('The bulletin id, upper case: MS08-067.'),
    title: textSchema.describe('The title in Japanese, and in English where there is a translation.'),
    published: date.exactOptional().describe('Published date, where the source gives it.'),
    updated: date.exactOptional().describe('Last-updated date, where the source gives it.'),
    severity: z.enum(SEVERITIES).exactOptional().describe('The maximum severity rating, where the source gives one.'),
    kb: digits.exactOptional().describe('The main KB number, digits only.'),
    cves: z.array(cveId).meta({ uniqueItems: true, description: 'The CVE ids (CVE form) of the vulnerabilities it fixes.' }),
    curated: z.boolean().describe('Whether the bulletin is curated: its English page is a full translation.'),
    urls: z
      .object({
        page: langUrlsSchema.describe('The bulletin page in each language.'),
        json: url.describe("This API's file of the bulletin."),
        csaf: z.object({ ja: url, en: url.exactOptional() }).strict().describe('Its CSAF 2.0 documents: the Japanese one, and the English translation where there is one.'),
        source: url.describe("Microsoft's Japanese original."),
      })
      .strict(),
  })
  .strict();

/** What the bulletin says of one catalog product: the one product view's entry (src/schemas/bulletin-product.ts). */
export const apiProductSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('The catalog id (/{lang}/products/{id}/).'),
    name: langTextSchema.describe('The catalog name in each language.'),
    status: productStatusSchema.describe('fixed: a service pack of it includes the fix, as the bulletin says; included: a service pack released after the bulletin, of a release it affects, which it does not name (service packs include the updates released before them).'),
    kbs: z.array(digits).describe('The KB numbers of its update, where the rows give them.'),
    downloads: z.array(url).describe('The download links of its update, in the source’s order.'),
    fixedVersion: z
      .object({ file: z.string(), version: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/) })
      .strict()
      .exactOptional()
      .describe('Curated bulletins: the key file at or above this version is fixed.'),
    url: langUrlsSchema.describe('The product page in each language.'),
  })
  .strict();

/** One software row as the source gives it, with the catalog products it names. */
export const apiSoftwareRowSchema = z
  .object({
    name: z.string().min(1).describe('The software as the source names it.'),
    component: z.string().exactOptional().describe("The component column's value, where the source's table has one."),
    kb: digits.exactOptional().describe('The KB number the row gives.'),
    downloads: z.array(url),
    products: z.array(z.string()).describe('The catalog products the row names (empty where none is mapped).'),
  })
  .strict();

/** A curated bulletin's update section: its packages' facts. */
export const apiUpdateSchema = z
  .object({
    id: z.string(),
    title: langTextSchema,
    products: z.array(z.string()),
    includedIn: z.string().exactOptional().describe('The service pack that includes the fix, as the source says.'),
    restart: restartKindSchema,
    registryKeys: z.array(z.object({ key: z.string(), products: z.array(z.string()) }).strict()),
    files: z.array(
      z
        .object({
          table: z.string(),
          products: z.array(z.string()),
          file: z.string(),
          version: z.string().exactOptional(),
          size: z.number().int().min(0).exactOptional(),
          date: date.exactOptional(),
          time: z.string().exactOptional(),
          platform: z.string().exactOptional(),
          folder: z.string().exactOptional(),
        })
        .strict(),
    ),
  })
  .strict();

/** One bulletin's file. */
export const apiBulletinFileSchema = apiBulletinSummarySchema
  .extend({
    version: z.string().exactOptional().describe("The bulletin's own version (1.1)."),
    summary: textSchema.exactOptional().describe("The summary's first paragraph."),
    vulnerabilities: z
      .array(
        // The model's vulnerability (src/schemas/corpus.ts), its title in each language: a fact the model gains is published too.
        z
          .object({
            ...corpusVulnerabilitySchema.shape,
            id: corpusVulnerabilitySchema.shape.id.describe('The id as the source writes it (CVE- or the old CAN-).'),
            title: textSchema.exactOptional(),
          })
          .strict(),
      )
      .describe('The vulnerabilities it fixes, each CVE once, in the source’s order.'),
    products: z.array(apiProductSchema).describe('The catalog products the bulletin names, with its word on each.'),
    affected: z.array(apiSoftwareRowSchema).describe('The affected software rows, as the source gives them.'),
    notAffected: z.array(apiSoftwareRowSchema).describe('The non-affected software rows.'),
    fixedIn: z
      .array(z.object({ name: z.string(), andLater: z.boolean(), planned: z.boolean() }).strict())
      .describe('The service packs the source says include the fix, as it names them.'),
    replaces: z
      .array(z.object({ bulletin: bulletinId.exactOptional(), kb: digits.exactOptional() }).strict().meta({ minProperties: 1 }))
      .describe('The updates this one replaces, as the source names them.'),
    replacedBy: z.array(bulletinId).describe("The bulletins whose update replaces this one's (computed across the corpus), oldest first."),
    restart: z
      .object({
        kind: restartKindSchema,
        statements: z.array(z.string().min(1)).exactOptional().describe('What the source says, as it writes it.'),
      })
      .strict()
      .exactOptional()
      .describe('Whether installing the update needs a restart, where the bulletin says the same for all its updates.'),
    workarounds: z
      .array(z.object({ title: textSchema, cves: z.array(cveId).exactOptional().describe('The vulnerabilities it is for; all when left out.') }).strict())
      .exactOptional()
      .describe('The workarounds, as the source titles them.'),
    revisions: z
      .array(z.object({ date, version: z.string().regex(/^\d+(\.\d+)*$/).exactOptional(), text: textSchema }).strict())
      .exactOptional()
      .describe('The revision history, oldest first, where the source gives it whole.'),
    updates: z.array(apiUpdateSchema).exactOptional().describe('Curated bulletins: the update sections.'),
  })
  .strict();

/** The index file. */
export const apiIndexFileSchema = z
  .object({
    version: z.literal(1).describe("The API's version (the path's v1)."),
    bulletins: z.array(apiBulletinSummarySchema).describe('Every bulletin, newest first.'),
  })
  .strict();

export type ApiText = z.infer<typeof textSchema>;
export type ApiLangUrls = z.infer<typeof langUrlsSchema>;
export type ApiBulletinSummary = z.infer<typeof apiBulletinSummarySchema>;
export type ApiProduct = z.infer<typeof apiProductSchema>;
export type ApiSoftwareRow = z.infer<typeof apiSoftwareRowSchema>;
export type ApiUpdate = z.infer<typeof apiUpdateSchema>;
export type ApiBulletin = z.infer<typeof apiBulletinFileSchema>;
export type ApiIndex = z.infer<typeof apiIndexFileSchema>;
