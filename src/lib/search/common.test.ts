/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFile } from '../content/load.ts';
import { ROOT_DIR } from '../../../test/support/paths.ts';
import { COMMON_WORDS_FILE, parseCommonWords } from './common.ts';

const SOURCES = join(ROOT_DIR, 'content/sources/microsoft/ja-jp');

describe('the common words (content/search/common-words.yaml)', () => {
  const words = parseCommonWords(readContentFile(ROOT_DIR, COMMON_WORDS_FILE));
  it('are words that many bulletins have, about as many as said', () => {
    const texts = readdirSync(SOURCES)
      .filter((year) => /^\d{4}$/.test(year))
      .flatMap((year) => readdirSync(join(SOURCES, year)).filter((f) => /^ms\d\d-\d{3}\.md$/.test(f)).map((f) => join(SOURCES, year, f)))
      .map((file) => readFileSync(file, 'utf8').normalize('NFKC').toLowerCase());
    expect(texts.length).toBeGreaterThan(1000);
    expect(Object.keys(words).length).toBeGreaterThan(10);
    for (const [word, share] of Object.entries(words)) {
      const found = texts.filter((text) => text.includes(word)).length / texts.length;
      expect(found, word).toBeGreaterThanOrEqual(0.75);
      expect(Math.abs(found - share), word).toBeLessThan(0.02);
    }
  });
  it('fail the build with the file, the word and the fix when a share is not one', () => {
    expect(() => parseCommonWords({ file: COMMON_WORDS_FILE, text: '脆弱性: many\n' })).toThrow(/common-words\.yaml.*脆弱性.*share of bulletins/s);
    expect(() => parseCommonWords({ file: COMMON_WORDS_FILE, text: 'Windows: 0.9\n' })).toThrow(/lower case/);
  });
});
