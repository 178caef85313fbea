/**
 * Ranking the bulletins' sections for a query plan, each a contract anchor, with the result's link,
 * title and excerpt.
 *
 * Why rank sections here rather than take Pagefind's order: Pagefind ranks pages, and lists a page's
 * sub-results in page order. And for Japanese its index (Lindera) and its query (Intl.Segmenter) split
 * words differently (Pagefind issue 1237), so the ranking matches folded text instead: a term is
 * found wherever its characters are, however either side segments it.
 */
import { excerptSegments, markedTitle } from './excerpt.ts';
import type { PageDoc, Section } from './fragment.ts';
import { resultUrl } from './highlight.ts';
import type { Concept, QueryPlan } from './plan.ts';
import type { Segment } from './safe.ts';
import { findTerm, findTerms, fold, foldText, type Folded } from './text.ts';
import { rewriteConcepts, vocabularyOf } from './vocabulary.ts';

export interface RankedResult {
  /** The page's URL with `?highlight=` terms and the section's #anchor. */
  url: string;
  pageUrl: string;
  anchor: string;
  /** The bulletin (its id, else the page title). */
  bulletin: string;
  /** Where the section is: the titles of the sections it is inside. */
  path: string[];
  title: Segment[];
  excerpt: Segment[];
  /** The folded terms found in the section, for highlighting on the page it opens. */
  terms: string[];
  score: number;
}

export interface RankOutcome {
  results: RankedResult[];
  /** The concepts the ranking used, after rewriting phrases and long runs that were found nowhere. */
  concepts: Concept[];
  /** What the caller typed that no page has, in any form. */
  missing: string[];
  /** Synonyms and aliases searched besides what was typed. */
  expanded: string[];
}

interface Prepared {
  doc: PageDoc;
  section: Section;
  index: number;
  title: Folded;
  text: Folded;
  /** The page's title and the enclosing titles: terms found here apply to the whole section. */
  context: string;
  /** The page's header (bulletin id, KB number, CVE): identifiers found here apply to every section. */
  header: string;
  anchorText: string;
}

// Folding a page's text is most of the work of ranking; a page is folded once, not per keystroke.
const preparedPages = new WeakMap<PageDoc, Prepared[]>();
function prepare(doc: PageDoc): Prepared[] {
  let prepared = preparedPages.get(doc);
  if (!prepared) {
    const header = foldText(doc.sections[0]?.text ?? '');
    prepared = doc.sections.map((section, index) => ({
      doc,
      section,
      index,
      // The top of a page stands for the bulletin: its id and title are the top's title.
      title: fold(index === 0 ? `${doc.bulletin ?? ''} ${doc.title}` : section.title),
      text: fold(section.text),
      context: foldText([doc.bulletin ?? '', doc.title, ...section.path].join(' \n ')),
      header,
      anchorText: [section.anchor, ...(section.ids ?? [])].join(' ').replace(/-/g, ' '),
    }));
    preparedPages.set(doc, prepared);
  }
  return prepared;
}

// Repeats count, but little: a rare word in the title outweighs a common one said many times.
const saturate = (n: number) => (n === 0 ? 0 : (n * 1.5) / (n + 0.5));
const TITLE_BOOST = 2.5;
const CONTEXT_BOOST = 0.5;

export interface RankOptions {
  /** Results to return at most. */
  limit?: number;
  /** Drop results scoring below this share of the best. */
  cutoff?: number;
  /** Characters of excerpt. */
  excerptLength?: number;
}

/**
 * Ranks every section of the pages for the plan. A section scores per concept by its best way of
 * writing it (rarer terms count more; a term in the title counts most; in an enclosing title or the
 * page's header a little), and the sum is scaled by the square of the share of concepts it has, so
 * the section that answers the whole question comes first.
 */
export function rankSections(docs: readonly PageDoc[], plan: QueryPlan, options: RankOptions = {}): RankOutcome {
  const { limit = 20, cutoff = 0.12, excerptLength = 160 } = options;
  const prepared = docs.flatMap(prepare);

  const vocabulary = vocabularyOf(
    prepared.flatMap((p) => [p.title.text, p.text.text, p.context, p.header, p.anchorText]),
    docs.flatMap((d) => d.words ?? []),
  );
  const { concepts, missing } = rewriteConcepts(plan.concepts, vocabulary);
  const empty = { results: [], concepts, missing, expanded: [] };
  if (concepts.length === 0 || prepared.length === 0) return empty;

  // Where each way of writing each concept occurs, section by section.
  const hits = prepared.map((p) =>
    concepts.map((c) =>
      c.alternatives.map((alt) => ({
        // An identifier names the section whose id has it (vulnerability-can-2004-0199), and the
        // bulletin whose header has it (KB number, CVE).
        title:
          findTerm(p.title.text, alt.term).length > 0 ||
          (c.kind === 'identifier' &&
            (findTerm(p.anchorText, alt.term.replace(/-/g, ' ')).length > 0 || (p.index === 0 && findTerm(p.header, alt.term).length > 0))),
        // A table's cells repeat values (a folder name on every row): there a term counts once.
        text: Math.min(findTerm(p.text.text, alt.term).length, p.section.heading || p.index === 0 ? Infinity : 1),
        context: findTerm(p.context, alt.term).length > 0 || (c.kind === 'identifier' && findTerm(p.header, alt.term).length > 0),
      })),
    ),
  );
  // A section has a term in its title, text or context: a word of the page's title is in every
  // section of the page, and tells them apart no better than a word in every paragraph.
  const n = prepared.length;
  const idf = concepts.map((c, ci) =>
    c.alternatives.map((_, ai) => {
      const df = hits.filter((h) => h[ci]![ai]!.title || h[ci]![ai]!.text > 0 || h[ci]![ai]!.context).length;
      return Math.log(1 + n / Math.max(df, 1));
    }),
  );
  // A concept's share of the question grows with its rarity: a section without the rare word misses more.
  const importance = concepts.map((c, ci) => c.weight * Math.max(...idf[ci]!) ** 2);
  const total = importance.reduce((sum, x) => sum + x, 0);

  const scored = prepared.map((p, pi) => {
    let sum = 0;
    let covered = 0;
    const terms: Array<{ term: string; weight: number }> = [];
    concepts.forEach((c, ci) => {
      let best = 0;
      c.alternatives.forEach((alt, ai) => {
        const hit = hits[pi]![ci]![ai]!;
        const field = (hit.title ? TITLE_BOOST : 0) + saturate(hit.text) + (hit.context ? CONTEXT_BOOST : 0);
        if (field === 0) return;
        if (hit.title || hit.text > 0) terms.push({ term: alt.term, weight: alt.weight * c.weight });
        best = Math.max(best, alt.weight * idf[ci]![ai]! * field);
      });
      if (best > 0) {
        sum += c.weight * best;
        covered += importance[ci]!;
      }
    });
    const coverage = covered / total;
    const highlight = [...new Set(terms.sort((a, b) => b.weight - a.weight).map((t) => t.term))].slice(0, 6);
    return { p, score: sum * coverage * coverage, highlight };
  });

  const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.p.index - b.p.index);
  const top = ranked[0]?.score ?? 0;
  const results = ranked
    .filter((s) => s.score >= top * cutoff)
    .slice(0, limit)
    .map(({ p, score, highlight }): RankedResult => {
      const terms = highlight.length > 0 ? highlight : [];
      return {
        url: resultUrl(p.doc.url, p.section.anchor, terms),
        pageUrl: p.doc.url,
        anchor: p.section.anchor,
        bulletin: p.doc.bulletin ?? p.doc.title,
        path: p.section.path,
        title: markedTitle(p.section.title, fold(p.section.title), terms),
        excerpt: excerptSegments(p.section.text, findTerms(p.text, terms), excerptLength),
        terms,
        score,
      };
    });
  // The synonyms and aliases that found something shown, to say what else was searched for.
  const other = new Set(concepts.flatMap((c) => c.alternatives.filter((a) => a.weight < 1 && a.term !== c.label).map((a) => a.term)));
  const expanded = [...new Set(results.flatMap((r) => r.terms.filter((t) => other.has(t))))];
  return { results, concepts, missing, expanded };
}
