/**
 * One corpus file in, everything the site needs from it out: its facts, the problems met reading them,
 * and its body as sanitised HTML. Pure: the worker threads and the tests call it with the file's text.
 */
import type { Element } from 'hast';
import { bodyHeadings, corpusTree } from './tree.ts';
import { extractCorpusFacts, type CorpusProblem } from './extract.ts';
import { corpusBodyTree, type RenderedCorpusBody, type RenderReport } from './render.ts';
import { presentCorpusBody } from './present.ts';
import type { CorpusTree } from './tree.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';

/** What one corpus file gives the site. */
export interface ImportedBulletin {
  facts: CorpusFacts;
  problems: CorpusProblem[];
  /** Its body, rendered; left out when the caller does not need it (a curated bulletin's page is its own). */
  body?: RenderedCorpusBody;
}

/**
 * Imports one file. `file` is its path from the project root, named in every problem. A file that
 * cannot be parsed at all throws an error naming the file and, where known, the line.
 */
export function importCorpusFile(text: string, file: string, options: { render: boolean }): ImportedBulletin {
  let tree;
  try {
    tree = corpusTree(text);
  } catch (error) {
    const place = (error as { line?: number }).line;
    throw new Error(`${file}${place ? `:${place}` : ''}: the Markdown cannot be parsed (${(error as Error).message}). Check the file against its published original.`);
  }
  const { facts, problems, workaroundHeadings } = extractCorpusFacts(tree, file);
  const { root, headings, headingIds } = corpusBodyTree(tree, facts.vulnerabilities.map((v) => v.id));
  return { facts: withWorkaroundSections(facts, tree, workaroundHeadings, headingIds), problems, ...(options.render ? { body: { html: presentCorpusBody(root), headings } } : {}) };
}

/**
 * Each workaround gets the anchor the renderer gave the heading it was listed under (by the heading's
 * place in the body), so CSAF links the very section.
 */
function withWorkaroundSections(facts: CorpusFacts, tree: CorpusTree, listedUnder: readonly Element[], headingIds: readonly (string | undefined)[]): CorpusFacts {
  const inBody = bodyHeadings(tree.hast);
  // The two lists must be the same headings; where they are not, no anchor is better than a wrong one.
  if (!facts.workarounds || inBody.length !== headingIds.length) return facts;
  const place = new Map(inBody.map((heading, i) => [heading, i]));
  const workarounds = facts.workarounds.map((workaround, i) => {
    const at = place.get(listedUnder[i]!);
    const section = at === undefined ? undefined : headingIds[at];
    return section ? { ...workaround, section } : workaround;
  });
  return { ...facts, workarounds };
}

/** A bulletin's body as the page shows it (render.ts's data, present.ts's markup), with what was done to it (for the corpus survey). */
export function renderCorpusBodyWithReport(tree: CorpusTree, vulnerabilityIds: readonly string[]): RenderedCorpusBody & { report: RenderReport } {
  const { root, headings, report } = corpusBodyTree(tree, vulnerabilityIds);
  return { html: presentCorpusBody(root), headings, report };
}

/** A bulletin's body as the page shows it, and its headings for the contents. */
export function renderCorpusBody(tree: CorpusTree, vulnerabilityIds: readonly string[]): RenderedCorpusBody {
  const { html, headings } = renderCorpusBodyWithReport(tree, vulnerabilityIds);
  return { html, headings };
}
