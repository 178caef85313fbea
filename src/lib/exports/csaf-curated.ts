/**
 * What a curated bulletin (content/bulletins/) gives its CSAF documents beyond the corpus's facts and
 * its products (the one product view's): the restart its update sections state, its workarounds, its
 * revision history, and the English texts of its translation. Pure: the data layer passes the checked
 * YAML and the prose outlines.
 */
import type { Bulletin, Update } from '../../schemas/bulletin.ts';
import type { BulletinProduct } from '../../schemas/bulletin-product.ts';
import type { ProductFacts } from '../content/bulletin-facts.ts';
import type { ProseOutline } from '../content/prose-outline.ts';
import type { CorpusRestart } from '../../schemas/corpus.ts';
import { inlineText } from '../content/inline-markdown.ts';
import { titleWithoutKb } from '../content/curated-facts.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/translate.ts';
import { absoluteUrl, bulletinAnchorPath } from '../urls.ts';
import type { CsafRestart, CsafSourceRevision, CsafTranslation, CsafWorkaround } from './csaf.ts';

/** The curated bulletin's part of a `CsafInput`, in one language. */
export interface CuratedCsafParts {
  workarounds: CsafWorkaround[];
  revisions: CsafSourceRevision[];
  /** For the English document only. */
  translation?: CsafTranslation;
}

/** An update section's restart as CSAF says it: the machine's, with "may" said in the details. */
export function csafRestart(restart: Update['restart'], lang: Lang): CsafRestart {
  if (restart === 'not-required') return { category: 'none' };
  return restart === 'required' ? { category: 'machine' } : { category: 'machine', details: t(lang, 'csaf.mayRestart') };
}

/** An imported bulletin's restart requirement as CSAF says it, with the source's statements as the details. */
export function csafRestartOf(restart: CorpusRestart): CsafRestart {
  return { category: restart.kind === 'not-required' ? 'none' : 'machine', details: restart.statements.join(' ') };
}

/** The restart each affected product's update section states, in the document's language (for `csafProducts`). */
export function curatedRestartOf(facts: ReadonlyMap<string, ProductFacts>, lang: Lang): (entry: BulletinProduct) => CsafRestart | undefined {
  return (entry) => {
    const update = entry.status === 'affected' ? facts.get(entry.product)?.update : undefined;
    return update ? csafRestart(update.restart, lang) : undefined;
  };
}

/**
 * The curated bulletin's workarounds (the prose's titles, each linking its place on the page), its
 * revision history, and in English, the translation's texts.
 */
export function curatedCsafParts(bulletin: Bulletin, outline: ProseOutline, lang: Lang, siteUrl: string): CuratedCsafParts {
  const workarounds = outline.anchors
    .filter((anchor) => anchor.kind === 'workaround')
    .map((anchor): CsafWorkaround => ({ details: anchor.title, url: absoluteUrl(siteUrl, bulletinAnchorPath(lang, bulletin.id, anchor.id)) }));
  const revisions = bulletin.revisions.map((r) => ({ date: r.date, summary: inlineText(r.text[lang]) }));
  const parts: CuratedCsafParts = { workarounds, revisions };
  if (lang === 'en') {
    parts.translation = {
      lang: 'en',
      title: titleWithoutKb(bulletin.title.en, bulletin.kb),
      vulnerabilityTitles: Object.fromEntries(bulletin.vulnerabilities.map((v) => [v.cve, v.title.en])),
    };
  }
  return parts;
}
