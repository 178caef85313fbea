/**
 * The corpus files on disk: listing them and running the importer on one. The only part of the
 * importer that does I/O (the report script and the whole-corpus tests use it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCorpusFacts, type CorpusProblem } from './extract.ts';
import { corpusTree } from './tree.ts';
import type { CorpusFacts } from './types.ts';

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

/** Parses one corpus file and reads its facts. */
export function readCorpusFile(root: string, file: string): { facts: CorpusFacts; problems: CorpusProblem[] } {
  return extractCorpusFacts(corpusTree(readFileSync(join(root, file), 'utf8')), file);
}
