/** Reads the spellings file (content/corpus/product-names.yaml) into the table rows are mapped with, checking it against the catalog. */
import type { ContentProblem } from '../content/errors.ts';
import { readYaml } from '../content/load.ts';
import { issuesToProblems } from '../content/errors.ts';
import { productNamesSchema, type ProductNames } from '../../schemas/product-names.ts';
import { spellingKey, type SpellingTable } from './source-names.ts';

export const PRODUCT_NAMES_FILE = 'content/corpus/product-names.yaml';

/**
 * The table of checked spellings, or the problems: an unknown product id, a spelling listed under two
 * products (it belongs under `combined`), or one that both names products and names none.
 */
export function spellingTable(names: ProductNames, productIds: ReadonlySet<string>, file = PRODUCT_NAMES_FILE): { table: SpellingTable; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const products = new Map<string, string[]>();
  const owner = new Map<string, string>();
  const unknownId = (field: string, id: string) => {
    if (!productIds.has(id)) problems.push({ file, field, message: `Unknown product "${id}". Use an id from content/products.yaml, or add the product there.` });
  };
  for (const [id, spellings] of Object.entries(names.products)) {
    unknownId(`products.${id}`, id);
    spellings.forEach((spelling, index) => {
      const key = spellingKey(spelling);
      const before = owner.get(key);
      if (before !== undefined) {
        problems.push({
          file,
          field: `products.${id}[${index}]`,
          message: before === id
            ? `"${spelling}" is listed twice for ${id} (spellings match without "Microsoft ", case, KB numbers and footnote marks). Remove one.`
            : `"${spelling}" is listed under both ${before} and ${id}. A name that means several products goes under combined, with all of them.`,
        });
        return;
      }
      owner.set(key, id);
      products.set(key, [id]);
    });
  }
  names.combined.forEach(({ name, products: ids }, index) => {
    ids.forEach((id, i) => unknownId(`combined[${index}].products[${i}]`, id));
    const key = spellingKey(name);
    if (products.has(key)) {
      problems.push({ file, field: `combined[${index}].name`, message: `"${name}" is already listed${owner.has(key) ? ` under ${owner.get(key)}` : ' under combined'}. List each name once.` });
      return;
    }
    products.set(key, [...new Set(ids)]);
  });
  const notProducts = new Map<string, string>();
  names.notProducts.forEach(({ name, why }, index) => {
    const key = spellingKey(name);
    if (products.has(key) || notProducts.has(key)) {
      problems.push({ file, field: `notProducts[${index}].name`, message: `"${name}" is already listed. A name either names products or names none; list it once.` });
      return;
    }
    notProducts.set(key, why);
  });
  return { table: { products, notProducts }, problems };
}

/** The spellings file's text to a checked table, or every problem in it. */
export function readSpellingTable(text: string, productIds: ReadonlySet<string>, file = PRODUCT_NAMES_FILE): { table?: SpellingTable; problems: ContentProblem[] } {
  const { data, problems } = readYaml({ file, text });
  if (problems.length > 0) return { problems };
  const parsed = productNamesSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { problems: issuesToProblems(file, parsed.error.issues) };
  const result = spellingTable(parsed.data, productIds, file);
  return result.problems.length > 0 ? { problems: result.problems } : result;
}
