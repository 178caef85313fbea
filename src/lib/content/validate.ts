/** Cross-checks that a schema cannot make alone. Each returns problems; the loader throws them. */
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { Product } from '../../schemas/product.ts';
import { dataAnchors, productFacts } from './bulletin-facts.ts';
import type { ContentProblem } from './errors.ts';

/** Product ids must be unique in the catalog. */
export function checkCatalog(file: string, products: readonly Product[]): ContentProblem[] {
  const seen = new Set<string>();
  return products.flatMap((product, index) => {
    if (!seen.has(product.id)) {
      seen.add(product.id);
      return [];
    }
    return [{ file, field: `products[${index}].id`, message: `Product id "${product.id}" is listed twice. Remove one.` }];
  });
}

/** Every reference resolves, every anchor is unique, every affected product can be checked. */
export function checkBulletin(
  file: string,
  folder: string,
  bulletin: Bulletin,
  catalog: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });

  if (bulletin.id.toLowerCase() !== folder) {
    problem('id', `The id "${bulletin.id}" does not match its folder "${folder}". Name the folder ${bulletin.id.toLowerCase()}.`);
  }

  const productRef = (field: string, id: string) => {
    if (!catalog.has(id)) {
      problem(field, `Unknown product "${id}". Use an id from content/products.yaml, or add the product there.`);
    }
  };
  const productRefs = (field: string, ids: readonly string[]) => ids.forEach((id, i) => productRef(`${field}[${i}]`, id));

  bulletin.affectedSoftware.rows.forEach((row, i) => productRefs(`affectedSoftware.rows[${i}].products`, row.products));
  bulletin.nonAffectedSoftware.forEach((row, i) => productRefs(`nonAffectedSoftware[${i}].products`, row.products));
  bulletin.caveats.forEach((c, i) => c.products && productRefs(`caveats[${i}].products`, c.products));
  bulletin.updates.forEach((update, i) => {
    const at = `updates[${i}]`;
    productRefs(`${at}.products`, update.products);
    if (update.includedIn) productRef(`${at}.includedIn`, update.includedIn);
    update.commands.forEach((c, j) => productRefs(`${at}.commands[${j}].products`, c.products));
    update.registryKeys.forEach((k, j) => productRefs(`${at}.registryKeys[${j}].products`, k.products));
    update.fileTables.forEach((table, j) => {
      productRefs(`${at}.fileTables[${j}].products`, table.products);
      for (const [folderName, ids] of Object.entries(table.folderProducts ?? {})) {
        productRefs(`${at}.fileTables[${j}].folderProducts.${folderName}`, ids);
      }
      table.rows.forEach((row, k) => productRefs(`${at}.fileTables[${j}].rows[${k}].products`, row.products));
    });
  });

  // A product is either affected or not: never both.
  const affected = new Set(bulletin.affectedSoftware.rows.flatMap((r) => r.products));
  bulletin.nonAffectedSoftware.forEach((row, i) =>
    row.products.forEach((id, j) => {
      if (affected.has(id)) {
        problem(`nonAffectedSoftware[${i}].products[${j}]`, `"${id}" is also listed as affected. Keep it in one table.`);
      }
    }),
  );

  // Every affected product has a fixed key-file version, a registry key and an update section.
  for (const facts of productFacts(bulletin).values()) {
    if (facts.status !== 'affected') continue;
    if (!facts.update) {
      problem('updates', `No update section lists the affected product "${facts.product}". Add it to an update's products.`);
    }
    if (!facts.fixedVersion) {
      problem(
        'keyFile',
        `No file-table row for ${bulletin.keyFile} gives a version for the affected product "${facts.product}". Add the row, or list the product on its table.`,
      );
    }
    if (facts.registryKeys.length === 0) {
      problem('updates', `No registry key is given for the affected product "${facts.product}". Add it to an update's registryKeys.`);
    }
  }

  // The severity table: every rating names a column, every column is rated.
  const columns = bulletin.severityColumns.map((c) => c.id);
  bulletin.vulnerabilities.forEach((v, i) => {
    for (const key of Object.keys(v.severity)) {
      if (!columns.includes(key)) {
        problem(`vulnerabilities[${i}].severity.${key}`, `"${key}" is not a severity column. Use one of: ${columns.join(', ')}.`);
      }
    }
    for (const column of columns) {
      if (!(column in v.severity)) problem(`vulnerabilities[${i}].severity`, `No rating for column "${column}". Add it.`);
    }
  });

  // Anchors from the data are unique on the page (the prose's anchors are checked with the MDX).
  const seen = new Map<string, string>();
  for (const { id, field } of dataAnchors(bulletin)) {
    const first = seen.get(id);
    if (first) problem(field, `The anchor "${id}" is already used by ${first}. Give it another id.`);
    else seen.set(id, field);
  }

  return problems;
}
