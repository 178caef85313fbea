/**
 * The outline of a bulletin's prose file: its anchors and the facts it cites. Collected while the MDX
 * compiles (see remark-bulletin-content.ts) and compared between languages and against the data.
 */
import type { Bulletin } from '../../schemas/bulletin.ts';
import { dataAnchors } from './bulletin-facts.ts';
import { CONTRACT_ANCHORS } from '../urls.ts';
import type { ContentProblem } from './errors.ts';

export type AnchorKind = 'section' | 'faq' | 'workaround';

/** An anchor the prose defines, in document order. */
export interface ProseAnchor {
  id: string;
  kind: AnchorKind;
  /** The heading text (section title, question, workaround title). */
  title: string;
  /** The heading level: 2 for top-level sections, deeper when nested. */
  level: number;
}

/** What one prose file contains, for checks and the table of contents. */
export interface ProseOutline {
  anchors: ProseAnchor[];
  /** Fact blocks placed, in order, as `Name` or `Name:key` (e.g. `FileTable:files-xp`). */
  blocks: string[];
  /** Link keys, KB numbers, bulletin ids and inline code values cited (sets: order may differ in translation). */
  links: string[];
  kbs: string[];
  bulletins: string[];
  code: string[];
}

/** Anchors every curated bulletin page has: part of the public contract. */
export const REQUIRED_ANCHORS = CONTRACT_ANCHORS;

const PREFIXES: Record<AnchorKind, string | undefined> = { section: undefined, faq: 'faq-', workaround: 'workaround-' };

/** Problems within one file: ids of the wrong form. (Duplicates are caught while compiling.) */
export function checkOutline(file: string, outline: ProseOutline): ContentProblem[] {
  return outline.anchors.flatMap((anchor) => {
    const prefix = PREFIXES[anchor.kind];
    return prefix && !anchor.id.startsWith(prefix)
      ? [{ file, field: `id="${anchor.id}"`, message: `A ${anchor.kind} id starts with "${prefix}". Rename it, in both languages.` }]
      : [];
  });
}

/** The two languages have the same anchors (same order and kind), the same blocks and the same facts. */
export function compareOutlines(
  files: { ja: string; en: string },
  ja: ProseOutline,
  en: ProseOutline,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const jaIds = ja.anchors.map((a) => `${a.kind}:${a.id}`);
  const enIds = en.anchors.map((a) => `${a.kind}:${a.id}`);
  for (const [mine, theirs, file, other] of [
    [jaIds, enIds, files.ja, files.en],
    [enIds, jaIds, files.en, files.ja],
  ] as const) {
    for (const entry of mine) {
      if (!theirs.includes(entry)) {
        const [kind, id] = entry.split(':');
        problems.push({ file, field: `id="${id}"`, message: `This ${kind} is missing from ${other}. Add it there with the same id, or remove it here.` });
      }
    }
  }
  if (problems.length === 0 && jaIds.join() !== enIds.join()) {
    problems.push({ file: files.en, field: '', message: `The anchors are in a different order than in ${files.ja}. Use the same order in both languages.` });
  }
  if (ja.blocks.join() !== en.blocks.join()) {
    problems.push({
      file: files.en,
      field: '',
      message: `The fact blocks differ from ${files.ja}: ja has [${ja.blocks.join(', ')}], en has [${en.blocks.join(', ')}]. Place the same blocks in the same order.`,
    });
  }
  for (const key of ['links', 'kbs', 'bulletins', 'code'] as const) {
    const only = (a: string[], b: string[]) => [...new Set(a)].filter((x) => !b.includes(x));
    const onlyJa = only(ja[key], en[key]);
    const onlyEn = only(en[key], ja[key]);
    const what = { links: '<Link to>', kbs: '<Kb n>', bulletins: '<BulletinRef id>', code: 'inline code' }[key];
    if (onlyJa.length) problems.push({ file: files.en, field: '', message: `Missing ${what} cited in ${files.ja}: ${onlyJa.join(', ')}. Cite the same facts in both languages.` });
    if (onlyEn.length) problems.push({ file: files.ja, field: '', message: `Missing ${what} cited in ${files.en}: ${onlyEn.join(', ')}. Cite the same facts in both languages.` });
  }
  return problems;
}

/** The prose places every block the data defines, exactly once, and cites only links the data has. */
export function checkOutlineAgainstData(file: string, outline: ProseOutline, bulletin: Bulletin): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  const ids = outline.anchors.map((a) => a.id);

  for (const id of REQUIRED_ANCHORS) {
    if (!ids.includes(id)) problem(`id="${id}"`, `The required section "${id}" is missing. Add <Section id="${id}" …>.`);
  }
  const count = (block: string) => outline.blocks.filter((b) => b === block).length;
  for (const table of bulletin.updates.flatMap((u) => u.fileTables)) {
    const n = count(`FileTable:${table.id}`);
    if (n !== 1) problem(`<FileTable id="${table.id}">`, n === 0 ? 'This file table is not placed. Add <FileTable id="…" /> where it belongs.' : `Placed ${n} times. Place it once.`);
  }
  for (const update of bulletin.updates) {
    if (!ids.includes(update.id)) problem(`id="${update.id}"`, `The update section is missing. Add <Section id="${update.id}" …>.`);
  }
  for (const v of bulletin.vulnerabilities) {
    if (!ids.includes(v.anchor)) problem(`id="${v.anchor}"`, `The vulnerability section is missing. Add <Section id="${v.anchor}" …>.`);
  }
  for (const block of ['SummaryFields', 'Caveats', 'AffectedSoftware', 'NonAffectedSoftware', 'SeverityTable', 'Revisions']) {
    if (count(block) !== 1) problem(`<${block} />`, `Place <${block} /> exactly once (found ${count(block)}).`);
  }
  const known = new Set(Object.keys(bulletin.links));
  for (const key of new Set(outline.links)) {
    if (!known.has(key)) problem(`<Link to="${key}">`, `No link "${key}" in bulletin.yaml's links. Add it there, or fix the key.`);
  }
  for (const key of known) {
    if (!outline.links.includes(key)) problem(`links.${key}`, `The link "${key}" is never cited. Cite it with <Link to="${key}">, or remove it from bulletin.yaml.`);
  }
  // Data anchors and prose anchors share one page.
  const prose = new Set(ids);
  for (const { id, field } of dataAnchors(bulletin)) {
    const placedAsSection = bulletin.updates.some((u) => u.id === id) || bulletin.vulnerabilities.some((v) => v.anchor === id);
    if (prose.has(id) && !placedAsSection) problem(`id="${id}"`, `This id is also used by bulletin.yaml ${field}. Give one of them another id.`);
  }
  return problems;
}
