/// <reference types="node" />
/**
 * The whole corpus against the built site, in one pass over every source file on all cores:
 * - every bulletin of the corpus has its page in both languages;
 * - the importer reads every required field, except where content/corpus-exceptions.yaml lists the
 *   bulletin and field with a reason (and no listed exception is stale);
 * - each imported bulletin's Japanese page shows every text block and every link of its source;
 * - every vulnerability id a vulnerability heading or a severity table names has its CVE page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { corpusSlug, listCorpusFiles } from '../../src/lib/corpus/files.ts';
import { EXCEPTIONS_FILE, parseCorpusExceptions } from '../../src/lib/corpus/exceptions.ts';
import { runInWorkers } from '../../src/lib/corpus/pool.ts';
import { ROOT_DIR } from '../support/paths.ts';
import type { CheckJob, CheckResult } from '../support/corpus-check-worker.ts';

const distDir = inject('distDir');
const root = pathToFileURL(`${ROOT_DIR}/`);
/** Curated bulletins have their own pages (content/bulletins/), compared with their source by fidelity.test.ts. */
const curated = new Set(readdirSync(join(ROOT_DIR, 'content/bulletins')));
let files: string[] = [];
let results: CheckResult[] = [];

beforeAll(async () => {
  files = listCorpusFiles(ROOT_DIR);
  const jobs: CheckJob[] = files.map((file) => ({
    file,
    ...(curated.has(corpusSlug(file)) ? {} : { page: join(distDir, 'ja', 'bulletins', corpusSlug(file), 'index.html') }),
  }));
  results = await runInWorkers<CheckJob, CheckResult>(new URL('test/support/corpus-check-worker.ts', root), { root: root.href }, jobs);
}, 900_000);

describe('the corpus', () => {
  it('is all there: 1,504 bulletins', () => {
    expect(files.length).toBe(1504);
  });

  it('every bulletin has its page in both languages', () => {
    const missing = files.flatMap((file) =>
      ['ja', 'en'].map((lang) => join(distDir, lang, 'bulletins', corpusSlug(file), 'index.html')).filter((page) => !existsSync(page)),
    );
    expect(missing).toEqual([]);
  });

  it(`every required field is read, or listed with its reason in ${EXCEPTIONS_FILE}`, () => {
    const exceptions = parseCorpusExceptions(readFileSync(join(ROOT_DIR, EXCEPTIONS_FILE), 'utf8'));
    const listed = new Set(exceptions.map((e) => `${e.bulletin}/${e.field}`));
    const unlisted = results.flatMap((r) =>
      r.missingFields.filter((field) => !listed.has(`${r.id}/${field}`)).map((field) => `${r.file}: no ${field}. Fix the importer, or list it in ${EXCEPTIONS_FILE} with the reason.`),
    );
    const missing = new Set(results.flatMap((r) => r.missingFields.map((field) => `${r.id}/${field}`)));
    const stale = exceptions.filter((e) => !missing.has(`${e.bulletin}/${e.field}`)).map((e) => `${EXCEPTIONS_FILE}: ${e.bulletin} ${e.field} is read now. Remove the entry.`);
    expect([...unlisted, ...stale]).toEqual([]);
  });

  it('every vulnerability id of a vulnerability heading or a severity table has its CVE page', () => {
    const cvePage = (id: string) => join(distDir, 'ja', 'cve', id, 'index.html');
    const missing = results.flatMap((r) =>
      r.namedIds.filter((id) => !existsSync(cvePage(id)) && !existsSync(cvePage(id.replace(/^CAN-/, 'CVE-')))).map((id) => `${r.file}: ${id}`),
    );
    expect(results.reduce((n, r) => n + r.namedIds.length, 0)).toBeGreaterThan(3000);
    expect(missing).toEqual([]);
  });

  it('each imported bulletin\'s Japanese page shows every text block and link of its source', () => {
    const checked = results.filter((r) => r.blocks > 0);
    expect(checked.length).toBe(files.length - curated.size);
    const unfaithful = checked
      .filter((r) => r.missingCount.texts + r.missingCount.links > 0)
      .map((r) => `${r.file}: ${r.missingCount.texts} of ${r.blocks} text blocks missing (${r.missingTexts.join(' | ')}); ${r.missingCount.links} links missing (${r.missingLinks.join(' ')})`);
    expect(unfaithful).toEqual([]);
  });
});
