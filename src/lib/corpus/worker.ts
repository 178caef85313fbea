/**
 * A worker thread of the corpus import (pool.ts): it reads and imports the files it is sent, one
 * message each, and answers each. Run by Node directly (not through Vite), so it imports only plain
 * modules.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { importCorpusFile } from './import.ts';

export interface WorkerJob {
  /** The file from the project root. */
  file: string;
  /** Whether to render the body too (not for a curated bulletin, whose page is its own). */
  render: boolean;
}

const root = new URL(workerData.root as string);
parentPort!.on('message', async (job: WorkerJob) => {
  try {
    const text = await readFile(new URL(job.file, root), 'utf8');
    parentPort!.postMessage({ result: importCorpusFile(text, job.file, { render: job.render }) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
