/**
 * A remark plugin for bulletin prose (`content/bulletins/{id}/{ja,en}.mdx`). It
 * - gives each `<Section>` (and FAQ question, workaround) its heading `level` from how deeply it is nested;
 * - fails on an unknown component or a repeated anchor id, naming the file and line;
 * - records the file's outline (anchors and cited facts) in its frontmatter, for the cross-language checks
 *   and the table of contents.
 * Components learn their bulletin and language from the page (`Astro.locals`), not from this plugin, so
 * authors write `<FileTable id="files-xp" />`.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { LANG_ALTERNATION } from '../i18n/langs.ts';
import type { AnchorKind, ProseOutline } from './prose-outline.ts';

/** The components bulletin prose may use; the page supplies them. */
export const BULLETIN_COMPONENTS = [
  'Section',
  'Faq',
  'Workaround',
  'Link',
  'Kb',
  'BulletinRef',
  'DownloadMark',
  'MicrosoftUpdateMark',
  'SpuninstFolder',
  'SummaryFields',
  'Caveats',
  'AffectedSoftware',
  'NonAffectedSoftware',
  'SeverityTable',
  'SetupSwitches',
  'Commands',
  'SusLink',
  'RemovalSwitches',
  'FileTable',
  'RegistryKeys',
  'Revisions',
] as const;

const ANCHOR_KINDS: Record<string, AnchorKind> = { Section: 'section', Faq: 'faq', Workaround: 'workaround' };
const TITLE_ATTRIBUTE: Record<string, string> = { Section: 'title', Faq: 'question', Workaround: 'title' };
/** Blocks whose placement is checked; the attribute that tells which one. */
const BLOCK_KEYS: Record<string, string | undefined> = {
  SummaryFields: undefined,
  Caveats: undefined,
  AffectedSoftware: undefined,
  NonAffectedSoftware: undefined,
  SeverityTable: undefined,
  SetupSwitches: undefined,
  RemovalSwitches: undefined,
  Revisions: undefined,
  Commands: 'update',
  SusLink: 'update',
  RegistryKeys: 'update',
  FileTable: 'id',
};

const PROSE_PATH = new RegExp(String.raw`content/bulletins/[^/]+/(?:${LANG_ALTERNATION})\.mdx$`);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An attribute's string value, whether written `a="x"` or `a={"x"}`. */
export function attributeValue(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    try {
      const parsed: unknown = JSON.parse(value.value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      /* not a string literal */
    }
  }
  return undefined;
}

function setAttribute(element: JsxElement, name: string, value: string) {
  if (attributeValue(element, name) === undefined) element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function isJsx(node: RootContent | Root): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function remarkBulletinContent() {
  return (tree: Root, file: VFile) => {
    if (!PROSE_PATH.test(file.path.replaceAll('\\', '/'))) return;
    const outline: ProseOutline = { anchors: [], blocks: [], links: [], kbs: [], bulletins: [], code: [] };
    const seen = new Map<string, number | undefined>();

    const walk = (node: Root | RootContent, sectionDepth: number) => {
      let depth = sectionDepth;
      if (node.type === 'inlineCode') outline.code.push(node.value);
      if (isJsx(node) && node.name) {
        const name = node.name;
        // A line break is the one HTML element prose needs (the source breaks lines inside list items).
        if (name === 'br') return;
        if (!(BULLETIN_COMPONENTS as readonly string[]).includes(name)) {
          file.fail(`Unknown component <${name}>. Bulletin prose can use: ${BULLETIN_COMPONENTS.join(', ')}.`, node);
        }
        const kind = ANCHOR_KINDS[name];
        if (kind) {
          const id = attributeValue(node, 'id');
          const title = attributeValue(node, TITLE_ATTRIBUTE[name]!);
          if (!id) file.fail(`<${name}> needs an id="…" (a short ASCII anchor, the same in both languages).`, node);
          if (!title) file.fail(`<${name} id="${id}"> needs a ${TITLE_ATTRIBUTE[name]}="…".`, node);
          if (seen.has(id)) {
            file.fail(`The id "${id}" is used twice in this file (first on line ${seen.get(id) ?? '?'}). Anchor ids must be unique.`, node);
          }
          seen.set(id, node.position?.start.line);
          // Top-level sections are h2; anything nested in n sections is one level below them.
          const level = Math.min(2 + sectionDepth, 6);
          setAttribute(node, 'level', String(level));
          outline.anchors.push({ id, kind, title, level });
          if (kind === 'section') depth += 1;
        }
        if (name in BLOCK_KEYS) {
          const key = BLOCK_KEYS[name];
          outline.blocks.push(key ? `${name}:${attributeValue(node, key) ?? ''}` : name);
        }
        if (name === 'Link') outline.links.push(attributeValue(node, 'to') ?? '');
        if (name === 'Kb') outline.kbs.push(attributeValue(node, 'n') ?? '');
        if (name === 'BulletinRef') outline.bulletins.push(attributeValue(node, 'id') ?? '');
      }
      if ('children' in node) for (const child of node.children) walk(child, depth);
    };
    walk(tree, 0);

    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).outline = outline;
  };
}
