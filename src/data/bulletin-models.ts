/**
 * Every bulletin in the one model the exports read (src/schemas/bulletin-model.ts), converted once per
 * build: the corpus's facts of each bulletin, with a curated bulletin's YAML and prose where there is one.
 */
import type { BulletinModel } from '../schemas/bulletin-model.ts';
import { curatedModel, importedModel } from '../lib/content/bulletin-model.ts';
import { getExportFacts } from './corpus.ts';
import { getBulletinViews } from './content.ts';

let models: Promise<ReadonlyMap<string, BulletinModel>> | undefined;

/** Each bulletin's model by id, in the corpus's order (newest first). */
export function getBulletinModels(): Promise<ReadonlyMap<string, BulletinModel>> {
  models ??= build();
  return models;
}

async function build(): Promise<ReadonlyMap<string, BulletinModel>> {
  const views = new Map((await getBulletinViews()).map((view) => [view.bulletin.id, view]));
  return new Map(
    getExportFacts().map((facts) => {
      const view = views.get(facts.id);
      const model = view ? curatedModel(facts, { bulletin: view.bulletin, productFacts: view.productFacts, outlines: { ja: view.prose.ja.outline, en: view.prose.en.outline } }) : importedModel(facts);
      return [facts.id, model];
    }),
  );
}
