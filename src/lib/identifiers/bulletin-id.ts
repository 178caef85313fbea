/**
 * The one pattern for Microsoft security bulletin ids. The site writes them `MS04-015`; people type
 * `ms04-015`, `MS04015`, `MS04 015` or a typographic dash. The schema, the identifier box, the
 * `<BulletinRef>` check and search all read ids through this module. No imports: browser scripts use it.
 */

/**
 * A bulletin id as people write it, without anchors or flags (match case-insensitively). Groups: the
 * year's two digits, the three-digit number.
 */
export const BULLETIN_ID_PATTERN = String.raw`ms ?(\d{2}) ?[-‐–]? ?(\d{3})`;

const WHOLE = new RegExp(`^${BULLETIN_ID_PATTERN}$`, 'i');

/** `MS04-015`, `ms04015`, `MS04 015` → `MS04-015`; anything else → undefined. */
export function normalizeBulletinId(text: string): string | undefined {
  const match = WHOLE.exec(text);
  return match ? `MS${match[1]}-${match[2]}` : undefined;
}

/** Whether `text` is a bulletin id written the site's way: `MS04-015` (upper case, one hyphen). */
export function isBulletinId(text: string): boolean {
  return normalizeBulletinId(text) === text;
}

/**
 * A number that orders bulletin ids by publication: year, then number. `MS99-030` is 1999 and comes
 * before `MS00-001` (2000), which plain text order gets wrong.
 */
export function bulletinOrder(id: string): number {
  const match = WHOLE.exec(id);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  return (year >= 90 ? 1900 + year : 2000 + year) * 1000 + Number(match[2]);
}

/** The year a bulletin id was issued in: `MS09-062` → 2009. */
export function bulletinYear(id: string): number {
  return Math.floor(bulletinOrder(id) / 1000);
}
