/**
 * The one pattern for Microsoft security bulletin ids. The site writes them `MS04-015`; people type
 * `ms04-015`, `MS04015`, `MS04 015` or a typographic dash. Here, below the schemas that check ids with it;
 * the code reads ids through src/lib/identifiers/bulletin-id.ts, which builds on this module. No imports:
 * browser scripts use it.
 */

/**
 * A bulletin id as people write it, without anchors or flags (match case-insensitively). Groups: the
 * year's two digits, the three-digit number.
 */
export const BULLETIN_ID_PATTERN = String.raw`ms ?(\d{2}) ?[-‐–]? ?(\d{3})`;

/** A whole text that is one bulletin id as people write it, with the pattern's groups. */
export const WHOLE_BULLETIN_ID = new RegExp(`^${BULLETIN_ID_PATTERN}$`, 'i');

/** `MS04-015`, `ms04015`, `MS04 015` → `MS04-015`; anything else → undefined. */
export function normalizeBulletinId(text: string): string | undefined {
  const match = WHOLE_BULLETIN_ID.exec(text);
  return match ? `MS${match[1]}-${match[2]}` : undefined;
}

/** Whether `text` is a bulletin id written the site's way: `MS04-015` (upper case, one hyphen). */
export function isBulletinId(text: string): boolean {
  return normalizeBulletinId(text) === text;
}
