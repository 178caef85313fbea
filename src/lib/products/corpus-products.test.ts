import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILE, CORPUS_PRODUCTS_FILE, checkCorpusProducts, readCorpusProducts, undatedServicePacks } from './corpus-products.ts';
import { mappedShare, mappingCoverage } from './coverage.ts';
import { PRODUCT_NAMES_FILE } from './spelling-table.ts';

// The curated catalog without its releases' service packs, many of which are corpus products this file's small corpus lacks.
const CATALOG = readFileSync(CATALOG_FILE, 'utf8').replace(/^ {4}servicePacks: .*\n/gm, '');
const CORPUS = `families:
  - id: windows-vista
    label: Windows Vista
products:
  - id: windows-vista
    family: windows-vista
    name: Windows Vista
    released: 2007-01-25
  - id: windows-vista-sp1
    family: windows-vista
    name: Windows Vista Service Pack 1
    released: 2008-02-04
`;
const NAMES = `products:
  windows-vista: [Windows Vista]
  windows-vista-sp1: [Windows Vista Service Pack 1]
  windows-xp-sp2: [Windows XP Service Pack 2]
combined:
  - name: Windows Vista (RTM、SP1)
    products: [windows-vista, windows-vista-sp1]
notProducts:
  - name: Server Core インストール オプション
    why: a heading row
`;

describe('the real product files', () => {
  it('check: both catalogs and the spellings load without a problem', () => {
    const { data, problems } = readCorpusProducts('.');
    expect(problems).toEqual([]);
    // The curated catalog's products come first, in its order, then the corpus's.
    expect(data!.products.slice(0, 3).map((p) => p.id)).toEqual(['windows-xp', 'windows-xp-sp1', 'windows-xp-sp2']);
    expect(data!.products.length).toBeGreaterThan(500);
  });

  it('check: every Windows family answers the check page\'s Windows question, Internet Explorer and Office theirs', () => {
    const { data } = readCorpusProducts('.');
    const question = new Map(data!.families.map((f) => [f.id, f.check]));
    for (const id of ['windows-xp', 'windows-2000', 'windows-vista', 'windows-7', 'windows-server-2008-r2', 'windows-8', 'windows-10', 'windows-server-2016']) expect(question.get(id), id).toBe('os');
    expect(question.get('internet-explorer')).toBe('ie');
    expect(question.get('office')).toBe('office');
    expect(question.get('windows-components')).toBeUndefined();
  });
});

describe('checkCorpusProducts', () => {
  it('joins both catalogs and reads the spellings, the curated products included', () => {
    const { data, problems } = checkCorpusProducts({ catalog: CATALOG, corpus: CORPUS, names: NAMES });
    expect(problems).toEqual([]);
    expect(data!.families.at(-1)!.id).toBe('windows-vista');
    expect(data!.spellings.products.get('windows xp service pack 2')).toEqual(['windows-xp-sp2']);
    expect(data!.spellings.products.get('windows vista (rtm、sp1)')).toEqual(['windows-vista', 'windows-vista-sp1']);
  });

  it('names the file, the field and the fix for each problem', () => {
    const corpus = `${CORPUS}  - id: windows-xp-sp2
    family: windows-xp
    name: again
  - id: windows-7
    family: windows-seven
    name: Windows 7
`;
    const names = NAMES.replace('windows-xp-sp2: [Windows XP Service Pack 2]', 'windows-xp-sp2: [Windows XP Service Pack 2, Microsoft WINDOWS XP Service Pack 2]\n  windows-8: [Windows 8]\n  windows-7: [Windows Vista]');
    const { data, problems } = checkCorpusProducts({ catalog: CATALOG, corpus, names });
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      { file: CORPUS_PRODUCTS_FILE, field: 'products[2].id', message: `Product "windows-xp-sp2" is already listed in ${CATALOG_FILE}. List each product once.` },
      { file: CORPUS_PRODUCTS_FILE, field: 'products[3].family', message: 'Unknown family "windows-seven". Use a family of either catalog file, or add it under families.' },
      expect.objectContaining({ file: PRODUCT_NAMES_FILE, field: 'products.windows-xp-sp2[1]', message: expect.stringContaining('listed twice for windows-xp-sp2') }),
      { file: PRODUCT_NAMES_FILE, field: 'products.windows-8', message: 'Unknown product "windows-8". Use an id from content/products.yaml, or add the product there.' },
      expect.objectContaining({ field: 'products.windows-7[0]', message: expect.stringContaining('listed under both windows-vista and windows-7') }),
    ]);
  });

  it('checks a release’s service packs: known products, each of one release', () => {
    const catalog = CATALOG.replace('    name: { ja: Windows XP (Service Pack なし), en: Windows XP (no service pack) }\n', '$&    servicePacks: [windows-xp-sp1, windows-xp-sp2]\n');
    const corpus = CORPUS.replace('    name: Windows Vista\n', '    name: Windows Vista\n    servicePacks: [windows-vista-sp1, windows-vista-sp9, windows-xp-sp2]\n');
    const { problems } = checkCorpusProducts({ catalog, corpus, names: NAMES });
    expect(problems).toEqual([
      { file: CORPUS_PRODUCTS_FILE, field: 'products[0].servicePacks[1]', message: '"windows-vista-sp9" is not another product of the catalog. List the release\'s service packs by their product ids.' },
      { file: CORPUS_PRODUCTS_FILE, field: 'products[0].servicePacks[2]', message: '"windows-xp-sp2" is already a service pack of "windows-xp". A service pack belongs to one release.' },
    ]);
    const good = checkCorpusProducts({ catalog: CATALOG, corpus: CORPUS.replace('    name: Windows Vista\n', '    name: Windows Vista\n    servicePacks: [windows-vista-sp1]\n'), names: NAMES });
    expect(good.problems).toEqual([]);
    expect(good.data!.products.find((p) => p.id === 'windows-vista')!.servicePacks).toEqual(['windows-vista-sp1']);
  });

  it('checks the service packs’ dates: none before the release or service pack listed before it; lists those without one', () => {
    const withLine = CORPUS.replace('    name: Windows Vista\n', '    name: Windows Vista\n    servicePacks: [windows-vista-sp1]\n');
    const early = checkCorpusProducts({ catalog: CATALOG, corpus: withLine.replace('released: 2008-02-04', 'released: 2006-02-04'), names: NAMES });
    expect(early.problems).toEqual([
      { file: CORPUS_PRODUCTS_FILE, field: 'products[0].servicePacks', message: '"windows-vista-sp1" is released 2006-02-04, before the product listed before it (2007-01-25). List the service packs oldest first, and check both dates.' },
    ]);
    const good = checkCorpusProducts({ catalog: CATALOG, corpus: withLine, names: NAMES }).data!;
    expect(good.products.find((p) => p.id === 'windows-vista-sp1')!.released).toBe('2008-02-04');
    expect(undatedServicePacks(good.products)).toEqual([]);
    const undated = checkCorpusProducts({ catalog: CATALOG, corpus: withLine.replace('    released: 2008-02-04\n', ''), names: NAMES });
    expect(undated.problems).toEqual([]);
    expect(undatedServicePacks(undated.data!.products)).toEqual([{ release: 'windows-vista', servicePack: 'windows-vista-sp1' }]);
  });

  it('reports a corpus product no spelling names, and a spelling that both names products and names none', () => {
    const names = NAMES.replace('  windows-vista-sp1: [Windows Vista Service Pack 1]\n', '').replace('- name: Server Core インストール オプション', '- name: Windows Vista');
    const { problems } = checkCorpusProducts({ catalog: CATALOG, corpus: CORPUS, names });
    expect(problems).toEqual([
      { file: PRODUCT_NAMES_FILE, field: 'notProducts[0].name', message: '"Windows Vista" is already listed. A name either names products or names none; list it once.' },
    ]);
    const { problems: unspelled } = checkCorpusProducts({ catalog: CATALOG, corpus: CORPUS, names: NAMES.replace('  windows-vista-sp1: [Windows Vista Service Pack 1]\n', '').replace('windows-vista, windows-vista-sp1]', 'windows-vista]') });
    expect(unspelled).toEqual([
      { file: CORPUS_PRODUCTS_FILE, field: 'products[1].id', message: `No spelling in ${PRODUCT_NAMES_FILE} names "windows-vista-sp1". Add how the bulletins write it, or remove the product.` },
    ]);
  });

  it('gives a YAML syntax error its line and a schema error its field', () => {
    expect(checkCorpusProducts({ catalog: CATALOG, corpus: 'families: [\n', names: NAMES }).problems[0]).toMatchObject({ file: CORPUS_PRODUCTS_FILE, field: expect.stringMatching(/^line \d+$/) });
    expect(checkCorpusProducts({ catalog: CATALOG, corpus: CORPUS, names: 'products:\n  windows-vista: []\n' }).problems).toEqual([
      { file: PRODUCT_NAMES_FILE, field: 'products.windows-vista', message: 'List at least one spelling, or remove the product.' },
    ]);
  });
});

describe('mappingCoverage', () => {
  const { data } = checkCorpusProducts({ catalog: CATALOG, corpus: CORPUS, names: NAMES });
  const facts = [
    { id: 'MS08-001', year: 2008, affected: [{ name: 'Windows Vista', downloads: [] }, { name: 'Windows 7', downloads: [] }], notAffected: [{ name: 'Windows XP Service Pack 2', downloads: [] }] },
    { id: 'MS09-001', year: 2009, affected: [{ name: 'Server Core インストール オプション', downloads: [] }, { name: 'Windows 7 および Windows Vista', downloads: [] }], notAffected: [] },
  ];

  it('counts the rows mapped whole per year, leaves rows that name no product out, and lists every other row with the reason', () => {
    const coverage = mappingCoverage(facts, data!.spellings);
    expect(coverage.years).toEqual([
      { year: 2008, rows: 3, mapped: 2, notProducts: 0 },
      { year: 2009, rows: 1, mapped: 0, notProducts: 1 },
    ]);
    expect(mappedShare(coverage.years)).toBeCloseTo(2 / 4);
    expect(coverage.unmapped).toEqual([
      { reason: { kind: 'unknown', part: 'Windows 7' }, rows: ['MS08-001 affected[1]', 'MS09-001 affected[1]'] },
      { reason: { kind: 'not-a-product', part: 'Server Core インストール オプション', why: 'a heading row' }, rows: ['MS09-001 affected[0]'] },
    ]);
  });

  it('counts no rows as fully mapped', () => {
    expect(mappedShare([])).toBe(1);
  });
});
