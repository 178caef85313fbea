/**
 * Site-wide gate: every kind of built page (of the corpus, a fixed sample) is valid HTML by html-validate's recommended rules (the rules
 * switched off in .htmlvalidate.json say why there).
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, sampledPages } from '../support/site-pages.ts';
import { CORPUS_SAMPLE } from '../../src/lib/corpus/files.ts';

// Every page of every kind; of the corpus's thousands of bulletin, KB and CVE pages, a fixed sample.
const pages = sampledPages(builtPages(inject('distDir')), new Set(CORPUS_SAMPLE));
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it('finds pages to check', () => expect(pages.length).toBeGreaterThan(5));
  it.each(pages.map((p) => [p.path, p] as const))('%s has no errors', async (_path, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
