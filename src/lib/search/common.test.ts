/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from './common.ts';

const SOURCES = join(import.meta.dirname, '../../../content/sources/microsoft/ja-jp');

describe('COMMON_WORDS', () => {
  it('are words that many bulletins have, about as many as said', () => {
    const texts = readdirSync(SOURCES)
      .filter((year) => /^\d{4}$/.test(year))
      .flatMap((year) => readdirSync(join(SOURCES, year)).filter((f) => /^ms\d\d-\d{3}\.md$/.test(f)).map((f) => join(SOURCES, year, f)))
      .map((file) => readFileSync(file, 'utf8').normalize('NFKC').toLowerCase());
    expect(texts.length).toBeGreaterThan(1000);
    for (const [word, share] of COMMON_WORDS) {
      const found = texts.filter((text) => text.includes(word)).length / texts.length;
      expect(found, word).toBeGreaterThanOrEqual(0.75);
      expect(Math.abs(found - share), word).toBeLessThan(0.02);
    }
  });
});
