/**
 * The corpus files on disk: listing them and running the importer on one. The only part of the
 * importer that does I/O (the report script and the whole-corpus tests use it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusProblem } from './extract.ts';
import { importCorpusFile } from './import.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';

/** Where the bulletins live, relative to the project root. */
export const CORPUS_DIR = 'content/sources/microsoft/ja-jp';

/** Every bulletin file (`content/sources/microsoft/ja-jp/2009/ms09-062.md`), project-relative, in id order. */
export function listCorpusFiles(root: string, years?: { from: number; to: number }): string[] {
  const files: string[] = [];
  for (const year of readdirSync(join(root, CORPUS_DIR)).filter((name) => /^\d{4}$/.test(name)).sort()) {
    if (years && (Number(year) < years.from || Number(year) > years.to)) continue;
    for (const name of readdirSync(join(root, CORPUS_DIR, year)).sort()) {
      if (/^ms\d{2}-\d{3}\.md$/.test(name)) files.push(`${CORPUS_DIR}/${year}/${name}`);
    }
  }
  return files;
}

/** Imports one corpus file's facts, as the build does (import.ts), without rendering its body for a page. */
export function readCorpusFile(root: string, file: string): { facts: CorpusFacts; problems: CorpusProblem[] } {
  const { facts, problems } = importCorpusFile(readFileSync(join(root, file), 'utf8'), file, { render: false });
  return { facts, problems };
}

/** The lower-case id a corpus file is for: `…/2009/ms09-062.md` → `ms09-062`. */
export function corpusSlug(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '');
}

/**
 * A fixed sample for quick builds (CORPUS=sample) and the tests' fixture build: two or more bulletins
 * from each layout family (1999–2003, 2004–2007, 2008–2012, 2013–2017), including the largest file,
 * raw-HTML tables, CAN ids, and bulletins that replace or cite each other.
 */
export const CORPUS_SAMPLE: readonly string[] = [
  'ms99-030', 'ms01-033', 'ms03-026', 'ms03-039',
  'ms04-011', 'ms04-015', 'ms05-051', 'ms06-040',
  'ms08-067', 'ms09-062', 'ms10-046', 'ms12-020',
  'ms13-001', 'ms15-001', 'ms16-047', 'ms17-010',
];
