/**
 * What an imported bulletin gives its CSAF document beyond its products: its workarounds, each linking
 * the section of its Japanese page that lists it. Pure.
 */
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { absoluteUrl, bulletinAnchorPath, bulletinPath } from '../urls.ts';
import type { CsafWorkaround } from './csaf.ts';

/**
 * The workarounds as CSAF takes them: each title as the source writes it, for the vulnerabilities its
 * heading names, linking the section of the Japanese page that lists it (the importer gives its anchor),
 * or the page where it has none.
 */
export function importedWorkarounds(facts: Pick<CorpusFacts, 'id' | 'workarounds'>, siteUrl = ''): CsafWorkaround[] {
  return (facts.workarounds ?? []).map((w) => {
    const path = w.section ? bulletinAnchorPath('ja', facts.id, w.section) : bulletinPath('ja', facts.id);
    return { details: w.title, ...(w.cves ? { cves: w.cves } : {}), url: absoluteUrl(siteUrl, path) };
  });
}
