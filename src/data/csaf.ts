/**
 * The CSAF 2.0 documents of every bulletin, built once per build from the same facts as the pages: one
 * Japanese document per bulletin and, where the bulletin is translated, its English translation, each
 * from the bulletin's model (src/data/bulletin-models.ts) and its products in the one product view. Every document is
 * checked by the reference validator (schema and mandatory tests): one that fails fails the build,
 * naming the bulletin, the test and the place.
 */
import pkg from '../../package.json';
import { buildCsaf, csafPath, formatCsafProblems, validateCsaf, type CsafInput } from '../lib/exports/csaf.ts';
import { csafInput } from '../lib/exports/csaf-model.ts';
import { modelLangs } from '../lib/content/bulletin-model.ts';
import type { CsafFile } from '../lib/exports/csaf-provider.ts';
import type { Lang } from '../lib/i18n/langs.ts';
import { getAnyProduct } from './products.ts';
import { getBulletinProducts, getBulletinRows } from './bulletin-products.ts';
import { getBulletinModels } from './bulletin-models.ts';

const SITE = import.meta.env.SITE;
const GENERATOR = { name: pkg.name, version: pkg.version };

let files: Promise<CsafFile[]> | undefined;

/** Every CSAF document, Japanese and translations, in the corpus's order (newest first); validated. */
export function getCsafFiles(): Promise<readonly CsafFile[]> {
  files ??= buildAll();
  return files;
}

let byBulletin: Promise<Map<string, Partial<Record<Lang, CsafFile>>>> | undefined;

/** The CSAF documents of one bulletin, by language (a translation only where there is one). */
export async function getBulletinCsaf(id: string): Promise<Partial<Record<Lang, CsafFile>>> {
  byBulletin ??= getCsafFiles().then((all) => {
    const map = new Map<string, Partial<Record<Lang, CsafFile>>>();
    for (const file of all) {
      const { tracking, lang } = file.doc.document;
      const bulletin = tracking.id.replace(/-[a-z]+$/, '');
      map.set(bulletin, { ...map.get(bulletin), [lang]: file });
    }
    return map;
  });
  return (await byBulletin).get(id) ?? {};
}

async function buildAll(): Promise<CsafFile[]> {
  const started = performance.now();
  const sources = { nameOf: (id: string, lang: Lang) => getAnyProduct(id)?.name[lang], siteUrl: SITE, generator: GENERATOR };
  const inputs: CsafInput[] = [];
  for (const model of (await getBulletinModels()).values()) {
    const { id } = model.facts;
    const view = { products: getBulletinProducts(id), rows: getBulletinRows(id) };
    for (const lang of modelLangs(model)) inputs.push(csafInput(model, lang, { ...sources, view }));
  }
  const built = inputs.map((input) => {
    const doc = buildCsaf(input);
    return { path: csafPath(doc.document.tracking.id, doc.document.tracking.initial_release_date), json: `${JSON.stringify(doc, null, 2)}\n`, doc };
  });
  const problems = (await Promise.all(built.map((file) => validateCsaf(file.doc)))).flat();
  if (problems.length > 0) {
    throw new Error(
      `The CSAF documents have ${problems.length} problem(s). Each names the bulletin, the validator's test and the place in the document; fix the bulletin's facts or src/lib/exports/csaf.ts:\n${formatCsafProblems(problems)}`,
    );
  }
  // The benchmark reads this line: the documents are built before any route, so no route's time holds them.
  console.info(`[exports] ${built.length} CSAF documents built and validated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return built;
}
