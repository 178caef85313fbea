import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from './errors.ts';
import { corpusFamiliesSchema } from '../../schemas/corpus-family.ts';
import { loadContent, readChecked, readContentFile, type SourceFile } from './load.ts';

const read = (file: string): SourceFile => ({ file, text: readFileSync(file, 'utf8') });
const catalog = read('content/products.yaml');
const bulletin = read('content/bulletins/ms04-015/bulletin.yaml');
const FILE = 'content/bulletins/ms04-015/bulletin.yaml';

/** Loads the real content with one edit to the bulletin; returns the error message, or 'ok'. */
function loadWith(find: string, replace: string): string {
  expect(bulletin.text, `fixture edit: ${find}`).toContain(find);
  try {
    loadContent(catalog, [{ file: FILE, text: bulletin.text.replace(find, replace) }]);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
}

describe('the real content', () => {
  it('loads without problems', () => {
    const site = loadContent(catalog, [bulletin]);
    expect(site.bulletins.map((b) => b.id)).toEqual(['MS04-015']);
    expect(site.products).toHaveLength(17);
  });
  it('normalises shorthand strings to both languages', () => {
    const [b] = loadContent(catalog, [bulletin]).bulletins;
    expect(b!.affectedSoftware.rows[1]!.software).toEqual({
      ja: 'Microsoft Windows XP 64-Bit Edition Service Pack 1',
      en: 'Microsoft Windows XP 64-Bit Edition Service Pack 1',
    });
  });
});

describe('broken content fails with the file, the field and the fix', () => {
  it('a version that is not four numbers', () => {
    expect(loadWith('version: 5.1.2600.137,', 'version: 5.1.2600,')).toBe(
      `The content has a problem:\n  ${FILE} → updates[1].fileTables[0].rows[0].version: "5.1.2600" is not a file version. Write four dot-separated numbers, such as 5.1.2600.1515, or leave the field out where the source gives none.`,
    );
  });
  it('a size written with separators', () => {
    expect(loadWith('size: 782848, file: helpctr.exe, platform: x86, folder: rtmgdr', "size: '782,848', file: helpctr.exe, platform: x86, folder: rtmgdr")).toBe(
      `The content has a problem:\n  ${FILE} → updates[0].fileTables[0].rows[0].size: The size must be a number of bytes, without separators (782848, not 782,848).`,
    );
  });
  it('a size that is not positive', () => {
    expect(loadWith('size: 10240, file: hscupd.exe, platform: x86, folder: rtmgdr', 'size: 0, file: hscupd.exe, platform: x86, folder: rtmgdr')).toBe(
      `The content has a problem:\n  ${FILE} → updates[0].fileTables[0].rows[2].size: The size must be a positive whole number of bytes.`,
    );
  });
  it('a date that does not exist', () => {
    expect(loadWith('published: 2004-05-12', 'published: 2004-02-30')).toBe(
      `The content has a problem:\n  ${FILE} → published: "2004-02-30" is not a real date. Write it as YYYY-MM-DD, e.g. 2004-05-12.`,
    );
  });
  it('a URL that is not absolute', () => {
    expect(loadWith('  mbsa: https://technet.microsoft.com/ja-jp/security/cc184924.aspx', '  mbsa: /ja-jp/security/cc184924.aspx')).toBe(
      `The content has a problem:\n  ${FILE} → links.mbsa: "/ja-jp/security/cc184924.aspx" is not an absolute URL. Write the full address, starting with https://.`,
    );
  });
  it('a { ja, en } pair without its English', () => {
    expect(loadWith('  recommendation:\n    ja: お客様はできるだけ早期にこの更新プログラムをインストールして下さい。\n    en: Customers should install this update at the earliest opportunity.', '  recommendation:\n    ja: お客様はできるだけ早期にこの更新プログラムをインストールして下さい。')).toBe(
      `The content has a problem:\n  ${FILE} → summary.recommendation.en: The English text (en) is missing. Write it as a non-empty string.`,
    );
  });
  it('an empty translation', () => {
    expect(loadWith('en: Remote Code Execution\n  recommendation', "en: ''\n  recommendation")).toBe(
      `The content has a problem:\n  ${FILE} → summary.impact.en: The English text (en) is empty. Write the text, or remove the field if the source says nothing here.`,
    );
  });
  it('an unknown product', () => {
    expect(loadWith('  - software: Microsoft Windows NT Server 4.0 Service Pack 6a\n    products: [windows-nt4-server-sp6a]', '  - software: Microsoft Windows NT Server 4.0 Service Pack 6a\n    products: [windows-nt4-server-sp6]')).toBe(
      `The content has a problem:\n  ${FILE} → nonAffectedSoftware[1].products[0]: Unknown product "windows-nt4-server-sp6". Use an id from content/products.yaml, or add the product there.`,
    );
  });
  it('an anchor used twice', () => {
    expect(loadWith('id: files-xp64-sp1', 'id: files-xp')).toBe(
      `The content has a problem:\n  ${FILE} → updates[1].fileTables[1].id: The anchor "files-xp" is already used by updates[1].fileTables[0].id. Give it another id.`,
    );
  });
  it('a misspelt field', () => {
    expect(loadWith('\nrevisions:', '\nrevision:')).toBe(
      `The content has 2 problems:\n  ${FILE} → revisions: This field is required. Add it (expected array).\n  ${FILE}: Unknown field "revision". Check the spelling, or remove it.`,
    );
  });
  it('an affected product with no fixed version of the key file', () => {
    expect(loadWith('keyFile: helpctr.exe', 'keyFile: helpctr.dll')).toContain(
      `${FILE} → keyFile: No file-table row for helpctr.dll gives a version for the affected product "windows-xp". Add the row, or list the product on its table.`,
    );
  });
  it('a value in a column the table does not have', () => {
    expect(loadWith('size: 726528, file: helpctr.exe, folder: sp1', 'size: 726528, file: helpctr.exe, platform: x86, folder: sp1')).toBe(
      `The content has a problem:\n  ${FILE} → updates[1].fileTables[0].rows[0].platform: This table has no "platform" column. Add it to "columns", or remove the value.`,
    );
  });
  it('a YAML syntax error, with its line', () => {
    expect(loadWith('severity: important\npublished', 'severity: [important\npublished')).toMatch(
      new RegExp(`^The content has a problem:\\n  ${FILE} → line \\d+: .+ Fix the YAML syntax\\.$`),
    );
  });
  it('a value of the wrong type says what it found', () => {
    expect(loadWith('keyFile: helpctr.exe', 'keyFile: 5')).toBe(
      `The content has a problem:\n  ${FILE} → keyFile: Expected string, found number 5. Correct the value.`,
    );
  });
  it('a value that is not one of the choices says what it found', () => {
    const text = catalog.text.replace('family: windows-xp\n', 'family: windows-xq\n');
    expect(text).not.toBe(catalog.text);
    expect(() => loadContent({ ...catalog, text }, [bulletin])).toThrow(
      `content/products.yaml → products[0].family: Unknown family "windows-xq". Use one of: windows-xp, windows-xp-64, windows-server-2003, windows-nt4, windows-2000, windows-9x, or add it to families.`,
    );
  });
  it('problems in the catalog and in a bulletin, in one message', () => {
    const broken = { ...catalog, text: catalog.text.replace('family: windows-xp\n', 'family: windows-xq\n') };
    try {
      loadContent(broken, [{ file: FILE, text: bulletin.text.replace('published: 2004-05-12', 'published: 2004-02-30') }]);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/^The content has 2 problems:\n  content\/products\.yaml → products\[0\]\.family: .+\n  content\/bulletins\/ms04-015\/bulletin\.yaml → published: .+$/);
    }
  });
  it('two bulletins with one id, in different folders', () => {
    const copy = { file: 'test/fixtures/content/bulletins/ms04-015/bulletin.yaml', text: bulletin.text };
    expect(() => loadContent(catalog, [bulletin, copy])).toThrow(
      `The content has a problem:\n  ${copy.file} → id: The id "MS04-015" is already used by ${FILE}. Each bulletin needs its own id.`,
    );
  });
  it('a folder that does not match the id', () => {
    expect(() => loadContent(catalog, [{ file: 'content/bulletins/ms04-016/bulletin.yaml', text: bulletin.text }])).toThrow(
      'content/bulletins/ms04-016/bulletin.yaml → id: The id "MS04-015" does not match its folder "ms04-016". Name the folder ms04-015.',
    );
  });
});

describe('the wizard\'s declarations fail with the file, the field and the fix', () => {
  it('a caveat naming a situation that is not declared', () => {
    expect(loadWith('    when: help-service-disabled', '    when: help-service-off')).toContain(
      `${FILE} → caveats[0].when: Unknown situation "help-service-off". Use one of: help-service-disabled, or declare it in wizard.situations.`,
    );
  });
  it('a situation no caveat names', () => {
    expect(loadWith('    when: help-service-disabled\n', '')).toBe(
      `The content has a problem:\n  ${FILE} → wizard.situations[0].id: No caveat names the situation "help-service-disabled", so its answer would change nothing. Add "when: help-service-disabled" to a caveat, or remove the situation.`,
    );
  });
  it('a situation parameter that the wizard already uses', () => {
    expect(loadWith('      param: service', '      param: key')).toBe(
      `The content has a problem:\n  ${FILE} → wizard.situations[0].param: The query parameter "key" is already used by the wizard itself. Choose another name.`,
    );
    expect(loadWith('      param: service', '      param: helpctr')).toBe(
      `The content has a problem:\n  ${FILE} → wizard.situations[0].param: The query parameter "helpctr" is already used by wizard.versionAliases[0]. Choose another name.`,
    );
  });
  it('a situation without an answer that holds', () => {
    expect(loadWith('          holds: true\n', '')).toBe(
      `The content has a problem:\n  ${FILE} → wizard.situations[0].answers: Mark the answer that means the situation holds with "holds: true".`,
    );
  });
  it('a verification link that is not in links', () => {
    expect(loadWith('    - link: mbsa', '    - link: mbsa-tool')).toMatch(
      new RegExp(`^The content has a problem:\\n  ${FILE} → wizard\\.verifyLinks\\[0\\]\\.link: "mbsa-tool" is not a key of links\\. Add the address to links, or use one of: .*mbsa`),
    );
  });
});

describe('the catalog fails with the file, the field and the fix', () => {
  const CATALOG = 'content/products.yaml';
  const loadCatalog = (find: string, replace: string, extra: SourceFile[] = []) => {
    expect(catalog.text).toContain(find);
    try {
      loadContent([{ file: CATALOG, text: catalog.text.replace(find, replace) }, ...extra], [bulletin]);
      return 'ok';
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as Error).message;
    }
  };
  it('a product in a family that is not declared', () => {
    expect(loadCatalog('  - id: windows-me\n    family: windows-9x', '  - id: windows-me\n    family: windows-me')).toBe(
      `The content has a problem:\n  ${CATALOG} → products[16].family: Unknown family "windows-me". Use one of: windows-xp, windows-xp-64, windows-server-2003, windows-nt4, windows-2000, windows-9x, or add it to families.`,
    );
  });
  it('a family in a wizard group that is not declared', () => {
    const message = loadCatalog('    wizardGroup: windows-64', '    wizardGroup: windows-64-bit');
    expect(message).toContain(
      `${CATALOG} → families[1].wizardGroup: Unknown wizard group "windows-64-bit". Use one of: windows-xp, windows-64, windows-server-2003, older, or add it to wizardGroups.`,
    );
    // The group it left is empty now, which would show an empty heading.
    expect(message).toContain(`${CATALOG} → wizardGroups[1].id: No product is in wizard group "windows-64".`);
  });
  it('a family or group without products', () => {
    const message = loadCatalog('families:\n', 'families:\n  - id: office\n    label: Office\n    wizardGroup: office\n');
    expect(message).toContain(`${CATALOG} → families[0].wizardGroup: Unknown wizard group "office".`);
    expect(message).toContain(`${CATALOG} → families[0].id: No product is in family "office". Add one, or remove the family.`);
  });
  it('a family without its label in both languages', () => {
    expect(loadCatalog('    label: { ja: Windows 98 および Windows Millennium Edition, en: Windows 98 and Windows Millennium Edition }', '    label: { ja: Windows 98 および Windows Millennium Edition }')).toBe(
      `The content has a problem:\n  ${CATALOG} → families[5].label.en: The English text (en) is missing. Write it as a non-empty string.`,
    );
  });
  it('a product id given again in a second catalog file', () => {
    const extra = { file: 'test/extra.yaml', text: 'wizardGroups: [{ id: extra, label: Extra }]\nfamilies: [{ id: extra, label: Extra, wizardGroup: extra }]\nproducts: [{ id: windows-me, family: extra, name: Again }]\n' };
    expect(loadCatalog('products:', 'products:', [extra])).toBe(
      'The content has a problem:\n  test/extra.yaml → products[0].id: Product id "windows-me" is listed twice. Remove one.',
    );
  });
  it('a new family needs no code: declared with its group, it is loaded in order', () => {
    const extra = { file: 'test/extra.yaml', text: 'wizardGroups: [{ id: office, label: Office }]\nfamilies: [{ id: office, label: Microsoft Office, wizardGroup: office }]\nproducts: [{ id: office-2003, family: office, name: Office 2003 }]\n' };
    const site = loadContent([catalog, extra], [bulletin]);
    expect(site.families.map((f) => f.id).at(-1)).toBe('office');
    expect(site.wizardGroups.map((g) => g.id).at(-1)).toBe('office');
    expect(site.productsById.get('office-2003')?.family).toBe('office');
  });
});

describe('a data table under content/ fails with the file, the field and the fix', () => {
  const families = (text: string) => () => readChecked(corpusFamiliesSchema, { file: 'content/corpus/families.yaml', text });

  it('reads the real families file', () => {
    expect(readChecked(corpusFamiliesSchema, readContentFile('.', 'content/corpus/families.yaml'))[0]).toMatchObject({ id: 'windows' });
  });

  it('names the line of a YAML syntax error', () => {
    expect(families('- id: windows\n  match: [Windows\n')).toThrow(/content\/corpus\/families\.yaml → line \d+: .*Fix the YAML syntax\./);
  });

  it('names the field that breaks the schema', () => {
    expect(families('- id: windows\n  label: Windows\n  match: []\n')).toThrow(/content\/corpus\/families\.yaml → \[0\]\.match: List at least one text to match/);
  });
});
