/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, LANG_ALTERNATION, REGIONAL_LOCALE, isLang } from './langs.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Source files that could spell the list: the code, the config, the test support (not the tests' cases). */
function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(ts|mts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// The ways a second copy of the list has been written: an array, a regex alternation, a type union.
const SPELLED = [
  /\[\s*(['"])(ja|en)\1\s*,\s*(['"])(ja|en)\3\s*\]/,
  /[(:]\s*(?:ja\|en|en\|ja)\s*\)/,
  /(['"])(ja|en)\1\s*\|\s*(['"])(ja|en)\3/,
];

describe('the list of languages', () => {
  it('is written once, in src/schemas/langs.ts; the Astro config and the code read it through src/lib/i18n/langs.ts', () => {
    const files = ['astro.config.mjs', ...codeFiles('src'), ...codeFiles('test/support')].filter((f) => f !== join('src', 'schemas', 'langs.ts'));
    const spelled = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (SPELLED.some((pattern) => pattern.test(line)) ? [`${relative('.', file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(spelled, 'Import LANGS (or LANG_ALTERNATION) from src/lib/i18n/langs.ts instead').toEqual([]);
    expect(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8')).toMatch(/locales: \[\.\.\.LANGS\]/);
  });

  it('starts with the source language, the default, and has a locale for each', () => {
    expect(DEFAULT_LANG).toBe(LANGS[0]);
    expect(Object.keys(REGIONAL_LOCALE).sort()).toEqual([...LANGS].sort());
    expect(new RegExp(`^(?:${LANG_ALTERNATION})$`).test('en')).toBe(true);
    expect(LANGS.every(isLang)).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
