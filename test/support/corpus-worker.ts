/**
 * A worker thread for the whole-corpus tests: runs the importer on the files it is given and posts back
 * the facts and problems. Parsing is CPU-bound, so the tests split the corpus across a few of these.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCorpusFile } from '../../src/lib/corpus/files.ts';

const { root, files } = workerData as { root: string; files: string[] };
parentPort!.postMessage(files.map((file) => readCorpusFile(root, file)));
