/**
 * A curated bulletin's facts in the importer's shape, for the exports of a curated bulletin the corpus
 * does not hold (a test fixture; a future bulletin from outside the corpus). Every fact is the YAML's:
 * the Japanese texts, as the source gives them; nothing the YAML does not say.
 */
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { bulletinYear } from '../identifiers/bulletin-id.ts';

/** A curated title without the KB number it ends with: "… (840374)" → "…", as the importer reads the corpus's titles. */
export const titleWithoutKb = (title: string, kb: string) => title.replace(new RegExp(`\\s*[(（]${kb}[)）]\\s*$`), '');

export function curatedFacts(bulletin: Bulletin, folder: string): CorpusFacts {
  const slug = bulletin.id.toLowerCase();
  return {
    id: bulletin.id,
    slug,
    year: bulletinYear(bulletin.id),
    file: `${folder}/${bulletin.source.file}`,
    title: titleWithoutKb(bulletin.title.ja, bulletin.kb),
    severity: bulletin.severity,
    kb: bulletin.kb,
    published: bulletin.published,
    updated: bulletin.updated,
    vulnerabilities: bulletin.vulnerabilities.map((v) => ({ id: v.id, cve: v.cve, title: v.title.ja })),
    replaces: bulletin.summary.replaces.map((id) => ({ bulletin: id })),
    affected: bulletin.affectedSoftware.rows.map((row) => ({ name: row.software.ja, downloads: [row.download] })),
    notAffected: bulletin.nonAffectedSoftware.map((row) => ({ name: row.software.ja, downloads: [] })),
    fixedIn: [],
    cites: { bulletins: [], kbs: [] },
  };
}
