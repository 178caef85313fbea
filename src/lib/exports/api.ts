/**
 * The JSON API (`/api/v1/`): the bulletin index and one file per bulletin, with the facts its page shows,
 * and the JSON Schema of both, generated from their zod schemas (src/schemas/api.ts). Pure: the data layer
 * passes the facts; the same facts build the pages.
 */
import { z } from 'astro/zod';
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { BulletinModel } from '../../schemas/bulletin-model.ts';
import {
  apiBulletinFileSchema,
  apiIndexFileSchema,
  type ApiBulletin,
  type ApiBulletinSummary,
  type ApiLangUrls,
  type ApiProduct,
  type ApiSoftwareRow,
  type ApiText,
  type ApiUpdate,
} from '../../schemas/api.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { bulletinVulnerabilities } from '../content/bulletin-vulnerabilities.ts';
import { LANGS } from '../i18n/langs.ts';
import { absoluteUrl, bulletinPath, bulletinSlug, microsoftLearnUrl, productPath } from '../urls.ts';

/** The API's folder, its version in the path. */
export const API_ROOT = '/api/v1';
export const API_INDEX_PATH = `${API_ROOT}/bulletins.json`;
export const apiBulletinPath = (id: string) => `${API_ROOT}/bulletins/${bulletinSlug(id)}.json`;
export const API_SCHEMA_PATHS = { index: `${API_ROOT}/schema/bulletins.schema.json`, bulletin: `${API_ROOT}/schema/bulletin.schema.json` } as const;

/** Absolute URLs for the bulletin `id`. */
function urls(site: string, id: string, year: number, csaf: ApiText): ApiBulletinSummary['urls'] {
  return {
    page: Object.fromEntries(LANGS.map((lang) => [lang, absoluteUrl(site, bulletinPath(lang, id))])) as ApiLangUrls,
    json: absoluteUrl(site, apiBulletinPath(id)),
    csaf,
    source: microsoftLearnUrl('ja', id, year),
  };
}

/** What one bulletin's API file is built from: the one model, and what the build computed around it. */
export interface ApiBulletinInput {
  model: BulletinModel;
  products: Omit<ApiProduct, 'url'>[];
  /** The catalog products each row names, in the order of `facts.affected` and `facts.notAffected`. */
  rows: { affected: { products: string[]; kb?: string }[]; notAffected: { products: string[] }[] };
  replacedBy: string[];
  /** Absolute URLs of its CSAF documents. */
  csaf: ApiText;
}

/** The index entry of a bulletin. */
export function apiSummary(site: string, input: Pick<ApiBulletinInput, 'model' | 'csaf'>): ApiBulletinSummary {
  const { facts, translation } = input.model;
  return {
    id: facts.id,
    title: { ja: facts.title, ...(translation ? { en: translation.title } : {}) },
    ...(facts.published ? { published: facts.published } : {}),
    ...(facts.updated ? { updated: facts.updated } : {}),
    ...(facts.severity ? { severity: facts.severity } : {}),
    ...(facts.kb ? { kb: facts.kb } : {}),
    cves: [...new Set(facts.vulnerabilities.map((v) => v.cve))],
    curated: input.model.curated,
    urls: urls(site, facts.id, facts.year, input.csaf),
  };
}

/** One bulletin's API file. */
export function apiBulletin(site: string, input: ApiBulletinInput): ApiBulletin {
  const { model } = input;
  const { facts } = model;
  const titlesEn = new Map(Object.entries(model.translation?.vulnerabilityTitles ?? {}));
  const row = (source: CorpusFacts['affected'][number], mapped: { products: string[]; kb?: string } | undefined): ApiSoftwareRow => ({
    name: source.name,
    ...(source.component !== undefined ? { component: source.component } : {}),
    ...(mapped?.kb ? { kb: mapped.kb } : {}),
    downloads: [...source.downloads],
    products: [...(mapped?.products ?? [])],
  });
  return {
    ...apiSummary(site, input),
    ...(facts.version ? { version: facts.version } : {}),
    ...(facts.summary ? { summary: { ja: facts.summary } } : {}),
    vulnerabilities: bulletinVulnerabilities(facts.vulnerabilities, titlesEn).map(({ title, titleEn, ...v }) => ({
      ...v,
      ...(title ? { title: { ja: title, ...(titleEn ? { en: titleEn } : {}) } } : {}),
    })),
    products: input.products.map((p) => ({ ...p, url: Object.fromEntries(LANGS.map((lang) => [lang, absoluteUrl(site, productPath(lang, p.id))])) as ApiLangUrls })),
    affected: facts.affected.map((source, i) => row(source, input.rows.affected[i])),
    notAffected: facts.notAffected.map((source, i) => {
      const { kb: _kb, ...rest } = row(source, input.rows.notAffected[i]);
      return { ...rest, downloads: [...source.downloads] };
    }),
    fixedIn: facts.fixedIn.map((f) => ({ ...f })),
    replaces: facts.replaces.map((r) => ({ ...r })),
    replacedBy: [...input.replacedBy],
    ...(model.restart ? { restart: { kind: model.restart.kind, ...(model.restart.statements ? { statements: [...model.restart.statements] } : {}) } } : {}),
    ...(model.workarounds ? { workarounds: model.workarounds.map((w) => ({ title: { ...w.title }, ...(w.cves ? { cves: [...w.cves] } : {}) })) } : {}),
    ...(model.revisions ? { revisions: model.revisions.map((r) => ({ date: r.date, ...(r.version ? { version: r.version } : {}), text: { ...r.text } })) } : {}),
    ...(model.updates ? { updates: model.updates.map(apiUpdate) } : {}),
  };
}

function apiUpdate(update: Bulletin['updates'][number]): ApiUpdate {
  return {
    id: update.id,
    title: { ja: update.title.ja, en: update.title.en },
    products: [...update.products],
    ...(update.includedIn ? { includedIn: update.includedIn } : {}),
    restart: update.restart,
    registryKeys: update.registryKeys.map((k) => ({ key: k.key, products: [...k.products] })),
    files: update.fileTables.flatMap((table) =>
      table.rows.map((r) => ({
        table: table.id,
        products: [...r.products],
        file: r.file,
        ...(r.version !== undefined ? { version: r.version } : {}),
        ...(r.size !== undefined ? { size: r.size } : {}),
        ...(r.date !== undefined ? { date: r.date } : {}),
        ...(r.time !== undefined ? { time: r.time } : {}),
        ...(r.platform !== undefined ? { platform: r.platform } : {}),
        ...(r.folder !== undefined ? { folder: r.folder } : {}),
      })),
    ),
  };
}

/** A file's published JSON Schema (draft 2020-12), generated from its zod schema, with its address and title. */
function jsonSchema(schema: z.ZodType, site: string, path: string, title: string) {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: absoluteUrl(site, path), title, ...rest };
}

/** The schema of `/api/v1/bulletins.json`. */
export const apiIndexSchema = (site: string) => jsonSchema(apiIndexFileSchema, site, API_SCHEMA_PATHS.index, 'Security bulletins: the index');

/** The schema of `/api/v1/bulletins/{id}.json`. */
export const apiBulletinSchema = (site: string) => jsonSchema(apiBulletinFileSchema, site, API_SCHEMA_PATHS.bulletin, 'Security bulletin');
