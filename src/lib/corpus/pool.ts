/**
 * Runs work over many corpus files on all cores: parsing Markdown is the slow part of the build and
 * of the whole-corpus tests (about 0.1 s for a median file), and the files are independent. One worker
 * thread per core, each fed one job at a time, so a large file does not hold up the rest.
 *
 * A worker module answers each job message with `{ result }` or `{ error }` (see worker.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportedBulletin } from './import.ts';
import type { WorkerJob } from './worker.ts';

/** A worker's answer to one job. */
export type WorkerAnswer<R> = { result: R } | { error: string };

/**
 * Sends each job to a worker running `workerFile` (given `workerData`) and resolves with the results in
 * the jobs' order. Jobs that fail reject the whole, with every failure's message.
 */
export async function runInWorkers<J, R>(
  workerFile: URL,
  workerData: unknown,
  jobs: readonly J[],
  onProgress?: (done: number) => void,
): Promise<R[]> {
  if (jobs.length === 0) return [];
  const count = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const results: R[] = new Array(jobs.length);
  const errors: string[] = [];
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
      // No flags of the parent (`--eval` and its script, a test runner's hooks): the worker is a plain module.
      const worker = new Worker(workerFile, { workerData, execArgv: [] });
      let current = -1;
      const feed = () => {
        if (next < jobs.length) worker.postMessage(jobs[(current = next++)]);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (answer: WorkerAnswer<R>) => {
        if ('error' in answer) errors.push(answer.error);
        else results[current] = answer.result;
        onProgress?.(++done);
        feed();
      });
      worker.on('error', reject);
      feed();
    })),
  );
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return results;
}

/** Imports corpus files (from the project `root`) with worker.ts, in the order given. */
export function importInWorkers(root: URL, jobs: readonly WorkerJob[], onProgress?: (done: number) => void): Promise<ImportedBulletin[]> {
  return runInWorkers(new URL('src/lib/corpus/worker.ts', root), { root: root.href }, jobs, onProgress);
}
