/**
 * Runs the importer on many corpus files in worker threads (one per core, at most `max`), keeping the
 * files' order. Each worker parses its share once.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusProblem } from '../../src/lib/corpus/extract.ts';
import type { CorpusFacts } from '../../src/lib/corpus/types.ts';

export interface CorpusResult {
  facts: CorpusFacts;
  problems: CorpusProblem[];
}

export async function runCorpus(root: string, files: string[], max = 4): Promise<CorpusResult[]> {
  const count = Math.max(1, Math.min(max, availableParallelism(), files.length));
  const shares = [...Array(count).keys()].map((k) => files.filter((_, i) => i % count === k));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<CorpusResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./corpus-worker.ts', import.meta.url), { workerData: { root, files: share } });
          worker.once('message', (message: CorpusResult[]) => {
            resolve(message);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && code !== 1 && reject(new Error(`corpus worker exited with code ${code}`)));
        }),
    ),
  );
  const byFile = new Map(results.flat().map((r) => [r.facts.file, r]));
  return files.map((file) => byFile.get(file)!);
}
