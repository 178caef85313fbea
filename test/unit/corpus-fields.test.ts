/// <reference types="node" />
/**
 * The importer over the whole corpus (1,504 bulletins): every required field is read from every
 * bulletin, except where content/corpus-exceptions.yaml says the source lacks it; no exception is stale;
 * every bulletin's facts pass the collection schema. Parsing takes a few minutes, split across worker threads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXCEPTIONS_FILE, checkCorpusExceptions, parseCorpusExceptions } from '../../src/lib/corpus/exceptions.ts';
import { listCorpusFiles } from '../../src/lib/corpus/files.ts';
import { corpusFactsSchema } from '../../src/schemas/corpus.ts';
import { runCorpus, type CorpusResult } from '../support/corpus-run.ts';
import { ROOT_DIR } from '../support/paths.ts';

const files = listCorpusFiles(ROOT_DIR);
let results: CorpusResult[] = [];
let seconds = 0;

beforeAll(async () => {
  const started = Date.now();
  results = await runCorpus(ROOT_DIR, files);
  seconds = Math.round((Date.now() - started) / 1000);
}, 1_200_000);

describe('the importer over the whole corpus', () => {
  it('reads all 1,504 bulletins', () => {
    expect(files).toHaveLength(1504);
    expect(results.map((r) => r.facts.file)).toEqual(files);
    console.info(`corpus-fields: ${files.length} bulletins parsed in ${seconds} s`);
  });

  it('reads every required field, or the exceptions file says why not, and no exception is stale', () => {
    const exceptions = parseCorpusExceptions(readFileSync(join(ROOT_DIR, EXCEPTIONS_FILE), 'utf8'));
    const issues = checkCorpusExceptions(
      results.map((r) => r.facts),
      exceptions,
      true,
    );
    expect(issues.map((issue) => issue.message)).toEqual([]);
  });

  it('gives facts that pass the collection schema', () => {
    const failures = results.flatMap((r) => {
      const parsed = corpusFactsSchema.safeParse(r.facts);
      return parsed.success ? [] : [`${r.facts.file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('agrees with the file names: id, slug and year', () => {
    const wrong = results
      .filter((r) => !r.facts.file.endsWith(`/${r.facts.year}/${r.facts.slug}.md`))
      .map((r) => `${r.facts.file}: read as ${r.facts.id} (${r.facts.year})`);
    expect(wrong).toEqual([]);
  });
});
