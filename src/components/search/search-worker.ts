/**
 * The search worker: loads Pagefind (its script, WebAssembly and index chunks) and the identifier
 * table, and runs the whole search (src/lib/search/search.ts) here, off the page's main thread. The
 * page (search-client.ts) sends a query; the answer goes back as plain data that the page renders.
 */
import type { LookupTable } from '../../lib/search/identify.ts';
import { search } from '../../lib/search/search.ts';
import { PAGEFIND_PATH, pagefindLoader, type PagefindModule } from './load-pagefind.ts';
import type { WorkerReply, WorkerRequest } from './search-client.ts';

/**
 * The worker's global scope, as far as it is used here. Typed by hand: the WebWorker lib would change
 * the DOM types of every other script in the project.
 */
interface WorkerScope {
  location: { origin: string };
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerReply): void;
}
const scope = self as unknown as WorkerScope;

/**
 * Pagefind picks its language's index from the page's `<html lang>`, and a worker has no document: it
 * would fall back to the index with the most pages. Before Pagefind's module first loads, the worker
 * answers that one question (the `lang` of the page that sent the query) and nothing else.
 */
function tellPagefindTheLanguage(lang: string): void {
  if ('document' in globalThis) return;
  const html = { getAttribute: (name: string) => (name === 'lang' ? lang : null) };
  Object.defineProperty(globalThis, 'document', { value: { querySelector: (selector: string) => (selector === 'html' ? html : null) }, configurable: true });
}

/** Pagefind's script and index, fetched the first time they are needed and then reused. */
let pagefind: (() => Promise<PagefindModule>) | undefined;
function loadPagefind(lang: string): Promise<PagefindModule> {
  pagefind ??= pagefindLoader(() => {
    tellPagefindTheLanguage(lang);
    return import(/* @vite-ignore */ new URL(`${PAGEFIND_PATH}pagefind.js`, scope.location.origin).href) as Promise<PagefindModule>;
  });
  return pagefind();
}

/** The identifier table (KB numbers and CVE ids → bulletins), fetched the first time a query has one. */
let identifierTable: Promise<LookupTable | undefined> | undefined;
function loadIdentifiers(path: string | undefined): Promise<LookupTable | undefined> {
  const url = new URL(path ?? '', scope.location.origin);
  if (!path?.startsWith('/') || url.origin !== scope.location.origin) return Promise.resolve(undefined);
  identifierTable ??= fetch(url).then((r) => (r.ok ? (r.json() as Promise<LookupTable>) : undefined));
  identifierTable.catch(() => (identifierTable = undefined));
  return identifierTable;
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    void loadPagefind(request.lang).catch(() => undefined);
    return;
  }
  const { id, query, options } = request;
  void (async () => {
    let reply: WorkerReply;
    try {
      const answer = await search(await loadPagefind(options.lang), query, {
        synonyms: options.synonyms,
        commonWords: options.commonWords,
        excerptLength: options.excerptLength,
        identifiers: () => loadIdentifiers(options.identifiers),
        ...(options.bulletin ? { bulletin: options.bulletin } : {}),
      });
      reply = { id, answer };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  })();
});
