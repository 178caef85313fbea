/**
 * The sections of a corpus bulletin, named once: which heading or label text stands for which section.
 * The vocabulary is data (content/corpus/sections.yaml), read and checked when this module loads. The
 * fact reader (extract.ts) and the renderer (render.ts) both classify sections by it, so a heading the
 * facts read as the workarounds is the heading the page anchors as the workarounds.
 */
import { readFileSync } from 'node:fs';
import { corpusSectionsSchema } from '../../schemas/corpus-sections.ts';
import { throwIfProblems, type ContentProblem } from '../content/errors.ts';
import { parseWith } from '../content/load.ts';
import { CONTRACT_ANCHORS, type ContractAnchor } from '../urls.ts';

/** A heading's or label's text as the rules read it: NFKC, spaces collapsed, trailing colons dropped. */
export function normaliseHeading(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/[\s:：]+$/, '');
}

/** Where the vocabulary is, from the project's root. */
export const SECTIONS_FILE = 'content/corpus/sections.yaml';

/** One kind of section: the contract anchor it gets, its tier, and the (normalised) texts that name it. */
export interface SectionRule {
  anchor: ContractAnchor;
  /** 1: tried over the whole page first; 2: only fills an anchor that no tier-1 heading took. */
  tier: 1 | 2;
  test: RegExp;
  /** Texts the test matches that do not name the section. */
  not?: RegExp;
}

/**
 * The vocabulary checked and compiled, or an error naming the file, the field and the fix. Read once,
 * when the importer loads: it is the importer's data, as the spellings are the product reader's.
 */
export function compileSections(text: string): { rules: SectionRule[]; plainLabels: ReadonlySet<string>; slugs: Readonly<Record<string, string>> } {
  const problems: ContentProblem[] = [];
  const vocabulary = parseWith(corpusSectionsSchema, { file: SECTIONS_FILE, text }, problems);
  vocabulary?.sections.forEach((rule, index) => {
    if (!(CONTRACT_ANCHORS as readonly string[]).includes(rule.anchor)) {
      problems.push({ file: SECTIONS_FILE, field: `sections[${index}].anchor`, message: `"${rule.anchor}" is not a section anchor of the contract. Use one of: ${CONTRACT_ANCHORS.join(', ')}.` });
    }
  });
  throwIfProblems(problems);
  const { sections, plainLabels, slugs } = vocabulary!;
  const flags = (caseless: boolean) => (caseless ? 'iu' : 'u');
  return {
    rules: sections.map((rule) => ({
      anchor: rule.anchor as ContractAnchor,
      tier: rule.tier,
      test: new RegExp(rule.match, flags(rule.caseless)),
      ...(rule.not ? { not: new RegExp(rule.not, flags(rule.caseless)) } : {}),
    })),
    plainLabels: new Set(plainLabels.map(normaliseHeading)),
    slugs,
  };
}

const vocabulary = compileSections(readFileSync(new URL(`../../../${SECTIONS_FILE}`, import.meta.url), 'utf8'));

/** The section kinds, in the order they are tried (every tier-1 rule before the tier-2 ones). */
export const SECTION_RULES: readonly SectionRule[] = vocabulary.rules;

/** The section a heading or label text names (any text: it is normalised here), or undefined. */
export function sectionOf(text: string): { anchor: ContractAnchor; tier: 1 | 2 } | undefined {
  const normal = normaliseHeading(text);
  const rule = SECTION_RULES.find((r) => r.test.test(normal) && !r.not?.test(normal));
  return rule && { anchor: rule.anchor, tier: rule.tier };
}

const names = (anchor: ContractAnchor) => (text: string) => sectionOf(text)?.anchor === anchor;

/** A label or heading that starts the affected-software section (`**影響を受けるソフトウェア:**`). */
export const isAffectedLabel = names('affected-software');
/** A label or heading that starts the not-affected-software section (`影響を受けないソフトウェア`). */
export const isNotAffectedLabel = names('non-affected-software');
/** A heading of a workarounds section (`「…」の回避策 - CVE-2008-4250:`). */
export const isWorkaroundsHeading = names('workarounds');
/** A heading of the summary section: `概要`, `要点`, `エグゼクティブ サマリー` or `概説`. */
export const isSummaryHeading = names('summary');
/** The revision history's heading or label (`更新履歴`, `改訂履歴`). */
export const isRevisionLabel = names('revisions');

/**
 * The labels that stand as a plain paragraph (not bold) in the later layouts (2007 on), under the one
 * heading 影響を受けるソフトウェアおよび影響を受けないソフトウェア: only these exact names, as a plain paragraph
 * is otherwise prose.
 */
export function isPlainLabel(text: string): boolean {
  return vocabulary.plainLabels.has(normaliseHeading(text));
}

/** Short stable anchors for frequent headings that are not contract sections, by normalised text. */
export const KNOWN_SLUGS: Readonly<Record<string, string>> = vocabulary.slugs;
