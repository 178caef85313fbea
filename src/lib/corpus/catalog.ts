/**
 * The corpus as lists and links: which families a bulletin belongs to (for the lists' filters), and
 * which bulletins each one replaces and is replaced by, computed across the whole corpus. Pure.
 */
import type { CorpusFamily } from '../../schemas/corpus-family.ts';
import { bulletinOrder } from '../identifiers/bulletin-id.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';

/** The families the bulletin lists can be filtered by. */
export const FAMILIES_FILE = 'content/corpus/families.yaml';

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** The ids of the families whose match text appears in a name of the bulletin's affected software, in family order. */
export function familiesOf(facts: Pick<CorpusFacts, 'affected'>, families: readonly CorpusFamily[]): string[] {
  const names = facts.affected.map((software) => fold(software.name));
  return families.filter((family) => family.match.some((text) => names.some((name) => name.includes(fold(text))))).map((f) => f.id);
}

/** Another bulletin named as a replacement: by id, and by KB where that is how the source named it. */
export interface RelatedBulletin {
  /** The bulletin's id (`MS08-067`). */
  id: string;
  /** The KB number the source named it by, where it did. */
  kb?: string;
}

/** What a bulletin replaces and what replaces it. */
export interface BulletinRelations {
  replaces: RelatedBulletin[];
  replacedBy: RelatedBulletin[];
}

const byId = (a: RelatedBulletin, b: RelatedBulletin) => bulletinOrder(a.id) - bulletinOrder(b.id);

/**
 * Every bulletin's relations. A replacement named by KB number is resolved to the bulletin whose main
 * KB it is, where exactly one is; one that names neither a known bulletin nor such a KB is left out
 * (the page still shows it as the source gives it, in the source's text).
 */
export function bulletinRelations(all: readonly Pick<CorpusFacts, 'id' | 'kb' | 'replaces'>[]): Map<string, BulletinRelations> {
  const ids = new Set(all.map((facts) => facts.id));
  const kbOwners = new Map<string, string[]>();
  for (const facts of all) if (facts.kb) kbOwners.set(facts.kb, [...(kbOwners.get(facts.kb) ?? []), facts.id]);
  const relations = new Map<string, BulletinRelations>(all.map((facts) => [facts.id, { replaces: [], replacedBy: [] }]));
  for (const facts of all) {
    const seen = new Set<string>();
    for (const replaced of facts.replaces) {
      const owners = replaced.kb ? kbOwners.get(replaced.kb) : undefined;
      const id = replaced.bulletin && ids.has(replaced.bulletin) ? replaced.bulletin : owners?.length === 1 ? owners[0] : undefined;
      if (!id || id === facts.id || seen.has(id)) continue;
      seen.add(id);
      relations.get(facts.id)!.replaces.push({ id, ...(replaced.kb ? { kb: replaced.kb } : {}) });
      relations.get(id)!.replacedBy.push({ id: facts.id });
    }
  }
  for (const relation of relations.values()) {
    relation.replaces.sort(byId);
    relation.replacedBy.sort(byId);
  }
  return relations;
}
