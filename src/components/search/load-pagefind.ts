/** Loading Pagefind's script and index on first use, once; a failed load is tried again next time. */
import type { PagefindLike } from '../../lib/search/pagefind.ts';

/** Pagefind's module as the page uses it. */
export type PagefindModule = PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> };

/** Where Pagefind's bundle is on the site. */
export const PAGEFIND_PATH = '/pagefind/';

/** A loader: the first call imports and starts Pagefind, later calls share that load. */
export function pagefindLoader(importModule: () => Promise<PagefindModule>): () => Promise<PagefindModule> {
  let loading: Promise<PagefindModule> | undefined;
  return () => {
    loading ??= (async () => {
      const pagefind = await importModule();
      // Short excerpts: the page builds its own from the section text.
      // No worker of Pagefind's own: it already runs in ours (search-worker.ts), with the ranking.
      // Its paths given, not derived: in a worker it cannot strip the page's origin from its own URL,
      // and its results' URLs would keep part of it.
      await pagefind.options({ excerptLength: 24, noWorker: true, basePath: PAGEFIND_PATH, baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
