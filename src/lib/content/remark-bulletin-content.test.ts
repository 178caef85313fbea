import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { ProseOutline } from './prose-outline.ts';
import { remarkBulletinContent } from './remark-bulletin-content.ts';

const PATH = '/site/content/bulletins/ms04-015/en.mdx';

async function compile(value: string, path = PATH) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBulletinContent);
  const file = new VFile({ path, value });
  const tree = await processor.run(processor.parse(file), file);
  const outline = (file.data as { astro?: { frontmatter?: { outline?: ProseOutline } } }).astro?.frontmatter?.outline;
  return { tree, outline };
}

describe('remarkBulletinContent', () => {
  it('records anchors with heading levels from nesting, and the facts cited', async () => {
    const { outline } = await compile(`
<Section id="summary" title="Summary">

Intro with \`hcp://\` and <Link to="mbsa">MBSA</Link>, <BulletinRef id="MS04-011" /> and <Kb n="841996" />.

<Section id="caveats" title="Caveats">

<Caveats />

</Section>

</Section>

<Section id="faq" title="FAQ">

<Faq id="faq-cause" question="What causes it?">

Answer.

</Faq>

<FileTable id="files-xp" />

</Section>
`);
    expect(outline).toEqual({
      anchors: [
        { id: 'summary', kind: 'section', title: 'Summary', level: 2 },
        { id: 'caveats', kind: 'section', title: 'Caveats', level: 3 },
        { id: 'faq', kind: 'section', title: 'FAQ', level: 2 },
        { id: 'faq-cause', kind: 'faq', title: 'What causes it?', level: 3 },
      ],
      blocks: ['Caveats', 'FileTable:files-xp'],
      links: ['mbsa'],
      kbs: ['841996'],
      bulletins: ['MS04-011'],
      code: ['hcp://'],
    });
  });

  it('gives headings their level, and components nothing else (bulletin and language come from the page)', async () => {
    const { tree } = await compile(
      '<Section id="summary" title="Summary">\n\n<Faq id="faq-cause" question="Why?">\n\n<FileTable id="files-xp" />\n\n</Faq>\n\n</Section>\n',
    );
    type Node = { attributes: { name: string; value: string }[]; children: Node[] };
    const section = (tree as unknown as { children: Node[] }).children[0]!;
    const faq = section.children[0]!;
    const attrs = (node: Node) => Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));
    expect(attrs(section)).toEqual({ id: 'summary', title: 'Summary', level: '2' });
    expect(attrs(faq)).toEqual({ id: 'faq-cause', question: 'Why?', level: '3' });
    expect(attrs(faq.children[0]!)).toEqual({ id: 'files-xp' });
  });

  it('reads the prose of every language and bulletin folder, fixtures included', async () => {
    for (const path of ['/site/content/bulletins/ms04-015/ja.mdx', '/site/test/fixtures/content/bulletins/ms99-001/en.mdx']) {
      const { outline } = await compile('<Section id="summary" title="Summary">\n\nx\n\n</Section>\n', path);
      expect(outline?.anchors.map((a) => a.id), path).toEqual(['summary']);
    }
    expect((await compile('<Section id="summary" title="Summary">\n\nx\n\n</Section>\n', '/site/content/bulletins/ms04-015/fr.mdx')).outline).toBeUndefined();
  });

  it('reads titles written as string expressions', async () => {
    const { outline } = await compile(`<Faq id="faq-quote" question={"Is \\"HCP\\" a protocol?"}>\n\nYes.\n\n</Faq>\n`);
    expect(outline?.anchors[0]?.title).toBe('Is "HCP" a protocol?');
  });

  it('fails on a repeated id, naming the line of the first', async () => {
    await expect(compile('<Section id="faq" title="A">\n\nx\n\n</Section>\n\n<Section id="faq" title="B">\n\ny\n\n</Section>\n')).rejects.toThrow(
      'The id "faq" is used twice in this file (first on line 1). Anchor ids must be unique.',
    );
  });

  it('fails on an unknown component, listing the known ones', async () => {
    await expect(compile('<Table id="x" />\n')).rejects.toThrow(/^Unknown component <Table>\. Bulletin prose can use: Section, Faq, /);
  });

  it('fails on a section without an id', async () => {
    await expect(compile('<Section title="A">\n\nx\n\n</Section>\n')).rejects.toThrow(
      '<Section> needs an id="…" (a short ASCII anchor, the same in both languages).',
    );
  });

  it('leaves other Markdown files alone', async () => {
    const { outline } = await compile('<Anything />\n', '/site/content/notes.mdx');
    expect(outline).toBeUndefined();
  });
});
