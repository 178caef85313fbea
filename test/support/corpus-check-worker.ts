/// <reference types="node" />
/**
 * A worker thread of the whole-corpus check (test/browser/corpus.test.ts): for one source file, the
 * fields the importer reads and what of the source its Japanese page lacks. Run by Node directly.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { corpusTree } from '../../src/lib/corpus/tree.ts';
import { extractCorpusFacts, hasField, REQUIRED_FIELDS, type RequiredField } from '../../src/lib/corpus/extract.ts';
import { missingFromPage, pageContent, sourceBlocks, withoutTitleBlock } from '../../src/lib/corpus/fidelity.ts';

export interface CheckJob {
  /** The source file, from the project root. */
  file: string;
  /** The built Japanese page to compare, or undefined where the page is curated (not imported). */
  page?: string;
}

export interface CheckResult {
  file: string;
  id: string;
  /** The required fields the importer could not read. */
  missingFields: RequiredField[];
  /** The source's text blocks and links the page lacks (the first few of each), and how many. */
  missingTexts: string[];
  missingLinks: string[];
  missingCount: { texts: number; links: number };
  blocks: number;
  /** The vulnerability ids (CVE or CAN, as written) of its vulnerability headings and its severity tables. */
  namedIds: string[];
}

const { root } = workerData as { root: string };

const VULN_ID = /\b(?:CVE|CAN)-\d{4}-\d{4,}\b/g;
const text = (node: Root | Element): string => toString(node).replace(/\s+/g, ' ').trim();

/**
 * The ids the source names in a vulnerability heading (not a sub-section's: 「…」の回避策 - CVE-…) or in a
 * severity table (its caption, or the heading above it, says 深刻度): each must have its CVE page.
 */
function namedIds(hast: Root): string[] {
  const ids = new Set<string>();
  let heading = '';
  visit(hast, 'element', (node: Element) => {
    if (/^h[1-6]$/.test(node.tagName)) {
      heading = text(node);
      if (!/^[「『]|回避策|問題を緩和する要素|よく寄せられる質問|FAQ/.test(heading)) for (const [id] of heading.matchAll(VULN_ID)) ids.add(id);
      return SKIP;
    }
    if (node.tagName !== 'table') return undefined;
    const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
    if (/深刻度/.test(`${caption ? text(caption) : ''} ${heading}`)) for (const [id] of text(node).matchAll(VULN_ID)) ids.add(id);
    return SKIP;
  });
  return [...ids];
}

function findArticle(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'article') return child;
    const found = findArticle(child);
    if (found) return found;
  }
  return undefined;
}

parentPort!.on('message', async (job: CheckJob) => {
  try {
    const tree = corpusTree(await readFile(new URL(job.file, root), 'utf8'));
    const { facts } = extractCorpusFacts(tree, job.file);
    const result: CheckResult = {
      file: job.file,
      id: facts.id,
      missingFields: REQUIRED_FIELDS.filter((field) => !hasField(facts, field)),
      missingTexts: [],
      missingLinks: [],
      missingCount: { texts: 0, links: 0 },
      blocks: 0,
      namedIds: namedIds(tree.hast),
    };
    if (job.page) {
      // The title block is the page's header: its title (and id) must be on the page, as text.
      const blocks = sourceBlocks(withoutTitleBlock(tree.hast));
      blocks.texts.unshift(facts.id, facts.title.replace(/\s+/g, ''));
      const article = findArticle(fromHtml(await readFile(job.page, 'utf8')));
      const missing = missingFromPage(blocks, article ? pageContent(article) : { text: '', links: new Set() });
      result.blocks = blocks.texts.length;
      result.missingCount = { texts: missing.texts.length, links: missing.links.length };
      result.missingTexts = missing.texts.slice(0, 3).map((text) => text.slice(0, 120));
      result.missingLinks = missing.links.slice(0, 3);
    }
    parentPort!.postMessage({ result });
  } catch (error) {
    parentPort!.postMessage({ error: `${job.file}: ${error instanceof Error ? error.message : String(error)}` });
  }
});
