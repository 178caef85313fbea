import { z } from 'astro/zod';

// The languages live in ./langs.ts (zod-free, so astro.config.mjs and browser scripts can read them);
// re-exported here because schemas and older imports name them from this module.
export { LANGS, type Lang } from './langs.ts';

const nonEmpty = (what: string) =>
  z.string({ error: `${what} is missing. Write it as a non-empty string.` }).trim().min(1, {
    error: `${what} is empty. Write the text, or remove the field if the source says nothing here.`,
  });

/**
 * A string shown to readers, in both languages. A plain string is shorthand for text that is the
 * same in both languages (a product name, a file name); it becomes `{ ja: s, en: s }`.
 */
export const localizedSchema = z
  .union([
    nonEmpty('The text'),
    z.object(
      {
        /** The Japanese text, as the source gives it. */
        ja: nonEmpty('The Japanese text (ja)'),
        /** Our faithful English translation. */
        en: nonEmpty('The English text (en)'),
      },
    ).strict(),
  ])
  .transform((value) => (typeof value === 'string' ? { ja: value, en: value } : value));
export type Localized = z.output<typeof localizedSchema>;

/**
 * Whether installing an update needs a restart: `required`, `may-be-required` (the source's "may be
 * required") or `not-required`. One list for the curated YAML, the importer and the API.
 */
export const RESTART_KINDS = ['required', 'may-be-required', 'not-required'] as const;
export const restartKindSchema = z.enum(RESTART_KINDS);
export type RestartKind = z.infer<typeof restartKindSchema>;

/** A short ASCII anchor id, written in the content and identical in both languages. */
export const anchorIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, {
    error: 'Anchor ids are lower-case ASCII letters, digits and hyphens, starting with a letter (e.g. "faq-cause").',
  });

/** A calendar date written `YYYY-MM-DD` (YAML may read it as a date); kept as that string. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a real date. Write it as YYYY-MM-DD, e.g. 2004-05-12.`,
      });
      return z.NEVER;
    }
    return text;
  });

/** An absolute http(s) URL, kept exactly as written. */
export const absoluteUrlSchema = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not an absolute URL. Write the full address, starting with https://.` },
);

/** A Microsoft Knowledge Base article number, such as 840374. */
export const kbNumberSchema = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((value) => /^\d{5,7}$/.test(value), {
    error: (issue) => `"${String(issue.input)}" is not a KB number. Write the digits only, e.g. 840374.`,
  });

/** A product id from the catalog (`content/products.yaml`); checked against it after loading. */
export const productIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: 'Product ids are lower-case ASCII words joined by hyphens, as in ../CONTRACT (e.g. "windows-xp-sp1").',
});
