/**
 * The search page's side of the search worker (search-worker.ts): Pagefind, its WebAssembly and the
 * ranking run off the main thread, so typing and scrolling never wait for them. The page sends a
 * query and gets its answer (answers may come back out of order; the page keeps only the newest).
 * The worker is made on first use, so a page nobody searches on starts none of it.
 */
import type { SearchAnswer } from '../../lib/search/search.ts';
import type { SynonymEntry } from '../../lib/search/plan.ts';

/** What a query needs besides its text, all of it plain data (it crosses to the worker). */
export interface SearchRequestOptions {
  /** The page's language (`ja`, `en`): which of Pagefind's indexes to search. */
  lang: string;
  synonyms: SynonymEntry[];
  /** The words nearly every bulletin has, with their shares (content/search/common-words.yaml). */
  commonWords: Record<string, number>;
  /** Characters of excerpt. */
  excerptLength: number;
  /** Searches within this bulletin only (`ms04-015`). */
  bulletin?: string;
  /** Where the identifier table is (`/identifiers.json`): a same-origin path. */
  identifiers?: string;
}

/** Page → worker: warm up (load Pagefind now), or search. */
export type WorkerRequest = { kind: 'warm'; lang: string } | { kind: 'search'; id: number; query: string; options: SearchRequestOptions };

/** Worker → page: the answer to search `id`, or why there is none. */
export type WorkerReply = { id: number; answer: SearchAnswer } | { id: number; error: string };

/** The part of a Worker used here, so a fake can stand in for it in unit tests. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerReply }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

export interface SearchClient {
  /** Starts the worker and has it load Pagefind's `lang` index, ahead of the first query (the reader is typing). */
  warm(lang: string): void;
  /** The answer to `query`; rejects when the worker fails or cannot start. */
  search(query: string, options: SearchRequestOptions): Promise<SearchAnswer>;
}

/** A client over the worker that `create` makes, the first time it is needed. */
export function searchClient(create: () => WorkerLike): SearchClient {
  let worker: WorkerLike | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (a: SearchAnswer) => void; reject: (e: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    // A worker that failed to start or crashed is replaced on the next query.
    worker = undefined;
  };
  const started = (): WorkerLike => {
    if (worker) return worker;
    const made = create();
    made.addEventListener('message', ({ data }) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if ('answer' in data) waiting.resolve(data.answer);
      else waiting.reject(new Error(data.error));
    });
    made.addEventListener('error', () => {
      if (worker === made) failAll(new Error('The search worker failed.'));
    });
    worker = made;
    return made;
  };
  return {
    warm: (lang) => {
      try {
        started().postMessage({ kind: 'warm', lang });
      } catch {
        // No worker to be had: the query that follows says so.
      }
    },
    search: (query, options) =>
      new Promise<SearchAnswer>((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve, reject });
        try {
          started().postMessage({ kind: 'search', id, query, options });
        } catch (error) {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
  };
}
