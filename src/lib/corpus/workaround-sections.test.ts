import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../test/support/paths.ts';
import { readCorpusFile } from './files.ts';
import { importCorpusFile } from './import.ts';

describe('the importer gives each workaround the anchor of the section it is listed under', () => {
  const file = 'content/sources/microsoft/ja-jp/2015/ms15-010.md';
  const { facts, body } = importCorpusFile(readFileSync(join(ROOT_DIR, file), 'utf8'), file, { render: true });
  it('an anchor the page has, under a heading that lists workarounds', () => {
    const ids = new Set(body!.headings.map((h) => h.id));
    expect(facts.workarounds!.length).toBeGreaterThan(0);
    for (const w of facts.workarounds!) expect(ids.has(w.section!), w.title).toBe(true);
  });
  it('each vulnerability’s own section where the same workaround is listed under several (MS15-010: T2EMBED.DLL)', () => {
    const t2embed = facts.workarounds!.filter((w) => w.title.startsWith('T2EMBED.DLL'));
    expect(t2embed.map((w) => w.section)).toEqual(['workarounds-cve-2015-0059', 'workarounds-cve-2015-0060']);
  });
  it('the same facts whether or not the page body is wanted', () => {
    expect(readCorpusFile(ROOT_DIR, file).facts).toEqual(facts);
  });
});
