/// <reference types="node" />
/**
 * The schemas are the lowest layer: the content's shape, read by the loaders, the importer and the code.
 * They import nothing from src/lib (what they need from it, such as the languages and the bulletin-id
 * pattern, is defined here and re-exported there).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('./', import.meta.url);

const UPWARD = /(?:\bfrom\s*|\bimport\s*\(\s*)['"]\.\.\/lib\//;

describe('src/schemas', () => {
  it('imports nothing from src/lib', () => {
    const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files).toContain('bulletin.ts');
    const upward = files
      .flatMap((file) =>
        readFileSync(new URL(file, DIR), 'utf8')
          .split('\n')
          .flatMap((line, i) => (UPWARD.test(line) ? [`src/schemas/${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(upward, 'Define it in src/schemas (src/lib can re-export it)').toEqual([]);
  });
});
