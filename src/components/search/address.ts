/** The search is the address: `?q=` follows the box, so a search can be pasted into a ticket. */

/** The query the page opens with. */
export const queryFromSearch = (search: string): string => new URLSearchParams(search).get('q') ?? '';

/** The address for `value` typed in the box: `q` set to it, or gone when the box is blank; the rest kept. */
export function addressFor(href: string, value: string): URL {
  const url = new URL(href);
  if (value.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', value);
  return url;
}
