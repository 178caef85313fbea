/**
 * The JSON API (`/api/v1/`): the bulletin index and one file per bulletin, with the facts its page shows,
 * and the JSON Schema of both, generated from their zod schemas (src/schemas/api.ts). Pure: the data layer
 * passes the facts; the same facts build the pages.
 */
import { z } from 'astro/zod';
import type { Bulletin } from '../../schemas/bulletin.ts';
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
import { inlineText } from '../content/inline-markdown.ts';
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

/** What one bulletin's API file is built from. */
export interface ApiBulletinInput {
  facts: CorpusFacts;
  /** The English title where there is a translation. */
  titleEn?: string;
  /** The English summary where there is a translation. */
  summaryEn?: string;
  curated: boolean;
  products: Omit<ApiProduct, 'url'>[];
  /** The catalog products each row names, in the order of `facts.affected` and `facts.notAffected`. */
  rows: { affected: { products: string[]; kb?: string }[]; notAffected: { products: string[] }[] };
  replacedBy: string[];
  /** Absolute URLs of its CSAF documents. */
  csaf: ApiText;
  /** A curated bulletin's YAML: its update sections and English vulnerability titles. */
  bulletin?: Bulletin;
  /** A curated bulletin's workaround titles, from its prose in each language (an imported one's are in its facts). */
  workaroundTitles?: { ja: string; en: string }[];
}

/** The index entry of a bulletin. */
export function apiSummary(site: string, input: Pick<ApiBulletinInput, 'facts' | 'titleEn' | 'curated' | 'csaf'>): ApiBulletinSummary {
  const { facts } = input;
  return {
    id: facts.id,
    title: { ja: facts.title, ...(input.titleEn ? { en: input.titleEn } : {}) },
    ...(facts.published ? { published: facts.published } : {}),
    ...(facts.updated ? { updated: facts.updated } : {}),
    ...(facts.severity ? { severity: facts.severity } : {}),
    ...(facts.kb ? { kb: facts.kb } : {}),
    cves: [...new Set(facts.vulnerabilities.map((v) => v.cve))],
    curated: input.curated,
    urls: urls(site, facts.id, facts.year, input.csaf),
  };
}

/** One bulletin's API file. */
export function apiBulletin(site: string, input: ApiBulletinInput): ApiBulletin {
  const { facts, bulletin } = input;
  const titlesEn = new Map(bulletin?.vulnerabilities.map((v) => [v.cve, v.title.en]) ?? []);
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
    ...(facts.summary ? { summary: { ja: facts.summary, ...(input.summaryEn ? { en: input.summaryEn } : {}) } } : {}),
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
    ...restartOf(facts, bulletin),
    ...workaroundsOf(facts, input.workaroundTitles),
    ...revisionsOf(facts, bulletin),
    ...(bulletin ? { updates: bulletin.updates.map(apiUpdate) } : {}),
  };
}

/** A curated bulletin's restart where all its update sections agree; else the source's, where its statements agree. */
function restartOf(facts: CorpusFacts, bulletin: Bulletin | undefined): Pick<ApiBulletin, 'restart'> {
  if (bulletin) {
    const kinds = new Set(bulletin.updates.map((u) => u.restart));
    return kinds.size === 1 ? { restart: { kind: [...kinds][0]! } } : {};
  }
  return facts.restart ? { restart: { kind: facts.restart.kind, statements: [...facts.restart.statements] } } : {};
}

/** A curated bulletin's workarounds in both languages; else those the importer read. */
function workaroundsOf(facts: CorpusFacts, curated: ApiBulletinInput['workaroundTitles']): Pick<ApiBulletin, 'workarounds'> {
  if (curated) return curated.length > 0 ? { workarounds: curated.map((title) => ({ title: { ...title } })) } : {};
  return facts.workarounds ? { workarounds: facts.workarounds.map((w) => ({ title: { ja: w.title }, ...(w.cves ? { cves: [...w.cves] } : {}) })) } : {};
}

/** A curated bulletin's revisions in both languages; else the source's, where the importer could read them whole. */
function revisionsOf(facts: CorpusFacts, bulletin: Bulletin | undefined): Pick<ApiBulletin, 'revisions'> {
  if (bulletin) return { revisions: bulletin.revisions.map((r) => ({ date: r.date, text: { ja: inlineText(r.text.ja), en: inlineText(r.text.en) } })) };
  return facts.revisions ? { revisions: facts.revisions.map((r) => ({ date: r.date, ...(r.version ? { version: r.version } : {}), text: { ja: r.text } })) } : {};
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
