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
