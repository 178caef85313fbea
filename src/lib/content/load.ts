/** Reads the content's YAML, checks it, and throws every problem at once (the file, the field, the fix). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { bulletinSchema, type Bulletin } from '../../schemas/bulletin.ts';
import { productCatalogSchema, type Product, type ProductCatalog, type ProductFamily, type WizardGroup } from '../../schemas/product.ts';
import { issuesToProblems, throwIfProblems, type ContentProblem } from './errors.ts';
import { checkBulletin, checkCatalog } from './validate.ts';

/** A content file: its path relative to the project root, and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

export interface SiteContent {
  /** The wizard's groups, in the order step 1 shows them. */
  wizardGroups: WizardGroup[];
  /** The product families, in the order the products pages list them. */
  families: ProductFamily[];
  familiesById: Map<string, ProductFamily>;
  products: Product[];
  productsById: Map<string, Product>;
  /** Newest first. */
  bulletins: Bulletin[];
}

/**
 * A content file read from the project at `root`, for the scripts and tests that read content outside
 * the build (the build reads it through the content layer: src/content.config.ts).
 */
export function readContentFile(root: string, file: string): SourceFile {
  return { file, text: readFileSync(join(root, file), 'utf8') };
}

/** A YAML file checked with `schema`, or a ContentError naming the file, each field and the fix. */
export function readChecked<S extends z.ZodType>(schema: S, source: SourceFile): z.output<S> {
  const problems: ContentProblem[] = [];
  const data = parseWith(schema, source, problems);
  throwIfProblems(problems);
  return data!;
}

/** YAML text to data, or problems with the line of each syntax error. */
export function readYaml({ file, text }: SourceFile): { data?: unknown; problems: ContentProblem[] } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        field: `line ${error.linePos?.[0].line ?? '?'}`,
        message: `${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '.')} Fix the YAML syntax.`,
      })),
    };
  }
  return { data: doc.toJS(), problems: [] };
}

/** A YAML file checked with `schema`; its problems are added to `problems` (and undefined returned). */
export function parseWith<S extends z.ZodType>(schema: S, source: SourceFile, problems: ContentProblem[]): z.output<S> | undefined {
  const { data, problems: syntax } = readYaml(source);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return undefined;
  }
  // With the input in each issue, a message can say what was found, not only what was expected.
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(source.file, result.error.issues));
    return undefined;
  }
  return result.data;
}

/** The folder name of `content/bulletins/{folder}/bulletin.yaml`. */
export function bulletinFolder(file: string): string {
  return file.split('/').at(-2) ?? '';
}

/**
 * Checks the catalog and the bulletins: the site's content where nothing is wrong, each catalog file as
 * parsed (where all parse), and every problem. The catalog may come in several files (the tests add
 * products of their own), joined in the order given.
 */
export function checkContent(
  catalogFiles: SourceFile | readonly SourceFile[],
  bulletinFiles: readonly SourceFile[],
): { site?: SiteContent; catalogs?: ProductCatalog[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const parts = (Array.isArray(catalogFiles) ? catalogFiles : [catalogFiles]).map((file: SourceFile) => ({
    file: file.file,
    catalog: parseWith(productCatalogSchema, file, problems),
  }));
  const parsed = parts.every((part) => part.catalog !== undefined);
  if (parsed) problems.push(...checkCatalog(parts as { file: string; catalog: ProductCatalog }[]));
  const catalog: ProductCatalog | undefined = parsed
    ? {
        wizardGroups: parts.flatMap((part) => part.catalog!.wizardGroups),
        families: parts.flatMap((part) => part.catalog!.families),
        products: parts.flatMap((part) => part.catalog!.products),
      }
    : undefined;
  const ids = new Set(catalog?.products.map((p) => p.id));

  const bulletins: Bulletin[] = [];
  /** The file that first gave each id: an id is a URL, so two bulletins cannot share one. */
  const idFiles = new Map<string, string>();
  for (const source of bulletinFiles) {
    const bulletin = parseWith(bulletinSchema, source, problems);
    if (!bulletin) continue;
    if (catalog) problems.push(...checkBulletin(source.file, bulletinFolder(source.file), bulletin, ids));
    const first = idFiles.get(bulletin.id.toLowerCase());
    if (first) problems.push({ file: source.file, field: 'id', message: `The id "${bulletin.id}" is already used by ${first}. Each bulletin needs its own id.` });
    else idFiles.set(bulletin.id.toLowerCase(), source.file);
    bulletins.push(bulletin);
  }
  const catalogs = parsed ? parts.map((part) => part.catalog!) : undefined;
  return { ...(catalogs ? { catalogs } : {}), ...(problems.length === 0 ? { site: siteContent(catalog!, bulletins) } : {}), problems };
}

/** Loads the catalog and the bulletins (see `checkContent`), or throws a ContentError listing every problem. */
export function loadContent(catalogFiles: SourceFile | readonly SourceFile[], bulletinFiles: readonly SourceFile[]): SiteContent {
  const { site, problems } = checkContent(catalogFiles, bulletinFiles);
  throwIfProblems(problems);
  return site!;
}

/** Newest first: by publication date, then by id (MS04-015 before MS04-014 on the same day). */
export function newestFirst(a: Bulletin, b: Bulletin): number {
  return b.published.localeCompare(a.published) || b.id.localeCompare(a.id);
}

/** The catalog (in its order) and the bulletins (newest first), with the catalog indexed by id. */
export function siteContent({ wizardGroups, families, products }: ProductCatalog, bulletins: readonly Bulletin[]): SiteContent {
  return {
    wizardGroups: [...wizardGroups],
    families: [...families],
    familiesById: new Map(families.map((f) => [f.id, f])),
    products: [...products],
    productsById: new Map(products.map((p) => [p.id, p])),
    bulletins: [...bulletins].sort(newestFirst),
  };
}
