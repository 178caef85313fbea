/**
 * The site's languages, listed once, here below the schemas that key texts and files by them.
 * src/lib/i18n/langs.ts re-exports the list with what the code needs around it (astro.config.mjs reads it
 * from there); a unit test (src/lib/i18n/langs.test.ts) fails where another file spells the list out.
 * Plain TypeScript with no imports, so the config and browser scripts can load it.
 */

/** Every language, `ja` (the source language) first. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
