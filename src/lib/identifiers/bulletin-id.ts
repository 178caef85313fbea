/**
 * Microsoft security bulletin ids, as the code reads them. The site writes them `MS04-015`; people type
 * `ms04-015`, `MS04015`, `MS04 015` or a typographic dash. The pattern and the written form are defined
 * beside the schemas (src/schemas/bulletin-id.ts) and re-exported here: the identifier box, the
 * `<BulletinRef>` check and search read ids through this module. No imports but that one: browser
 * scripts use it.
 */
import { WHOLE_BULLETIN_ID } from '../../schemas/bulletin-id.ts';

export { BULLETIN_ID_PATTERN, isBulletinId, normalizeBulletinId } from '../../schemas/bulletin-id.ts';

/**
 * A number that orders bulletin ids by publication: year, then number. `MS99-030` is 1999 and comes
 * before `MS00-001` (2000), which plain text order gets wrong.
 */
export function bulletinOrder(id: string): number {
  const match = WHOLE_BULLETIN_ID.exec(id);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  return (year >= 90 ? 1900 + year : 2000 + year) * 1000 + Number(match[2]);
}

/** The year a bulletin id was issued in: `MS09-062` → 2009. */
export function bulletinYear(id: string): number {
  return Math.floor(bulletinOrder(id) / 1000);
}
