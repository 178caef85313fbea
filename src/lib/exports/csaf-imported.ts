/**
 * What an imported bulletin gives its CSAF document beyond its products: its workarounds, each linking
 * the section of its Japanese page that describes it. Pure.
 */
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { absoluteUrl, bulletinAnchorPath, bulletinPath } from '../urls.ts';
import type { CsafWorkaround } from './csaf.ts';

/** A heading of the rendered page: its anchor and its text. */
export interface PageHeading {
  slug: string;
  text: string;
}

/**
 * The workarounds as CSAF takes them: each title as the source writes it, for the vulnerabilities its
 * heading names, linking the workarounds section of the Japanese page that names one of them (the first
 * workarounds section, or the page, where none does). The URL is a site path; the builder makes it absolute.
 */
export function importedWorkarounds(facts: Pick<CorpusFacts, 'id' | 'vulnerabilities' | 'workarounds'>, headings: readonly PageHeading[], siteUrl = ''): CsafWorkaround[] {
  const sections = headings.filter((h) => h.slug === 'workarounds' || h.slug.startsWith('workarounds-'));
  const spellings = (cve: string) => facts.vulnerabilities.filter((v) => v.cve === cve).map((v) => v.id).concat(cve);
  return (facts.workarounds ?? []).map((w) => {
    const section = sections.find((h) => w.cves?.some((cve) => spellings(cve).some((id) => h.text.includes(id)))) ?? sections[0];
    const path = section ? bulletinAnchorPath('ja', facts.id, section.slug) : bulletinPath('ja', facts.id);
    return { details: w.title, ...(w.cves ? { cves: w.cves } : {}), url: absoluteUrl(siteUrl, path) };
  });
}
