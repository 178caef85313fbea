/**
 * A bulletin's vulnerabilities as every surface gives them: the pages, the CVE pages, the JSON API and
 * CSAF all read this one module, so they cannot disagree. A fact of a vulnerability that the model gains
 * (src/schemas/corpus.ts) reaches the API by the spread; how the pages and CSAF say it is written here
 * once: `vulnerabilityDetails` (the English list), `bulletinGlance` (the glance box of both pages) and
 * `vulnerabilityThreats` (CSAF). Pure.
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

/** A list of names as the language writes it: `A、B` or `A, B`. */
const list = (names: readonly string[], lang: Lang) => names.join(lang === 'ja' ? '、' : ', ');

/** What a page says of one vulnerability beyond its id and title, each a short text: `Remote Code Execution`. */
export function vulnerabilityDetails(v: Pick<CorpusVulnerability, 'impacts'>, lang: Lang): string[] {
  return v.impacts ? [list(v.impacts.map((impact) => impactName(impact, lang)), lang)] : [];
}

/** The details as one text: `Remote Code Execution; …`, or undefined where there are none. */
export function vulnerabilityDetailsText(v: Pick<CorpusVulnerability, 'impacts'>, lang: Lang): string | undefined {
  const details = vulnerabilityDetails(v, lang);
  return details.length > 0 ? details.join(lang === 'ja' ? '。' : '; ') : undefined;
}

/** What the glance box says of the bulletin's vulnerabilities as a whole: labelled rows, each where the source gives it. */
export function bulletinGlance(vulnerabilities: readonly Pick<CorpusVulnerability, 'impacts'>[], lang: Lang): { label: string; text: string }[] {
  const impacts = [...new Set(vulnerabilities.flatMap((v) => v.impacts ?? []))];
  return impacts.length > 0 ? [{ label: t(lang, 'summary.impact'), text: list(impacts.map((impact) => impactName(impact, lang)), lang) }] : [];
}

/** A CSAF threat (CSAF 2.0, section 3.2.3.13). */
export interface VulnerabilityThreat {
  category: 'impact' | 'exploit_status' | 'target_set';
  details: string;
}

/** The vulnerability's CSAF threats, in the document's language: each impact the source names. */
export function vulnerabilityThreats(v: Pick<CorpusVulnerability, 'impacts'>, lang: Lang): VulnerabilityThreat[] {
  return (v.impacts ?? []).map((impact) => ({ category: 'impact', details: impactName(impact, lang) }));
}
