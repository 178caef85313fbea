/**
 * The corpus collection: one entry per Microsoft bulletin in content/sources/microsoft/ja-jp, its id the
 * lower-case bulletin id (`ms09-062`), its data the facts the importer reads (src/lib/corpus/extract.ts),
 * its rendered HTML the sanitised body. A bulletin curated in content/bulletins/ keeps its own page:
 * its corpus entry carries the facts only (they feed the links between bulletins), not the body.
 *
 * Importing is the slow part of the build, so it runs on every core, and an entry whose file and
 * importer code are unchanged since the last build is kept from Astro's content cache.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { corpusFactsSchema } from '../../schemas/corpus.ts';
import { CORPUS_SAMPLE, corpusSlug, listCorpusFiles } from '../corpus/files.ts';
import { importInWorkers } from '../corpus/pool.ts';
import type { WorkerJob } from '../corpus/worker.ts';
import { checkCorpusExceptions, EXCEPTIONS_FILE, parseCorpusExceptions } from '../corpus/exceptions.ts';
import { SECTIONS_FILE } from '../corpus/sections.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { throwIfProblems } from './errors.ts';

/** Which corpus bulletins a build reads. */
export interface CorpusSources {
  /** `all`, or `sample` for quick builds and the tests' fixture build (CORPUS_SAMPLE). */
  selection: 'all' | 'sample';
  /** Folders of curated bulletins (`content/bulletins`): a bulletin there has its own page. */
  curated: readonly string[];
}

/**
 * The importer's own code and its section vocabulary: a change to either imports every file again, in
 * place of the cached result.
 */
async function importerDigest(root: URL): Promise<string> {
  const hash = createHash('sha256');
  const dir = new URL('src/lib/corpus/', root);
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    hash.update(name).update(await readFile(new URL(name, dir)));
  }
  hash.update(SECTIONS_FILE).update(await readFile(new URL(SECTIONS_FILE, root)));
  return hash.digest('hex');
}

async function curatedSlugs(root: URL, folders: readonly string[]): Promise<Set<string>> {
  const slugs = new Set<string>();
  for (const folder of folders) {
    const entries = await readdir(new URL(`${folder}/`, root), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) slugs.add(entry.name);
  }
  return slugs;
}

export function corpusLoader(sources: CorpusSources): Loader {
  return {
    name: 'corpus-loader',
    schema: corpusFactsSchema,
    load: async ({ store, config, generateDigest, logger, parseData }) => {
      const root = config.root;
      let files = listCorpusFiles(fileURLToPath(root));
      if (sources.selection === 'sample') files = files.filter((file) => CORPUS_SAMPLE.includes(corpusSlug(file)));
      const curated = await curatedSlugs(root, sources.curated);
      const code = await importerDigest(root);

      const jobs: (WorkerJob & { digest: string })[] = [];
      for (const file of files) {
        const render = !curated.has(corpusSlug(file));
        const digest = generateDigest(`${code}\n${render}\n${await readFile(new URL(file, root), 'utf8')}`);
        if (store.get(corpusSlug(file))?.digest !== digest) jobs.push({ file, render, digest });
      }
      logger.info(`Importing ${jobs.length} of ${files.length} bulletins (the rest are unchanged since the last build)`);
      const started = performance.now();
      const imported = await importInWorkers(root, jobs, (done) => {
        if (done % 250 === 0) logger.info(`Imported ${done} of ${jobs.length}`);
      });
      // What the importer could not read is reported, never dropped: the optional fields here, per field (the
      // required ones fail the build below unless the exceptions file lists them); the report lists each.
      const unread = new Map<string, Set<string>>();
      for (const { problems } of imported) for (const p of problems) unread.set(p.field, (unread.get(p.field) ?? new Set()).add(p.file));
      if (unread.size > 0) {
        const fields = [...unread].sort(([a], [b]) => a.localeCompare(b)).map(([field, files]) => `${field} in ${files.size}`);
        logger.info(`Fields the importer could not read, by field (bulletins): ${fields.join(', ')}. \`npm run corpus:report\` lists each with its line.`);
      }
      for (const [index, { facts, body }] of imported.entries()) {
        const { file, digest } = jobs[index]!;
        const data = await parseData({ id: facts.slug, data: facts as unknown as Record<string, unknown>, filePath: file });
        store.set({
          id: facts.slug,
          data,
          filePath: file,
          digest,
          ...(body ? { rendered: { html: body.html, metadata: { headings: body.headings.map(({ depth, id, text }) => ({ depth, slug: id, text })) } } } : {}),
        });
      }
      if (jobs.length > 0) logger.info(`Imported ${jobs.length} bulletins in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const wanted = new Set(files.map(corpusSlug));
      for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);

      // A required field the importer cannot read fails the build, unless the exceptions file lists it.
      const exceptions = parseCorpusExceptions(await readFile(new URL(EXCEPTIONS_FILE, root), 'utf8'));
      const facts = store.values().map((entry) => entry.data as unknown as CorpusFacts);
      throwIfProblems(
        checkCorpusExceptions(facts, exceptions, sources.selection === 'all').map((issue) => ({
          file: issue.file ?? EXCEPTIONS_FILE,
          field: issue.field,
          // The checker's messages start with the file, which the problem names already.
          message: issue.message.replace(/^\S+: /, ''),
        })),
      );
    },
  };
}
