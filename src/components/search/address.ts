/** The search is the address: `?q=` follows the box, so a search can be pasted into a ticket. */
import { normalizeBulletinId } from '../../lib/identifiers/bulletin-id.ts';

/** The query the page opens with. */
export const queryFromSearch = (search: string): string => new URLSearchParams(search).get('q') ?? '';

/** The address for `value` typed in the box: `q` set to it, or gone when the box is blank; the rest kept. */
export function addressFor(href: string, value: string): URL {
  const url = new URL(href);
  if (value.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', value);
  return url;
}

/** The bulletin a search is limited to (`?bulletin=ms04-015`), read as a lower-case id; undefined for none or nonsense. */
export function bulletinFromSearch(search: string): string | undefined {
  const id = normalizeBulletinId(new URLSearchParams(search).get('bulletin') ?? '');
  return id?.toLowerCase();
}
