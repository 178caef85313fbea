/**
 * What `buildCsaf` takes, from the one bulletin model and the one product view: the same for a curated
 * and an imported bulletin. A document per language the model has texts in. Pure: the data layer passes
 * the model and the products.
 */
import type { BulletinModel, ModelRestart } from '../../schemas/bulletin-model.ts';
import type { BulletinProduct } from '../../schemas/bulletin-product.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/translate.ts';
import type { BulletinProducts } from '../products/bulletin-products.ts';
import { absoluteUrl, bulletinAnchorPath, bulletinPath } from '../urls.ts';
import { csafProducts, type CsafInput, type CsafRestart, type CsafWorkaround } from './csaf.ts';

/**
 * A restart as CSAF says it: the machine's, or none. The details are the source's statements where it
 * gives them; else "may" is said in the document's language.
 */
export function csafRestart(restart: ModelRestart, lang: Lang): CsafRestart {
  const category = restart.kind === 'not-required' ? 'none' : 'machine';
  if (restart.statements) return { category, details: restart.statements.join(' ') };
  return restart.kind === 'may-be-required' ? { category, details: t(lang, 'csaf.mayRestart') } : { category };
}

/** The workarounds in the document's language, each linking its place on the bulletin's page in that language (or the page). */
export function csafWorkarounds(model: Pick<BulletinModel, 'facts' | 'workarounds'>, lang: Lang, siteUrl = ''): CsafWorkaround[] {
  const { id } = model.facts;
  return (model.workarounds ?? []).map((w) => ({
    details: w.title[lang] ?? w.title.ja,
    ...(w.cves ? { cves: [...w.cves] } : {}),
    url: absoluteUrl(siteUrl, w.anchor ? bulletinAnchorPath(lang, id, w.anchor) : bulletinPath(lang, id)),
  }));
}

/** Where the input's facts come from, beside the model. */
export interface CsafSources {
  /** The bulletin's products and rows in catalog terms (the one product view). */
  view: Pick<BulletinProducts, 'rows'> & { products: readonly BulletinProduct[] };
  /** A catalog product's name in a language. */
  nameOf: (id: string, lang: Lang) => string | undefined;
  /** The site's origin. */
  siteUrl: string;
  /** The program that builds the documents. */
  generator?: CsafInput['generator'];
}

/** The document's input in one language: its products (with their restarts), workarounds, revisions and texts. */
export function csafInput(model: BulletinModel, lang: Lang, { view, nameOf, siteUrl, generator }: CsafSources): CsafInput {
  const productRestart = (entry: BulletinProduct) => {
    const kind = entry.status === 'affected' ? model.productRestarts?.[entry.product] : undefined;
    return kind ? csafRestart({ kind }, lang) : undefined;
  };
  const { products, unmappedRows } = csafProducts(view.products, view.rows, (id) => nameOf(id, lang), productRestart);
  const hasUnmapped = unmappedRows.affected.length > 0 || unmappedRows.notAffected.length > 0;
  const workarounds = csafWorkarounds(model, lang, siteUrl);
  const revisions = model.revisions?.map((r) => ({ date: r.date, summary: r.text[lang] ?? r.text.ja, ...(r.version ? { version: r.version } : {}) }));
  const { translation } = model;
  return {
    facts: model.facts,
    siteUrl,
    ...(generator ? { generator } : {}),
    products,
    ...(hasUnmapped ? { unmappedRows } : {}),
    ...(model.restart ? { restart: csafRestart(model.restart, lang) } : {}),
    ...(workarounds.length > 0 ? { workarounds } : {}),
    ...(revisions ? { revisions } : {}),
    ...(lang !== 'ja' && translation ? { translation: { lang, title: translation.title, vulnerabilityTitles: { ...translation.vulnerabilityTitles } } } : {}),
  };
}
