/** Loading Pagefind's script and index on first use, once; a failed load is tried again next time. */
import type { PagefindLike } from '../../lib/search/pagefind.ts';

/** Pagefind's module as the page uses it. */
export type PagefindModule = PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> };

/** A loader: the first call imports and starts Pagefind, later calls share that load. */
export function pagefindLoader(importModule: () => Promise<PagefindModule>): () => Promise<PagefindModule> {
  let loading: Promise<PagefindModule> | undefined;
  return () => {
    loading ??= (async () => {
      const pagefind = await importModule();
      // Short excerpts: the page builds its own from the section text.
      // On the main thread: the index is small, and a worker would be one more script to download.
      await pagefind.options({ excerptLength: 24, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
