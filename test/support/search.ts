/** Waiting on the search page as a reader does: until it says it has shown the results. */
import type { Page } from 'playwright-core';

/** Waits until the page's `<site-search>` has shown the results for `query` (`data-state="done"`). */
export async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const element = document.querySelector<HTMLElement>('site-search');
      return element?.dataset['state'] === 'done' && element.dataset['query'] === q;
    },
    query,
    { timeout: 15_000 },
  );
}

/** What one query cost on a search page opened fresh with it in its address. */
export interface QueryCost {
  /** Response bytes from /pagefind/ and /identifiers.json. */
  bytes: number;
  /** Requests of those. */
  requests: number;
  /** Pagefind fragments (one per result shown) among them. */
  fragments: number;
  /** From the page's start to its results (the page's own `search:results` measure). */
  ms: number;
}

/** Opens `url` (a search page with `?q=query`) in the fresh `page` and measures what the query costs. */
export async function queryCost(page: Page, url: string, query: string): Promise<QueryCost> {
  const sizes: Array<Promise<number>> = [];
  let fragments = 0;
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/pagefind/') && pathname !== '/identifiers.json') return;
    if (pathname.includes('/fragment/')) fragments++;
    sizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(url);
  await resultsFor(page, query);
  const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  const ms = await page.evaluate(() => performance.getEntriesByName('search:results').at(-1)?.duration ?? NaN);
  return { bytes, requests: sizes.length, fragments, ms: Math.round(ms) };
}
