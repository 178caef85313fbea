/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/errors.ts';
import { parseSynonyms, SYNONYMS_FILE } from './synonyms.ts';
import { findTerm, foldText } from './text.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const table = parseSynonyms({ file: SYNONYMS_FILE, text: read(SYNONYMS_FILE) });

describe('content/search/synonyms.yaml', () => {
  it('has entries for both languages', () => {
    expect(table.ja.length).toBeGreaterThan(10);
    expect(table.en.length).toBeGreaterThan(10);
  });

  // A synonym that points to a word the bulletins do not use finds nothing: catch it here.
  it.each(['ja', 'en'] as const)('%s: every bulletin word occurs in the bulletin text of that language', (lang) => {
    const source = foldText([read(`content/bulletins/ms04-015/${lang}.mdx`), read('content/bulletins/ms04-015/bulletin.yaml')].join('\n'));
    const absent = table[lang].flatMap((entry) => entry.bulletin.filter((word) => findTerm(source, foldText(word)).length === 0));
    expect(absent).toEqual([]);
  });
});

describe('parseSynonyms', () => {
  const parse = (text: string) => () => parseSynonyms({ file: SYNONYMS_FILE, text });

  it('names the file, the field and the fix', () => {
    expect(parse('ja: []\nen:\n  - caller: [reboot]\n')).toThrow(ContentError);
    expect(parse('ja: []\nen:\n  - caller: [reboot]\n')).toThrow(/synonyms\.yaml → en\[0\]\.bulletin: This field is required/);
    expect(parse('ja: []\nen:\n  - caller: [再起動]\n    bulletin: [restart]\n')).toThrow(/en\[0\]\.caller\[0\]: "再起動" is Japanese\. Move it to the ja list\./);
    expect(parse('ja: []\nen: []\nfr: []\n')).toThrow(/Unknown field "fr"/);
    expect(parse('ja: [\n')).toThrow(/Fix the YAML syntax/);
    expect(parse('ja:\n  - caller: []\n    bulletin: [削除]\nen: []\n')).toThrow(/ja\[0\]\.caller: List at least one word callers use\./);
  });
});
