/**
 * The JSON API (`/api/v1/`): the bulletin index and one file per bulletin, with the facts its page shows,
 * and the JSON Schema of both. Pure: the data layer passes the facts; the same facts build the pages.
 *
 * The paths and field names are a public API: a change adds fields, never removes or renames one. A field
 * the source does not give is left out, never empty or guessed.
 */
import type { Bulletin } from '../../schemas/bulletin.ts';
import { SEVERITIES, type Severity } from '../../schemas/bulletin.ts';
import type { CorpusFacts } from '../corpus/types.ts';
import { inlineText } from '../content/inline-markdown.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import type { ProductMention } from '../products/mentions.ts';
import { absoluteUrl, bulletinPath, bulletinSlug, microsoftLearnUrl, productPath } from '../urls.ts';

/** The API's folder, its version in the path. */
export const API_ROOT = '/api/v1';
export const API_INDEX_PATH = `${API_ROOT}/bulletins.json`;
export const apiBulletinPath = (id: string) => `${API_ROOT}/bulletins/${bulletinSlug(id)}.json`;
export const API_SCHEMA_PATHS = { index: `${API_ROOT}/schema/bulletins.schema.json`, bulletin: `${API_ROOT}/schema/bulletin.schema.json` } as const;

/** A text in each language; `en` only where we have a translation. */
export interface ApiText {
  ja: string;
  en?: string;
}
/** A URL per language. */
export type ApiLangUrls = Record<Lang, string>;

/** One bulletin in the index. */
export interface ApiBulletinSummary {
  /** `MS08-067`. */
  id: string;
  title: ApiText;
  /** YYYY-MM-DD, where the source gives it. */
  published?: string;
  updated?: string;
  severity?: Severity;
  /** The main KB number, digits only. */
  kb?: string;
  /** CVE ids (CVE form), each once. */
  cves: string[];
  /** Whether the bulletin is curated (its English page is a full translation). */
  curated: boolean;
  urls: {
    /** The bulletin's page in each language. */
    page: ApiLangUrls;
    /** This API's file of the bulletin. */
    json: string;
    /** Its CSAF 2.0 documents: the Japanese, and an English translation where there is one. */
    csaf: ApiText;
    /** Microsoft's Japanese original. */
    source: string;
  };
}

/** What the bulletin says of one catalog product. */
export interface ApiProduct {
  /** The catalog id (`/{lang}/products/{id}/`). */
  id: string;
  name: Record<Lang, string>;
  /** `fixed`: a service pack of it includes the fix, as the bulletin says. */
  status: ProductMention['status'];
  /** The KB numbers of its update, where the rows give them. */
  kbs: string[];
  downloads: string[];
  /** Curated bulletins: the lowest version of the key file their file tables list for it (fixed at or above). */
  fixedVersion?: { file: string; version: string };
  url: ApiLangUrls;
}

/** One software row as the source gives it, with the catalog products it names. */
export interface ApiSoftwareRow {
  name: string;
  component?: string;
  /** The KB number the row gives, digits only. */
  kb?: string;
  downloads: string[];
  products: string[];
}

/** A curated bulletin's update section: its packages' facts. */
export interface ApiUpdate {
  id: string;
  title: Record<Lang, string>;
  products: string[];
  /** The service pack that includes the fix, as the source says. */
  includedIn?: string;
  restart: 'required' | 'may-be-required' | 'not-required';
  registryKeys: { key: string; products: string[] }[];
  files: { table: string; products: string[]; file: string; version?: string; size?: number; date?: string; time?: string; platform?: string; folder?: string }[];
}

/** One bulletin's file. */
export interface ApiBulletin extends ApiBulletinSummary {
  /** The bulletin's own version (`1.1`). */
  version?: string;
  /** The summary's first paragraph. */
  summary?: ApiText;
  vulnerabilities: { id: string; cve: string; title?: ApiText }[];
  products: ApiProduct[];
  affected: ApiSoftwareRow[];
  notAffected: ApiSoftwareRow[];
  /** The service packs the source says include the fix, as it names them. */
  fixedIn: { name: string; andLater: boolean; planned: boolean }[];
  /** The updates this one replaces, as the source names them. */
  replaces: { bulletin?: string; kb?: string }[];
  /** The bulletins whose update replaces this one's (computed across the corpus), oldest first. */
  replacedBy: string[];
  /**
   * Whether installing the update needs a restart, where the bulletin says the same for all its updates:
   * the statements as the source writes them (imported bulletins; a curated one's are in its `updates`).
   */
  restart?: { kind: 'required' | 'may-be-required' | 'not-required'; statements?: string[] };
  /** The workarounds, as the source titles them, with the vulnerabilities (CVE form) each is for (all when left out). */
  workarounds?: { title: ApiText; cves?: string[] }[];
  /** The revision history, oldest first, where the source's can be read whole (its entries as the source writes them). */
  revisions?: { date: string; version?: string; text: ApiText }[];
  /** Curated bulletins: the update sections, with file versions and registry keys. */
  updates?: ApiUpdate[];
}

/** The index file. */
export interface ApiIndex {
  /** The API's version (the path's `v1`). */
  version: 1;
  bulletins: ApiBulletinSummary[];
}

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
  const titleEn = new Map(bulletin?.vulnerabilities.map((v) => [v.cve, v.title.en]) ?? []);
  const seen = new Set<string>();
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
    vulnerabilities: facts.vulnerabilities
      .filter((v) => !seen.has(v.cve) && seen.add(v.cve))
      .map((v) => {
        const en = titleEn.get(v.cve);
        return { id: v.id, cve: v.cve, ...(v.title ? { title: { ja: v.title, ...(en ? { en } : {}) } } : {}) };
      }),
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

// JSON Schema (draft 2020-12) of both files, published beside them. Every object lists its required fields
// and allows none that is not described, so a consumer can rely on the names.

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const URL_STRING = { type: 'string', pattern: '^https?://' } as const;
const DIGITS = { type: 'string', pattern: '^\\d+$' } as const;
const BULLETIN_ID = { type: 'string', pattern: '^MS\\d{2}-\\d{3}$' } as const;
const CVE_ID = { type: 'string', pattern: '^CVE-\\d{4}-\\d{4,}$' } as const;
const TEXT = {
  type: 'object',
  required: ['ja'],
  additionalProperties: false,
  properties: { ja: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
} as const;
const LANG_TEXT = { type: 'object', required: [...LANGS], additionalProperties: false, properties: Object.fromEntries(LANGS.map((l) => [l, { type: 'string', minLength: 1 }])) };
const LANG_URLS = { type: 'object', required: [...LANGS], additionalProperties: false, properties: Object.fromEntries(LANGS.map((l) => [l, URL_STRING])) };
const URL_TEXT = { ...TEXT, properties: { ja: URL_STRING, en: URL_STRING } };

const SUMMARY_PROPERTIES = {
  id: { ...BULLETIN_ID, description: 'The bulletin id, upper case: MS08-067.' },
  title: { ...TEXT, description: 'The title in Japanese, and in English where there is a translation.' },
  published: { ...DATE, description: 'Published date, where the source gives it.' },
  updated: { ...DATE, description: 'Last-updated date, where the source gives it.' },
  severity: { enum: [...SEVERITIES], description: 'The maximum severity rating, where the source gives one.' },
  kb: { ...DIGITS, description: 'The main KB number, digits only.' },
  cves: { type: 'array', items: CVE_ID, uniqueItems: true, description: 'The CVE ids (CVE form) of the vulnerabilities it fixes.' },
  curated: { type: 'boolean', description: 'Whether the bulletin is curated: its English page is a full translation.' },
  urls: {
    type: 'object',
    required: ['page', 'json', 'csaf', 'source'],
    additionalProperties: false,
    properties: {
      page: { ...LANG_URLS, description: 'The bulletin page in each language.' },
      json: { ...URL_STRING, description: "This API's file of the bulletin." },
      csaf: { ...URL_TEXT, description: 'Its CSAF 2.0 documents: the Japanese one, and the English translation where there is one.' },
      source: { ...URL_STRING, description: "Microsoft's Japanese original." },
    },
  },
} as const;
const SUMMARY_REQUIRED = ['id', 'title', 'cves', 'curated', 'urls'];

const ROW = {
  type: 'object',
  required: ['name', 'downloads', 'products'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, description: 'The software as the source names it.' },
    component: { type: 'string', description: "The component column's value, where the source's table has one." },
    kb: { ...DIGITS, description: 'The KB number the row gives.' },
    downloads: { type: 'array', items: URL_STRING },
    products: { type: 'array', items: { type: 'string' }, description: 'The catalog products the row names (empty where none is mapped).' },
  },
} as const;

/** The schema of `/api/v1/bulletins.json`. */
export function apiIndexSchema(site: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(site, API_SCHEMA_PATHS.index),
    title: 'Security bulletins: the index',
    type: 'object',
    required: ['version', 'bulletins'],
    additionalProperties: false,
    properties: {
      version: { const: 1 },
      bulletins: {
        type: 'array',
        description: 'Every bulletin, newest first.',
        items: { type: 'object', required: SUMMARY_REQUIRED, additionalProperties: false, properties: SUMMARY_PROPERTIES },
      },
    },
  };
}

/** The schema of `/api/v1/bulletins/{id}.json`. */
export function apiBulletinSchema(site: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(site, API_SCHEMA_PATHS.bulletin),
    title: 'Security bulletin',
    type: 'object',
    required: [...SUMMARY_REQUIRED, 'vulnerabilities', 'products', 'affected', 'notAffected', 'fixedIn', 'replaces', 'replacedBy'],
    additionalProperties: false,
    properties: {
      ...SUMMARY_PROPERTIES,
      version: { type: 'string', description: "The bulletin's own version (1.1)." },
      summary: { ...TEXT, description: "The summary's first paragraph." },
      vulnerabilities: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'cve'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^(CVE|CAN)-\\d{4}-\\d{4,}$', description: 'The id as the source writes it (CVE- or the old CAN-).' },
            cve: CVE_ID,
            title: TEXT,
          },
        },
      },
      products: {
        type: 'array',
        description: 'The catalog products the bulletin names, with its word on each.',
        items: {
          type: 'object',
          required: ['id', 'name', 'status', 'kbs', 'downloads', 'url'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
            name: LANG_TEXT,
            status: { enum: ['affected', 'not-affected', 'fixed'], description: 'fixed: a service pack of it includes the fix, as the bulletin says.' },
            kbs: { type: 'array', items: DIGITS },
            downloads: { type: 'array', items: URL_STRING },
            fixedVersion: {
              type: 'object',
              required: ['file', 'version'],
              additionalProperties: false,
              description: 'Curated bulletins: the key file at or above this version is fixed.',
              properties: { file: { type: 'string' }, version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+\\.\\d+$' } },
            },
            url: LANG_URLS,
          },
        },
      },
      affected: { type: 'array', items: ROW, description: 'The affected software rows, as the source gives them.' },
      notAffected: { type: 'array', items: { ...ROW, properties: { ...ROW.properties } }, description: 'The non-affected software rows.' },
      fixedIn: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'andLater', 'planned'],
          additionalProperties: false,
          properties: { name: { type: 'string' }, andLater: { type: 'boolean' }, planned: { type: 'boolean' } },
        },
      },
      replaces: {
        type: 'array',
        items: { type: 'object', additionalProperties: false, minProperties: 1, properties: { bulletin: BULLETIN_ID, kb: DIGITS } },
      },
      replacedBy: { type: 'array', items: BULLETIN_ID },
      restart: {
        type: 'object',
        required: ['kind'],
        additionalProperties: false,
        description: 'Whether installing the update needs a restart, where the bulletin says the same for all its updates.',
        properties: {
          kind: { enum: ['required', 'may-be-required', 'not-required'] },
          statements: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'What the source says, as it writes it.' },
        },
      },
      workarounds: {
        type: 'array',
        description: 'The workarounds, as the source titles them.',
        items: {
          type: 'object',
          required: ['title'],
          additionalProperties: false,
          properties: { title: TEXT, cves: { type: 'array', items: CVE_ID, description: 'The vulnerabilities it is for; all when left out.' } },
        },
      },
      revisions: {
        type: 'array',
        description: 'The revision history, oldest first, where the source gives it whole.',
        items: {
          type: 'object',
          required: ['date', 'text'],
          additionalProperties: false,
          properties: { date: DATE, version: { type: 'string', pattern: '^\\d+(\\.\\d+)*$' }, text: TEXT },
        },
      },
      updates: {
        type: 'array',
        description: 'Curated bulletins: the update sections.',
        items: {
          type: 'object',
          required: ['id', 'title', 'products', 'restart', 'registryKeys', 'files'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            title: LANG_TEXT,
            products: { type: 'array', items: { type: 'string' } },
            includedIn: { type: 'string' },
            restart: { enum: ['required', 'may-be-required', 'not-required'] },
            registryKeys: {
              type: 'array',
              items: { type: 'object', required: ['key', 'products'], additionalProperties: false, properties: { key: { type: 'string' }, products: { type: 'array', items: { type: 'string' } } } },
            },
            files: {
              type: 'array',
              items: {
                type: 'object',
                required: ['table', 'products', 'file'],
                additionalProperties: false,
                properties: {
                  table: { type: 'string' },
                  products: { type: 'array', items: { type: 'string' } },
                  file: { type: 'string' },
                  version: { type: 'string' },
                  size: { type: 'integer', minimum: 0 },
                  date: DATE,
                  time: { type: 'string' },
                  platform: { type: 'string' },
                  folder: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  };
}
