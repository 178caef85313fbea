/**
 * The CSAF 2.0 documents of every bulletin, built once per build from the same facts as the pages: one
 * Japanese document per bulletin of the corpus and, for each curated bulletin, its English translation.
 * A curated bulletin's documents take its verdicts, restart, workarounds and revision history from its
 * YAML and prose; the others take their products from the rows the spellings map. Every document is
 * checked by the reference validator (schema and mandatory tests): one that fails fails the build,
 * naming the bulletin, the test and the place.
 */
import pkg from '../../package.json';
import { buildCsaf, csafPath, csafProducts, formatCsafProblems, validateCsaf, type CsafInput } from '../lib/exports/csaf.ts';
import { csafRestartOf, curatedCsafParts, curatedRestartOf } from '../lib/exports/csaf-curated.ts';
import type { CsafFile } from '../lib/exports/csaf-provider.ts';
import { LANGS, type Lang } from '../lib/i18n/langs.ts';
import { importedWorkarounds } from '../lib/exports/csaf-imported.ts';
import { getExportFacts } from './corpus.ts';
import { getAnyProduct } from './products.ts';
import { getBulletinProducts, getBulletinRows } from './bulletin-products.ts';
import { getBulletinViews } from './content.ts';

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
  const views = new Map((await getBulletinViews()).map((view) => [view.bulletin.id, view]));
  const inputs: CsafInput[] = [];
  for (const facts of getExportFacts()) {
    const base = { facts, siteUrl: SITE, generator: GENERATOR };
    const view = views.get(facts.id);
    if (!view) {
      const revisions = facts.revisions?.map((r) => ({ date: r.date, summary: r.text, ...(r.version ? { version: r.version } : {}) }));
      const workarounds = importedWorkarounds(facts, SITE);
      inputs.push({
        ...base,
        ...csafProducts(getBulletinProducts(facts.id), getBulletinRows(facts.id), (id) => getAnyProduct(id)?.name.ja),
        ...(revisions ? { revisions } : {}),
        ...(facts.restart ? { restart: csafRestartOf(facts.restart) } : {}),
        ...(workarounds.length > 0 ? { workarounds } : {}),
      });
      continue;
    }
    for (const lang of LANGS) {
      // A curated bulletin's verdicts name every product it speaks of: its source's rows add none.
      const { products } = csafProducts(getBulletinProducts(facts.id), { affected: [], notAffected: [] }, (id) => getAnyProduct(id)?.name[lang], curatedRestartOf(view.productFacts, lang));
      inputs.push({ ...base, products, ...curatedCsafParts(view.bulletin, view.prose[lang].outline, lang, SITE) });
    }
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
