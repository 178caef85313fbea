/**
 * A bulletin's vulnerabilities as every surface gives them: the pages, the CVE pages, the JSON API and
 * CSAF all read this one list, so they cannot disagree. A fact of a vulnerability that the model gains
 * (src/schemas/corpus.ts) is carried through by the spread; only its words are added here. Pure.
 */
import type { CorpusVulnerability, Impact } from '../../schemas/corpus.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/translate.ts';

/** One vulnerability of a bulletin, with its title in each language we have. */
export interface BulletinVulnerability extends CorpusVulnerability {
  /** Our English title, where the bulletin is curated (its translation names it). */
  titleEn?: string;
}

/**
 * The bulletin's vulnerabilities in the source's order, each CVE once: MS06-001 lists CVE-2005-4560
 * under both its CVE and its CAN spelling, and the first one the source gives is kept. `titlesEn` gives
 * a curated bulletin's English titles by CVE id.
 */
export function bulletinVulnerabilities(
  vulnerabilities: readonly CorpusVulnerability[],
  titlesEn: ReadonlyMap<string, string> = new Map(),
): BulletinVulnerability[] {
  const seen = new Set<string>();
  return vulnerabilities
    .filter((v) => !seen.has(v.cve) && seen.add(v.cve))
    .map((v) => {
      const titleEn = titlesEn.get(v.cve);
      return titleEn ? { ...v, titleEn } : { ...v };
    });
}

/** An impact's name in a language: リモートでコードが実行される, Remote Code Execution. */
export const impactName = (impact: Impact, lang: Lang) => t(lang, `impact.${impact}`);

/** The impacts of a bulletin's vulnerabilities, each once, in the order they first appear. */
export function bulletinImpacts(vulnerabilities: readonly Pick<CorpusVulnerability, 'impacts'>[]): Impact[] {
  return [...new Set(vulnerabilities.flatMap((v) => v.impacts ?? []))];
}
