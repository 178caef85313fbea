/**
 * What a curated bulletin (content/bulletins/) gives its CSAF documents beyond the corpus's facts: its
 * verdicts per product (the contract's), the restart its update sections state, its workarounds, its
 * revision history, and the English texts of its translation. Pure: the data layer passes the checked
 * YAML, the product facts and the prose outlines.
 */
import type { Bulletin, Update } from '../../schemas/bulletin.ts';
import type { ProductFacts } from '../content/bulletin-facts.ts';
import type { ProseOutline } from '../content/prose-outline.ts';
import type { CorpusRestart } from '../corpus/types.ts';
import { inlineText } from '../content/inline-markdown.ts';
import { titleWithoutKb } from '../content/curated-facts.ts';
import type { Lang } from '../i18n/langs.ts';
import { absoluteUrl, bulletinAnchorPath } from '../urls.ts';
import type { CsafProduct, CsafRestart, CsafSourceRevision, CsafTranslation, CsafWorkaround } from './csaf.ts';

/** The curated bulletin's part of a `CsafInput`, in one language. */
export interface CuratedCsafParts {
  products: CsafProduct[];
  workarounds: CsafWorkaround[];
  revisions: CsafSourceRevision[];
  /** For the English document only. */
  translation?: CsafTranslation;
}

const MAY_RESTART: Record<Lang, string> = {
  ja: 'このセキュリティ更新プログラムのインストール後、再起動が必要になる場合があります。',
  en: 'A restart may be required after installing this security update.',
};

/** An update section's restart as CSAF says it: the machine's, with "may" said in the details. */
export function csafRestart(restart: Update['restart'], lang: Lang): CsafRestart {
  if (restart === 'not-required') return { category: 'none' };
  return restart === 'required' ? { category: 'machine' } : { category: 'machine', details: MAY_RESTART[lang] };
}

/** An imported bulletin's restart requirement as CSAF says it, with the source's statements as the details. */
export function csafRestartOf(restart: CorpusRestart): CsafRestart {
  return { category: restart.kind === 'not-required' ? 'none' : 'machine', details: restart.statements.join(' ') };
}


/**
 * The curated bulletin's products (affected, patched as `fixed`, not affected, in the bulletin's order)
 * named as the catalog names them, with the KB number and download link of each affected product's
 * update and the restart its update section states; its workarounds (the prose's titles, each linking
 * its place on the page); its revision history; and in English, the translation's texts.
 */
export function curatedCsafParts(
  bulletin: Bulletin,
  facts: ReadonlyMap<string, ProductFacts>,
  productName: (id: string) => { ja: string; en: string } | undefined,
  outline: ProseOutline,
  lang: Lang,
  siteUrl: string,
): CuratedCsafParts {
  const products: CsafProduct[] = [];
  for (const fact of facts.values()) {
    const name = productName(fact.product);
    if (!name) throw new Error(`${bulletin.id}: the product "${fact.product}" is not in the catalog.`);
    const affected = fact.status === 'affected';
    products.push({
      id: fact.product,
      name: name[lang],
      status: fact.status === 'patched' ? 'fixed' : fact.status,
      kbs: affected ? [bulletin.kb] : [],
      downloads: affected && fact.download ? [fact.download] : [],
      ...(affected && fact.update ? { restart: csafRestart(fact.update.restart, lang) } : {}),
    });
  }
  const workarounds = outline.anchors
    .filter((anchor) => anchor.kind === 'workaround')
    .map((anchor): CsafWorkaround => ({ details: anchor.title, url: absoluteUrl(siteUrl, bulletinAnchorPath(lang, bulletin.id, anchor.id)) }));
  const revisions = bulletin.revisions.map((r) => ({ date: r.date, summary: inlineText(r.text[lang]) }));
  const parts: CuratedCsafParts = { products, workarounds, revisions };
  if (lang === 'en') {
    parts.translation = {
      lang: 'en',
      title: titleWithoutKb(bulletin.title.en, bulletin.kb),
      vulnerabilityTitles: Object.fromEntries(bulletin.vulnerabilities.map((v) => [v.cve, v.title.en])),
    };
  }
  return parts;
}
