/**
 * The rules of RFC 4287 (Atom 1.0) that a feed of ours can break, checked on the feed parsed by a real XML
 * parser (xast-util-from-xml, which throws on XML that is not well-formed). Returns what is wrong, one
 * line each; empty when the feed is valid. What the RFC's RELAX NG schema and section 4 require:
 * - the root is `feed` in the Atom namespace, with exactly one `id`, `title` and `updated`, an `author`
 *   (or one in every entry), and at most one `subtitle`, `rights`;
 * - each `entry` has exactly one `id`, `title` and `updated`, at most one `published` and `summary`, and a
 *   `link rel="alternate"` (it has no `content`);
 * - ids are absolute IRIs; dates are RFC 3339 date-times; every `link` has an `href` (here: absolute);
 *   text constructs have `type` text, html or xhtml; a `category` has a `term`.
 */
import { fromXml } from 'xast-util-from-xml';
import type { Element, Root } from 'xast';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

const children = (parent: Element, name?: string) =>
  parent.children.filter((c): c is Element => c.type === 'element' && (name === undefined || c.name === name));
const text = (element: Element) => element.children.map((c) => ('value' in c ? c.value : '')).join('');

/** The feed's problems against RFC 4287; empty when it is valid. */
export function atomProblems(xml: string): string[] {
  let tree: Root;
  try {
    tree = fromXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const feed = tree.children.find((c): c is Element => c.type === 'element');
  if (!feed || feed.name !== 'feed' || feed.attributes['xmlns'] !== ATOM_NS) return ['the root is not an Atom feed element'];
  const problems: string[] = [];
  /** The rules common to the feed and its entries; `single` names the elements it may have at most one of. */
  const where = (element: Element, path: string, single: readonly string[]) => {
    const one = (name: string) => {
      const found = children(element, name);
      if (found.length !== 1) problems.push(`${path}: ${found.length} ${name} elements, not one`);
      return found[0];
    };
    const atMostOne = (name: string) => {
      if (children(element, name).length > 1) problems.push(`${path}: more than one ${name}`);
    };
    for (const name of single) atMostOne(name);
    const id = one('id');
    if (id && !ABSOLUTE.test(text(id))) problems.push(`${path}: id "${text(id)}" is not an absolute IRI`);
    const title = one('title');
    for (const construct of [title, ...children(element, 'subtitle'), ...children(element, 'rights'), ...children(element, 'summary')]) {
      const type = construct?.attributes['type'];
      if (construct && type !== undefined && !['text', 'html', 'xhtml'].includes(type ?? '')) problems.push(`${path}: ${construct.name} has type "${type}"`);
    }
    for (const date of [...children(element, 'updated'), ...children(element, 'published')]) {
      if (!RFC3339.test(text(date))) problems.push(`${path}: ${date.name} "${text(date)}" is not an RFC 3339 date-time`);
    }
    one('updated');
    for (const link of children(element, 'link')) {
      if (!ABSOLUTE.test(link.attributes['href'] ?? '')) problems.push(`${path}: link href "${link.attributes['href']}" is not absolute`);
    }
    for (const category of children(element, 'category')) if (!category.attributes['term']) problems.push(`${path}: a category without term`);
    for (const author of children(element, 'author')) if (children(author, 'name').length !== 1) problems.push(`${path}: an author without one name`);
  };
  where(feed, 'feed', ['subtitle', 'rights', 'generator', 'icon', 'logo']);
  const entries = children(feed, 'entry');
  if (children(feed, 'author').length === 0 && entries.some((e) => children(e, 'author').length === 0)) problems.push('feed: no author, and an entry without one');
  if (!children(feed, 'link').some((l) => l.attributes['rel'] === 'self')) problems.push('feed: no link rel="self"');
  entries.forEach((entry, i) => {
    const path = `entry ${i + 1}`;
    where(entry, path, ['published', 'summary', 'content', 'rights', 'source']);
    if (children(entry, 'content').length === 0 && !children(entry, 'link').some((l) => (l.attributes['rel'] ?? 'alternate') === 'alternate')) {
      problems.push(`${path}: neither content nor a link rel="alternate"`);
    }
  });
  return problems;
}
