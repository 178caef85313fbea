/**
 * On the page a search result opens: marks the searched terms (`?highlight=`) inside the page's indexed
 * content, then drops the parameter from the address. The terms and the address are worked out in
 * src/lib/search/highlight.ts; this module only walks and splits the page's text.
 */
import { highlightTerms, withoutHighlight } from '../../lib/search/highlight.ts';
import { findTerms, fold } from '../../lib/search/text.ts';

/** Wraps every occurrence of the folded `terms` in the text under `root` in `<mark class="search-mark">`. */
function markTerms(root: Element, terms: readonly string[]): void {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Not inside buttons (copy buttons) or scripts: their text is not the page's.
    acceptNode: (node) => (node.parentElement?.closest('script, style, button, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    // From the last match back, so the earlier offsets stay valid while the node is split.
    for (const [start, end] of findTerms(fold(node.data), terms).reverse()) {
      node.splitText(end);
      const hit = node.splitText(start);
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}

const terms = highlightTerms(location.search);
const root = document.querySelector('[data-pagefind-body]');
if (terms.length > 0 && root) {
  markTerms(root, terms);
  // The address a reader copies stays the plain link to the section.
  history.replaceState(history.state, '', withoutHighlight(location.href));
}
