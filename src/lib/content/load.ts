/** Reads the content's YAML, checks it, and throws every problem at once (the file, the field, the fix). */
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

function parseWith<S extends z.ZodType>(schema: S, source: SourceFile, problems: ContentProblem[]): z.output<S> | undefined {
  const { data, problems: syntax } = readYaml(source);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return undefined;
  }
  const result = schema.safeParse(data);
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
 * Loads the catalog and the bulletins, or throws a ContentError listing every problem. The catalog may
 * come in several files (the tests add products of their own), joined in the order given.
 */
export function loadContent(catalogFiles: SourceFile | readonly SourceFile[], bulletinFiles: readonly SourceFile[]): SiteContent {
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
  for (const source of bulletinFiles) {
    const bulletin = parseWith(bulletinSchema, source, problems);
    if (!bulletin) continue;
    if (catalog) problems.push(...checkBulletin(source.file, bulletinFolder(source.file), bulletin, ids));
    bulletins.push(bulletin);
  }
  throwIfProblems(problems);

  const { wizardGroups, families, products } = catalog!;
  bulletins.sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id));
  return {
    wizardGroups,
    families,
    familiesById: new Map(families.map((f) => [f.id, f])),
    products,
    productsById: new Map(products.map((p) => [p.id, p])),
    bulletins,
  };
}
