/** Cross-checks that a schema cannot make alone. Each returns problems; the loader throws them. */
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { ProductCatalog } from '../../schemas/product.ts';
import { dataAnchors, productFacts } from './bulletin-facts.ts';
import type { ContentProblem } from './errors.ts';
import { FIXED_QUERY_PARAMS } from '../verdict/query.ts';

/**
 * The catalog, possibly in several files: ids are unique across them, every product's family and every
 * family's wizard group exists, and every family and group is used (an empty one would show an empty
 * heading).
 */
export function checkCatalog(files: readonly { file: string; catalog: ProductCatalog }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const all = <K extends keyof ProductCatalog>(key: K) =>
    files.flatMap(({ file, catalog }) => (catalog[key] as { id: string }[]).map((item, index) => ({ file, field: `${key}[${index}]`, item })));
  const groups = all('wizardGroups');
  const families = all('families') as { file: string; field: string; item: ProductCatalog['families'][number] }[];
  const products = all('products') as { file: string; field: string; item: ProductCatalog['products'][number] }[];
  const what = { wizardGroups: 'Wizard group', families: 'Family', products: 'Product' } as const;

  for (const [key, entries] of [['wizardGroups', groups], ['families', families], ['products', products]] as const) {
    const seen = new Set<string>();
    for (const { file, field, item } of entries) {
      if (seen.has(item.id)) problems.push({ file, field: `${field}.id`, message: `${what[key]} id "${item.id}" is listed twice. Remove one.` });
      seen.add(item.id);
    }
  }

  const groupIds = new Set(groups.map(({ item }) => item.id));
  const familyIds = new Set(families.map(({ item }) => item.id));
  for (const { file, field, item } of families) {
    if (item.wizardGroup !== undefined && !groupIds.has(item.wizardGroup)) {
      problems.push({
        file,
        field: `${field}.wizardGroup`,
        message: `Unknown wizard group "${item.wizardGroup}". Use one of: ${[...groupIds].join(', ')}, or add it to wizardGroups.`,
      });
    }
  }
  for (const { file, field, item } of products) {
    if (!familyIds.has(item.family)) {
      problems.push({
        file,
        field: `${field}.family`,
        message: `Unknown family "${item.family}". Use one of: ${[...familyIds].join(', ')}, or add it to families.`,
      });
    }
  }

  const usedFamilies = new Set(products.map(({ item }) => item.family));
  const usedGroups = new Set(families.filter(({ item }) => usedFamilies.has(item.id)).map(({ item }) => item.wizardGroup).filter((g) => g !== undefined));
  for (const { file, field, item } of families) {
    if (!usedFamilies.has(item.id)) problems.push({ file, field: `${field}.id`, message: `No product is in family "${item.id}". Add one, or remove the family.` });
  }
  for (const { file, field, item } of groups) {
    if (!usedGroups.has(item.id)) {
      problems.push({ file, field: `${field}.id`, message: `No product is in wizard group "${item.id}". Point a family's wizardGroup to it, or remove the group.` });
    }
  }
  return problems;
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

  // The wizard: situations are named once and used by a caveat, parameters do not collide, links exist.
  const { situations, versionAliases, verifyLinks } = bulletin.wizard;
  const situationIds = situations.map((s) => s.id);
  bulletin.caveats.forEach((c, i) => {
    if (c.when && !situationIds.includes(c.when)) {
      problem(
        `caveats[${i}].when`,
        situationIds.length > 0
          ? `Unknown situation "${c.when}". Use one of: ${situationIds.join(', ')}, or declare it in wizard.situations.`
          : `Unknown situation "${c.when}". Declare it in wizard.situations, with its question and answers.`,
      );
    }
  });
  const params = new Map<string, string>(FIXED_QUERY_PARAMS.map((param) => [param, 'the wizard itself']));
  const claimParam = (field: string, param: string) => {
    const owner = params.get(param);
    if (owner) problem(field, `The query parameter "${param}" is already used by ${owner}. Choose another name.`);
    else params.set(param, field);
  };
  versionAliases.forEach((alias, i) => claimParam(`wizard.versionAliases[${i}]`, alias));
  situations.forEach((situation, i) => {
    const at = `wizard.situations[${i}]`;
    if (situationIds.indexOf(situation.id) !== i) problem(`${at}.id`, `The situation "${situation.id}" is declared twice. Remove one.`);
    claimParam(`${at}.param`, situation.param);
    const values = situation.answers.map((a) => a.value);
    values.forEach((value, j) => {
      if (values.indexOf(value) !== j) problem(`${at}.answers[${j}].value`, `The answer "${value}" is given twice. Remove one.`);
    });
    if (!bulletin.caveats.some((c) => c.when === situation.id)) {
      problem(`${at}.id`, `No caveat names the situation "${situation.id}", so its answer would change nothing. Add "when: ${situation.id}" to a caveat, or remove the situation.`);
    }
  });
  verifyLinks.forEach((link, i) => {
    if (!Object.hasOwn(bulletin.links, link.link)) {
      problem(`wizard.verifyLinks[${i}].link`, `"${link.link}" is not a key of links. Add the address to links, or use one of: ${Object.keys(bulletin.links).join(', ')}.`);
    }
  });

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
