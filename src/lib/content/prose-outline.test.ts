import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { checkOutline, checkOutlineAgainstData, compareOutlines, REQUIRED_ANCHORS, type ProseOutline } from './prose-outline.ts';

const [bulletin] = loadContent(
  { file: 'content/products.yaml', text: readFileSync('content/products.yaml', 'utf8') },
  [{ file: 'content/bulletins/ms04-015/bulletin.yaml', text: readFileSync('content/bulletins/ms04-015/bulletin.yaml', 'utf8') }],
).bulletins;

const FILES = { ja: 'content/bulletins/ms04-015/ja.mdx', en: 'content/bulletins/ms04-015/en.mdx' };

const outline = (over: Partial<ProseOutline> = {}): ProseOutline => ({
  anchors: [
    { id: 'faq', kind: 'section', title: 'FAQ', level: 2 },
    { id: 'faq-cause', kind: 'faq', title: 'Cause?', level: 3 },
  ],
  blocks: ['FileTable:files-xp'],
  links: ['mbsa'],
  kbs: ['841996'],
  bulletins: ['MS04-011'],
  code: ['hcp://'],
  ...over,
});

describe('compareOutlines', () => {
  it('accepts two languages with the same anchors and facts', () => {
    expect(compareOutlines(FILES, outline(), outline())).toEqual([]);
  });
  it('names the anchor missing from one language', () => {
    const en = outline({ anchors: outline().anchors.slice(0, 1) });
    expect(compareOutlines(FILES, outline(), en)).toEqual([
      { file: FILES.ja, field: 'id="faq-cause"', message: `This faq is missing from ${FILES.en}. Add it there with the same id, or remove it here.` },
    ]);
  });
  it('catches a fact cited differently', () => {
    expect(compareOutlines(FILES, outline(), outline({ code: ['hcp:/'] }))).toEqual([
      { file: FILES.en, field: '', message: `Missing inline code cited in ${FILES.ja}: hcp://. Cite the same facts in both languages.` },
      { file: FILES.ja, field: '', message: `Missing inline code cited in ${FILES.en}: hcp:/. Cite the same facts in both languages.` },
    ]);
  });
  it('catches anchors in another order', () => {
    const en = outline({ anchors: [...outline().anchors].reverse() });
    expect(compareOutlines(FILES, outline(), en)).toEqual([
      { file: FILES.en, field: '', message: `The anchors are in a different order than in ${FILES.ja}. Use the same order in both languages.` },
    ]);
  });
});

describe('checkOutline', () => {
  it('requires the faq- and workaround- prefixes', () => {
    const bad = outline({ anchors: [{ id: 'cause', kind: 'faq', title: 'Cause?', level: 3 }] });
    expect(checkOutline(FILES.en, bad)).toEqual([
      { file: FILES.en, field: 'id="cause"', message: 'A faq id starts with "faq-". Rename it, in both languages.' },
    ]);
  });
});

describe('checkOutlineAgainstData', () => {
  it('lists what the prose leaves out: contract sections, file tables, blocks and links', () => {
    const problems = checkOutlineAgainstData(FILES.ja, outline(), bulletin!);
    const fields = problems.map((p) => p.field);
    for (const id of REQUIRED_ANCHORS.filter((id) => id !== 'faq')) expect(fields).toContain(`id="${id}"`);
    expect(problems).toContainEqual({
      file: FILES.ja,
      field: '<FileTable id="files-ws2003-x86">',
      message: 'This file table is not placed. Add <FileTable id="…" /> where it belongs.',
    });
    expect(problems).toContainEqual({ file: FILES.ja, field: '<Caveats />', message: 'Place <Caveats /> exactly once (found 0).' });
    expect(problems).toContainEqual({
      file: FILES.ja,
      field: 'links.exploitlabs',
      message: 'The link "exploitlabs" is never cited. Cite it with <Link to="exploitlabs">, or remove it from bulletin.yaml.',
    });
  });
  it('rejects a link key the data does not have', () => {
    const problems = checkOutlineAgainstData(FILES.ja, outline({ links: ['nope'] }), bulletin!);
    expect(problems).toContainEqual({
      file: FILES.ja,
      field: '<Link to="nope">',
      message: 'No link "nope" in bulletin.yaml\'s links. Add it there, or fix the key.',
    });
  });
});
