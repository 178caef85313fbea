/**
 * Converts each bulletin into the one model the exports read (src/schemas/bulletin-model.ts), once: an
 * imported bulletin from the facts its importer read, a curated one from its YAML and its prose. Pure:
 * the data layer passes the checked content.
 */
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { BulletinModel, ModelRestart } from '../../schemas/bulletin-model.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/langs.ts';
import type { ProductFacts } from './bulletin-facts.ts';
import { titleWithoutKb } from './curated-facts.ts';
import { inlineText } from './inline-markdown.ts';
import type { ProseOutline } from './prose-outline.ts';

/** An imported bulletin: everything is the source's, in Japanese. */
export function importedModel(facts: CorpusFacts): BulletinModel {
  return {
    facts,
    curated: false,
    ...(facts.restart ? { restart: { kind: facts.restart.kind, statements: [...facts.restart.statements] } } : {}),
    ...(facts.workarounds
      ? { workarounds: facts.workarounds.map((w) => ({ title: { ja: w.title }, ...(w.cves ? { cves: [...w.cves] } : {}), ...(w.section ? { anchor: w.section } : {}) })) }
      : {}),
    ...(facts.revisions ? { revisions: facts.revisions.map((r) => ({ date: r.date, ...(r.version ? { version: r.version } : {}), text: { ja: r.text } })) } : {}),
  };
}

/** What a curated bulletin adds to its source's facts: its YAML, what it says of each product, and its prose's outlines. */
export interface CuratedParts {
  bulletin: Bulletin;
  productFacts: ReadonlyMap<string, ProductFacts>;
  outlines: Record<Lang, ProseOutline>;
}

/**
 * A curated bulletin: the source's facts, with our translation, its update sections and the restart each
 * states, the workarounds its prose gives (each at its anchor), and its revision history in both languages.
 */
export function curatedModel(facts: CorpusFacts, { bulletin, productFacts, outlines }: CuratedParts): BulletinModel {
  const restarts = new Set(bulletin.updates.map((u) => u.restart));
  const restart: ModelRestart | undefined = restarts.size === 1 ? { kind: [...restarts][0]! } : undefined;
  const productRestarts = Object.fromEntries(
    [...productFacts.values()].flatMap((fact) => (fact.status === 'affected' && fact.update ? [[fact.product, fact.update.restart]] : [])),
  );
  // The two outlines have the same anchors in the same order (checked when the prose loads).
  const titles = (lang: Lang) => outlines[lang].anchors.filter((a) => a.kind === 'workaround');
  const workarounds = titles('ja').map((a, i) => ({ title: { ja: a.title, en: titles('en')[i]!.title }, anchor: a.id }));
  return {
    facts,
    curated: true,
    translation: {
      title: titleWithoutKb(bulletin.title.en, bulletin.kb),
      vulnerabilityTitles: Object.fromEntries(bulletin.vulnerabilities.map((v) => [v.cve, v.title.en])),
    },
    ...(restart ? { restart } : {}),
    ...(Object.keys(productRestarts).length > 0 ? { productRestarts } : {}),
    ...(workarounds.length > 0 ? { workarounds } : {}),
    ...(bulletin.revisions.length > 0
      ? { revisions: bulletin.revisions.map((r) => ({ date: r.date, text: { ja: inlineText(r.text.ja), en: inlineText(r.text.en) } })) }
      : {}),
    ...(bulletin.updates.length > 0 ? { updates: bulletin.updates } : {}),
  };
}

/** The languages the bulletin has texts in: the source's (Japanese), and every other where it is translated. */
export const modelLangs = (model: Pick<BulletinModel, 'translation'>): Lang[] => (model.translation ? [...LANGS] : [DEFAULT_LANG]);
