/**
 * A corpus bulletin's HTML tree (tree.ts) as the page body's data: the source's title block dropped (the
 * page header shows it), sanitised, Microsoft's missing images marked by kind (`<span data-mark>`), every
 * heading given a stable ASCII anchor, each table its name (`data-label`), links made safe. It knows no
 * page: present.ts turns this tree into the page's markup (self-links, copy buttons, the marks' words,
 * links to our pages of other bulletins, scrolling boxes).
 *
 * Order matters: the tree is sanitised first, and only then do our own ids and elements go in, so the
 * sanitiser's clobber prefix never touches them. The work is one sanitising pass, one walk that rewrites
 * images and links and collects headings, tables and ids, and one walk that puts the headings and tables
 * in place.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toString } from 'hast-util-to-string';
import { CONTRACT_ANCHORS, type ContractAnchor } from '../urls.ts';
import { withoutTitleBlock, type CorpusTree } from './tree.ts';
import { element, text } from './hast.ts';
import { labelParagraph } from './labels.ts';
import { KNOWN_SLUGS, normaliseHeading, sectionOf } from './sections.ts';

/** One heading of a rendered bulletin, for the contents. */
export interface CorpusHeading {
  /** 2 to 6 (the page's own h1 is the title). */
  depth: number;
  /** Its stable ASCII anchor. */
  id: string;
  /** Its text. */
  text: string;
}

/** A bulletin's body as sanitised HTML, ready for the page. */
export interface RenderedCorpusBody {
  html: string;
  headings: CorpusHeading[];
}

/** A bulletin's body as data: the sanitised tree with its anchors, and its headings for the contents. */
export interface CorpusBodyTree {
  root: Root;
  headings: CorpusHeading[];
  /**
   * The anchor of each heading element of the body, in document order as `bodyHeadings` (tree.ts) lists
   * them in the source's tree; undefined for one dropped as empty. The fact readers find their sections' anchors here.
   */
  headingIds: (string | undefined)[];
}

// The contract's section anchors, re-exported for the tests and the survey.
export { CONTRACT_ANCHORS, type ContractAnchor };

/** Microsoft's images (`../../images/Dn636386.dl_arrow(ja-JP,Security.10).jpg`) by their base name. */
export type ImageKind = 'download' | 'microsoft-update' | 'office-update' | 'windows-update' | 'banner' | 'other';

/** What one rendering did, for the corpus survey. */
export interface RenderReport {
  /** Images by their base name (`dl_arrow`, `mu_s`, `SNS300x50`, …) and what became of them. */
  images: Record<string, { count: number; kind: ImageKind }>;
  /** Links dropped because nothing readable was left in them (banners, empty `[](…)` links). */
  emptyLinksDropped: number;
  /** Links kept as plain text: no usable href (unsafe scheme, broken relative or in-page target). */
  linksUnwrapped: number;
  /** Headings with no text after sanitising, dropped. */
  emptyHeadingsDropped: number;
  /** Bold label paragraphs (`**影響を受けるソフトウェア** **:**`) made headings to carry a contract anchor. */
  labelsPromoted: number;
  /** Whether the first h1 and the h2 after it (the title block) were found and dropped. */
  titleBlockDropped: boolean;
}

// --- sanitising -------------------------------------------------------------------------------------

const SCHEMA: Schema = {
  ...defaultSchema,
  // No form controls; captions kept (the default drops them, leaving their text loose).
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'input'), 'caption'],
  attributes: {
    ...defaultSchema.attributes,
    td: [...(defaultSchema.attributes?.td ?? []), 'colSpan', 'rowSpan'],
    th: [...(defaultSchema.attributes?.th ?? []), 'colSpan', 'rowSpan'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  required: {},
  // Dropped with their content, not unwrapped: their text is code, not prose.
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'title'],
};

/** The prefix the sanitiser puts before the source's own ids (and names). */
const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

// --- small helpers ----------------------------------------------------------------------------------

const HEADING = /^h([1-6])$/;

/** Whitespace collapsed, trimmed. */
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** An ASCII slug from the ASCII words of a text, or undefined when it has no word of two letters. */
export function asciiSlug(value: string): string | undefined {
  const slug = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/[a-z]{2}/.test(slug)) return undefined;
  // An id starts with a letter: "2007 Microsoft Office" → "section-2007-microsoft-office".
  if (/^[0-9]/.test(slug)) return asciiSlug(`section ${slug}`);
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

function classify(src: string): { name: string; kind: ImageKind } {
  const file = src.slice(src.lastIndexOf('/') + 1);
  // Dn636386.dl_arrow(ja-JP,Security.10).jpg → dl_arrow; Dn636386.dl_arrow.jpg → dl_arrow.
  const name =
    file
      .replace(/^Dn\d+\./i, '')
      .replace(/\([^)]*\)/g, '')
      .replace(/\.(?:gif|jpe?g|png|bmp)$/i, '') || file;
  if (/dl_arrow/i.test(name)) return { name: 'dl_arrow', kind: 'download' };
  if (/^mu_s$|microsoftupdate/i.test(name)) return { name, kind: 'microsoft-update' };
  if (/^ot_s$/i.test(name)) return { name, kind: 'office-update' };
  if (/^wu_s$/i.test(name)) return { name, kind: 'windows-update' };
  if (/^SNS\d+x\d+$/i.test(name)) return { name, kind: 'banner' };
  return { name, kind: 'other' };
}

/** The kinds of image that stand for a mark the page shows in words (present.ts). */
const MARKED: ReadonlySet<ImageKind> = new Set(['download', 'microsoft-update', 'office-update', 'windows-update']);

/** A relative link to another bulletin's Markdown (`ms08-067.md`, `../2008/ms08-067.md#x`). */
export const BULLETIN_MD = /^(?:\.\.\/(?:\d{4}\/)?|\.\/)?(ms\d{2}-\d{3})\.md(?:#.*)?$/i;

function hasContent(node: Element): boolean {
  return node.children.some((child) => (child.type === 'text' ? child.value.trim() !== '' : child.type === 'element'));
}

// --- the walk that rewrites and collects -------------------------------------------------------------

interface Item {
  kind: 'heading' | 'label';
  node: Element;
  /** Display text (whitespace collapsed, trailing colons dropped). */
  text: string;
  /** The text as the rules read it. */
  normal: string;
  /** Source level 1–6 (labels: undefined). */
  level?: number;
}

interface Collected {
  items: Item[];
  /** Each outermost table and its name (its caption, else the heading or label above it), where it has one. */
  tables: Map<Element, string | undefined>;
  idElements: Element[];
  inPageLinks: Element[];
  report: RenderReport;
}

function collect(root: Root, report: RenderReport): Collected {
  const state: Collected = { items: [], tables: new Map(), idElements: [], inPageLinks: [], report };
  let lastHeading = '';

  const walk = (parent: Root | Element, inTable: boolean, inCode: boolean): void => {
    const out: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        if (child.type === 'text' && !inCode && child.value.includes('**')) out.push(...strongPairs(child.value));
        else out.push(child);
        continue;
      }
      const node = child;
      const properties = node.properties;
      if (node.tagName === 'img') {
        const { name, kind } = classify(String(properties.src ?? ''));
        const entry = (report.images[name] ??= { count: 0, kind });
        entry.count += 1;
        const alt = squash(String(properties.alt ?? ''));
        if (MARKED.has(kind)) {
          // A mark set off from the word before it, as the source's image was.
          const before = out.at(-1);
          if (before?.type === 'text' && /\S$/.test(before.value)) out.push(text(' '));
          out.push(element('span', { dataMark: kind }));
        }
        else if (kind === 'other' && alt) out.push(text(alt));
        continue;
      }
      // The sanitiser prefixed the source's ids and names; names go, ids are sorted out later.
      delete properties.name;
      delete properties.ariaDescribedBy;
      delete properties.ariaLabelledBy;
      delete properties.tabIndex;
      if (properties.id !== undefined) state.idElements.push(node);

      const level = HEADING.exec(node.tagName)?.[1];
      if (level) {
        const display = normaliseDisplay(toString(node));
        state.items.push({ kind: 'heading', node, text: display, normal: normaliseHeading(display), level: Number(level) });
        if (display) lastHeading = display;
      }
      const isTable = node.tagName === 'table';
      if (isTable && !inTable) {
        const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
        state.tables.set(node, (caption && squash(toString(caption))) || lastHeading || undefined);
      }
      walk(node, inTable || isTable, inCode || node.tagName === 'pre' || node.tagName === 'code');

      if (node.tagName === 'a') {
        const href = typeof properties.href === 'string' ? properties.href.trim() : '';
        const readable = toString(node).trim() !== '' || node.children.some((c) => c.type === 'element' && c.tagName === 'span');
        if (!readable) {
          report.emptyLinksDropped += 1;
          continue;
        }
        if (href.startsWith('#') && href.length > 1) state.inPageLinks.push(node);
        else if (/^https?:\/\//i.test(href)) properties.rel = ['noopener', 'noreferrer'];
        // A link to another bulletin's Markdown is kept as the source writes it: the page links it to
        // our page of that bulletin (present.ts).
        else if (!/^mailto:/i.test(href) && !BULLETIN_MD.test(href)) {
          report.linksUnwrapped += 1;
          out.push(...node.children);
          continue;
        }
      }
      if (node.tagName === 'p') {
        if (!hasContent(node)) continue;
        if (parent.type === 'root') {
          const label = labelParagraph(node);
          if (label) {
            state.items.push({ kind: 'label', node, text: label, normal: label });
            lastHeading = label;
          }
        }
      }
      out.push(node);
    }
    parent.children = out as typeof parent.children;
  };
  walk(root, false, false);
  return state;
}

/**
 * `**…**` that CommonMark left as text: its rules do not let bold close before a Japanese letter after
 * punctuation (`**注意。**この…`), which Microsoft's renderer did. A pair within one text node, opening
 * before and closing after a non-space, becomes bold; a lone footnote mark (`(KB972580)**`) stays.
 */
const STRONG_PAIR = /\*\*(?!\s)((?:(?!\*\*)[^\n])+?)(?<!\s)\*\*/g;
function strongPairs(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(STRONG_PAIR)) {
    if (match.index > last) out.push(text(value.slice(last, match.index)));
    out.push(element('strong', {}, [text(match[1]!)]));
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

const normaliseDisplay = (value: string) => squash(value).replace(/\s*[:：]$/, '').trim();

// --- ids ----------------------------------------------------------------------------------------------

/**
 * The source's own ids: kept (as `ref-…`) where an in-page link of the source points at them, matched
 * without regard to case as browsers of the time did (`#kbarticle` → `<span id="KBArticle">`), and dropped
 * everywhere else. In-page links to nothing are kept as plain text. Returns the links to unwrap.
 */
function resolveSourceIds(state: Collected, used: Set<string>): Set<Element> {
  const fragment = (link: Element) => {
    const raw = String(link.properties.href).slice(1);
    try {
      return decodeURIComponent(raw).toLowerCase();
    } catch {
      return raw.toLowerCase();
    }
  };
  const wanted = new Set(state.inPageLinks.map(fragment));
  const kept = new Map<string, string>();
  for (const node of state.idElements) {
    const raw = String(node.properties.id);
    const key = (raw.startsWith(CLOBBER_PREFIX) ? raw.slice(CLOBBER_PREFIX.length) : raw).toLowerCase();
    delete node.properties.id;
    if (!wanted.has(key) || kept.has(key)) continue;
    const id = unique(`ref-${key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'anchor'}`, used);
    kept.set(key, id);
    node.properties.id = id;
  }
  const unwrap = new Set<Element>();
  for (const link of state.inPageLinks) {
    const id = kept.get(fragment(link));
    if (id) link.properties.href = `#${id}`;
    else {
      unwrap.add(link);
      state.report.linksUnwrapped += 1;
    }
  }
  return unwrap;
}

function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const VULNERABILITY_ID = /\b(?:CVE|CAN)-\d{4}-\d{4,}\b/gi;

interface Placed {
  item: Item;
  depth: number;
  id?: string;
  /** Further vulnerability anchors the heading carries (a heading that names several ids). */
  extraIds: string[];
  /** The vulnerability section the heading sits in, for names like `workarounds-cve-2009-2500`. */
  vulnerability?: string | undefined;
  contract?: ContractAnchor | undefined;
}

/** The contract section a (normalised) heading text names at this tier (sections.ts). */
function contractOf(normal: string, tier: 1 | 2): ContractAnchor | undefined {
  const section = sectionOf(normal);
  return section?.tier === tier ? section.anchor : undefined;
}

/** Decides every heading's depth and id, and which label paragraphs become headings. */
function placeHeadings(items: Item[], vulnerabilityIds: readonly string[], used: Set<string>): Placed[] {
  // The source's ids in both spellings (CAN-2003-0352 is also named CVE-2003-0352), to the anchor.
  const anchorOf = new Map<string, string>();
  for (const id of vulnerabilityIds) {
    const anchor = `vulnerability-${id.toLowerCase()}`;
    anchorOf.set(id.toUpperCase(), anchor);
    anchorOf.set(id.toUpperCase().replace(/^CAN-/, 'CVE-'), anchor);
  }
  const reserved = new Set<string>([...CONTRACT_ANCHORS, ...anchorOf.values()]);
  const claimed = new Set<string>();

  // Depths: a gap-free outline under the page's h1, whatever levels the source used. The 1999–2013
  // layouts came out of Microsoft's conversion with their parts as `###` (概要, 詳細, 脆弱性の詳細, その他の
  // 情報) and those parts' sections as setext `---` (h2) headings below them; there a `###` ranks above an
  // h2. The later layout uses h2 for its sections and `###` below them, in the usual order.
  const firstOf = (level: number) => items.findIndex((item) => item.kind === 'heading' && item.text && item.level === level);
  const partsAsH3 = firstOf(3) >= 0 && (firstOf(2) < 0 || firstOf(3) < firstOf(2));
  const rank = (level: number) => (partsAsH3 && level === 3 ? 1.5 : level);
  const stack: { rank: number; depth: number }[] = [];
  let vulnerability: { anchor: string; depth: number } | undefined;
  const placed: Placed[] = [];
  const named = new Map<Placed, string[]>();
  for (const item of items) {
    if (item.kind === 'label') {
      placed.push({ item, depth: Math.min(6, (stack.at(-1)?.depth ?? 1) + 1), extraIds: [], vulnerability: vulnerability?.anchor });
      continue;
    }
    if (!item.text) continue; // dropped as empty
    const itemRank = rank(item.level!);
    while (stack.length > 0 && stack.at(-1)!.rank >= itemRank) stack.pop();
    const depth = Math.min(6, (stack.at(-1)?.depth ?? 1) + 1);
    stack.push({ rank: itemRank, depth });
    const anchors = [...new Set((item.normal.match(VULNERABILITY_ID) ?? []).map((id) => anchorOf.get(id.toUpperCase())))].filter(
      (anchor): anchor is string => anchor !== undefined,
    );
    const contract = contractOf(item.normal, 1);
    if (anchors.length > 0) vulnerability = { anchor: anchors[0]!, depth };
    else if (vulnerability && (depth < vulnerability.depth || (depth === vulnerability.depth && !isSubsection(contract))))
      vulnerability = undefined;
    const entry: Placed = { item, depth, extraIds: [], vulnerability: vulnerability?.anchor, contract };
    if (anchors.length > 0) named.set(entry, anchors);
    placed.push(entry);
  }

  // A vulnerability's anchor goes on the first heading that names it, preferring a heading of its own
  // over its mitigating factors, workarounds or FAQ (which sometimes name the wrong id in the source).
  for (const pass of [false, true]) {
    for (const [entry, anchors] of named) {
      if (!pass && isSubsection(entry.contract)) continue;
      for (const anchor of anchors) {
        if (claimed.has(anchor)) continue;
        claimed.add(anchor);
        if (entry.id === undefined) entry.id = anchor;
        else entry.extraIds.push(anchor);
      }
    }
  }

  const headings = placed.filter((p) => p.item.kind === 'heading');
  const claim = (entry: Placed, anchor: ContractAnchor | undefined) => {
    if (entry.id !== undefined || anchor === undefined || claimed.has(anchor)) return;
    claimed.add(anchor);
    entry.id = anchor;
  };
  for (const entry of headings) claim(entry, entry.contract);
  for (const entry of headings) claim(entry, contractOf(entry.item.normal, 2));
  const labels = placed.filter((p) => p.item.kind === 'label');
  for (const entry of labels) claim(entry, contractOf(entry.item.normal, 1) ?? contractOf(entry.item.normal, 2));

  for (const id of claimed) used.add(id);
  let sections = 0;
  const kept: Placed[] = [];
  for (const entry of placed) {
    if (entry.item.kind === 'label' && entry.id === undefined) continue; // stays a paragraph
    if (entry.id === undefined) {
      const base =
        KNOWN_SLUGS[entry.item.normal] ??
        (entry.contract ? (entry.vulnerability ? `${entry.contract}-${entry.vulnerability.slice('vulnerability-'.length)}` : entry.contract) : undefined) ??
        asciiSlug(entry.item.normal) ??
        `section-${(sections += 1)}`;
      entry.id = unique(reserved.has(base) && !base.startsWith('section-') ? `${base}-2` : base, used);
    }
    kept.push(entry);
  }
  return kept;
}

/** Sections that sit inside one vulnerability's section at the same level in the older layouts. */
const isSubsection = (contract: ContractAnchor | undefined) =>
  contract === 'mitigating-factors' || contract === 'workarounds' || contract === 'faq';

/**
 * Header cells say what they head (WCAG H63): those of a table's first row head columns, any other a
 * row. Tables nested in a cell are their own tables and keep their own cells.
 */
function scopeHeaderCells(table: Element): void {
  let row = 0;
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || child.tagName === 'table') continue;
      if (child.tagName === 'tr') {
        for (const cell of child.children) {
          if (cell.type === 'element' && cell.tagName === 'th' && cell.properties['scope'] === undefined) cell.properties['scope'] = row === 0 ? 'col' : 'row';
        }
        row += 1;
      } else {
        walk(child);
      }
    }
  };
  walk(table);
}

/** A placed heading with its anchor (and any other anchors the source's links point at, just before it). */
function anchoredHeading(entry: Placed): ElementContent[] {
  const id = entry.id!;
  // A bold label made a heading shows its text as the source writes it (colon included), without the bold.
  const children = entry.item.kind === 'label' ? [text(toString(entry.item.node).replace(/\s+/g, ' ').trim())] : entry.item.node.children;
  const extra = entry.extraIds.map((anchor) => element('span', { id: anchor }));
  return [...extra, element(`h${entry.depth}`, { id }, children)];
}

/** The parts of a heading the source's in-page links still point at, kept when the heading is dropped. */
function idBearers(node: Element): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? (child.properties.id !== undefined ? [element('span', { id: child.properties.id })] : idBearers(child)) : [],
  );
}

// --- the whole ---------------------------------------------------------------------------------------------

/** A bulletin's body as data, with what was done to it (for the corpus survey). */
export function corpusBodyTree(tree: CorpusTree, vulnerabilityIds: readonly string[]): CorpusBodyTree & { report: RenderReport } {
  const report: RenderReport = {
    images: {},
    emptyLinksDropped: 0,
    linksUnwrapped: 0,
    emptyHeadingsDropped: 0,
    labelsPromoted: 0,
    titleBlockDropped: false,
  };
  const title = withoutTitleBlock(tree.hast.children);
  report.titleBlockDropped = title.dropped;
  // sanitize builds a new tree: the caller's tree is not touched.
  const root = sanitize({ type: 'root', children: title.children }, SCHEMA) as Root;
  const state = collect(root, report);

  const used = new Set<string>();
  const unwrap = resolveSourceIds(state, used);
  const placed = placeHeadings(state.items, vulnerabilityIds, used);

  // What each collected element becomes, built once its own children are in place.
  const replace = new Map<Element, () => ElementContent[]>();
  for (const link of unwrap) replace.set(link, () => link.children);
  for (const item of state.items) {
    if (item.kind === 'heading' && !item.text) {
      report.emptyHeadingsDropped += 1;
      replace.set(item.node, () => idBearers(item.node));
    }
  }
  for (const entry of placed) {
    if (entry.item.kind === 'label') report.labelsPromoted += 1;
    replace.set(entry.item.node, () => anchoredHeading(entry));
  }
  // Each table gets a name of its own (the page makes it a named landmark): a repeated name gets its count.
  const labels = new Map<string, number>();
  for (const [table, label] of state.tables) {
    scopeHeaderCells(table);
    if (label === undefined) continue;
    const seen = (labels.get(label) ?? 0) + 1;
    labels.set(label, seen);
    table.properties.dataLabel = seen === 1 ? label : `${label} (${seen})`;
  }

  const apply = (parent: Root | Element): void => {
    const out: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      apply(child);
      const replacement = replace.get(child);
      out.push(...(replacement ? replacement() : [child]));
    }
    parent.children = out as typeof parent.children;
  };
  apply(root);

  const headings: CorpusHeading[] = placed.map((entry) => ({ depth: entry.depth, id: entry.id!, text: entry.item.text }));
  const idOf = new Map(placed.map((entry) => [entry.item.node, entry.id]));
  const headingIds = state.items.filter((item) => item.kind === 'heading').map((item) => idOf.get(item.node));
  return { root, headings, headingIds, report };
}
