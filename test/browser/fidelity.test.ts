/// <reference types="node" />
/**
 * Fidelity: every fact of the Japanese source must survive on both built bulletin pages.
 * Reads dist HTML directly (no browser); lives in the browser project because it needs dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { anchorHrefs, containsToken, htmlLang, timeDatetimes, visibleText } from '../support/html.ts';
import { LANGS, SOURCE_PATH, bulletinFile } from '../support/paths.ts';
import { extractSourceFacts, type SourceFacts } from '../support/source-facts.ts';

const facts = extractSourceFacts(readFileSync(SOURCE_PATH, 'utf8'));

/** Facts that must be readable in the page text. */
const TEXT_CATEGORIES = [
  'versions',
  'sizes',
  'times',
  'fileNames',
  'switches',
  'kbNumbers',
  'registryKeys',
  'commandLines',
] as const satisfies readonly (keyof SourceFacts)[];

describe.each(LANGS)('%s bulletin page keeps every fact of the source', (lang) => {
  let html = '';
  let text = '';

  beforeAll(() => {
    const file = bulletinFile(inject('distDir'), lang);
    if (!existsSync(file)) throw new Error(`${file} is missing: the build did not produce the ${lang} bulletin page.`);
    html = readFileSync(file, 'utf8');
    text = visibleText(html);
  });

  it(`declares <html lang="${lang}">`, () => {
    expect(htmlLang(html)).toBe(lang);
  });

  it.each(TEXT_CATEGORIES)('shows every one of the source %s in its text', (category) => {
    const expected = facts[category];
    const missing = expected.filter((value) => !containsToken(text, value));
    expect(missing, `${lang}: ${missing.length} of ${expected.length} ${category} missing from the page text`).toEqual([]);
  });

  it('links every absolute URL of the source with an <a href>', () => {
    const hrefs = new Set(anchorHrefs(html));
    const missing = facts.urls.filter((url) => !hrefs.has(url));
    expect(missing, `${lang}: ${missing.length} of ${facts.urls.length} URLs missing as <a href>`).toEqual([]);
  });

  it('marks every date of the source as <time datetime="YYYY-MM-DD">', () => {
    const datetimes = new Set(timeDatetimes(html));
    const missing = facts.dates.filter((date) => !datetimes.has(date));
    expect(missing, `${lang}: ${missing.length} of ${facts.dates.length} dates missing as <time datetime>`).toEqual([]);
  });
});
