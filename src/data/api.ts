/**
 * The JSON API's files (`/api/v1/`), built once per build from the same facts as the pages: each
 * bulletin's model (src/data/bulletin-models.ts) and its products in the one product view.
 */
import { apiBulletin, apiSummary, type ApiBulletinInput } from '../lib/exports/api.ts';
import type { ApiBulletin, ApiIndex } from '../schemas/api.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { getExportFacts, getListings, getRelations } from './corpus.ts';
import { getAnyProduct } from './products.ts';
import { getBulletinProductsInCatalogOrder, getBulletinRows } from './bulletin-products.ts';
import { getBulletinModels } from './bulletin-models.ts';
import { getBulletinCsaf } from './csaf.ts';

const SITE = import.meta.env.SITE;
const factsById = new Map(getExportFacts().map((facts) => [facts.id, facts]));

let inputs: Promise<Map<string, ApiBulletinInput>> | undefined;

/** Each bulletin's API input, by id. */
function getInputs(): Promise<Map<string, ApiBulletinInput>> {
  inputs ??= buildInputs();
  return inputs;
}

async function buildInputs(): Promise<Map<string, ApiBulletinInput>> {
  const result = new Map<string, ApiBulletinInput>();
  for (const model of (await getBulletinModels()).values()) {
    const { id } = model.facts;
    const csafFiles = await getBulletinCsaf(id);
    const csaf = { ja: absoluteUrl(SITE, csafFiles.ja!.path), ...(csafFiles.en ? { en: absoluteUrl(SITE, csafFiles.en.path) } : {}) };
    const catalogRow = ({ products, kb }: { products: string[]; kb?: string }) => ({ products, ...(kb ? { kb } : {}) });
    const sourceRows = getBulletinRows(id);
    const rows = { affected: sourceRows.affected.map(catalogRow), notAffected: sourceRows.notAffected.map(catalogRow) };
    const replacedBy = getRelations(id).replacedBy.map((r) => r.id);
    const products = getBulletinProductsInCatalogOrder(id).map((entry) => ({
      id: entry.product,
      name: getAnyProduct(entry.product)!.name,
      status: entry.status,
      kbs: [...entry.kbs],
      downloads: [...entry.downloads],
      ...(entry.fixedVersion ? { fixedVersion: entry.fixedVersion } : {}),
    }));
    result.set(id, { model, products, rows, replacedBy, csaf });
  }
  return result;
}

/** `/api/v1/bulletins.json`: every bulletin, newest first. */
export async function getApiIndex(): Promise<ApiIndex> {
  const all = await getInputs();
  return { version: 1, bulletins: getListings().map((listing) => apiSummary(SITE, all.get(listing.id)!)) };
}

/** The ids of the bulletins that have an API file. */
export function getApiBulletinIds(): string[] {
  return [...factsById.keys()];
}

/** `/api/v1/bulletins/{id}.json`. */
export async function getApiBulletin(id: string): Promise<ApiBulletin> {
  const input = (await getInputs()).get(id);
  if (!input) throw new Error(`No bulletin ${id} in the corpus.`);
  return apiBulletin(SITE, input);
}
