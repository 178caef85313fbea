/**
 * An imported bulletin's body (render.ts's tree, which knows no page) as the Japanese page's markup,
 * the same as the site's components render it: each heading's text links to its anchor with a
 * copy-link button beside it (AnchoredHeading.astro), Microsoft's marks in words (DownloadMark.astro,
 * MicrosoftUpdateMark.astro), a link to another bulletin's Markdown goes to our page of it, and each
 * outermost table scrolls in a named box (TableScroll.astro). It runs once per bulletin at import, so
 * the pages do not pay for it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { t } from '../i18n/translate.ts';
import { bulletinPath } from '../urls.ts';
import { element, text } from './hast.ts';
import { BULLETIN_MD } from './render.ts';

/** The page is the Japanese page: the corpus is Microsoft's Japanese edition. */
const LANG = 'ja' as const;

/**
 * What the page's copy-link buttons say, for the element's script: the page puts it once on the body's
 * wrapper as `data-copy-strings` (JSON). `linkTo` names the heading: `{title}` is filled in.
 */
export const COPY_STRINGS = {
  link: t(LANG, 'copy.link'),
  linkTo: t(LANG, 'copy.linkTo'),
  copied: t(LANG, 'copy.linkCopied'),
} as const;

const HEADING = /^h[2-6]$/;

/** Our words for one of Microsoft's mark images, by the kind render.ts gave it. */
function mark(kind: string): Element | undefined {
  switch (kind) {
    case 'download':
      return element('span', { className: ['mark', 'mark-download'] }, [text(t(LANG, 'affected.download'))]);
    case 'microsoft-update':
      return element('span', { className: ['mark', 'mark-mu'], title: t(LANG, 'affected.microsoftUpdateMark') }, [text(t(LANG, 'affected.microsoftUpdate'))]);
    case 'office-update':
      return element('span', { className: ['mark', 'mark-ou'], title: t(LANG, 'affected.officeUpdateMark') }, [text(t(LANG, 'affected.officeUpdate'))]);
    case 'windows-update':
      return element('span', { className: ['mark', 'mark-wu'], title: t(LANG, 'affected.windowsUpdateMark') }, [text(t(LANG, 'affected.windowsUpdate'))]);
    default:
      return undefined;
  }
}

/** Links inside a heading become text: the heading's text is itself a link (to its anchor). */
function withoutLinks(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) =>
    child.type === 'element' ? (child.tagName === 'a' ? withoutLinks(child.children) : [{ ...child, children: withoutLinks(child.children) }]) : [child],
  );
}

/** As AnchoredHeading.astro: the heading's text links to itself, a copy-link button beside it. */
function anchoredHeading(heading: Element): Element {
  const id = String(heading.properties.id);
  const linked = element(heading.tagName, { id }, [element('a', { className: ['self-link'], href: `#${id}` }, withoutLinks(heading.children))]);
  // The button itself is made by the element's script, from the strings the page gives once
  // (COPY_STRINGS): written out for each of a large bulletin's hundreds of headings, it would be a
  // tenth of the page, and it would be hidden without JavaScript anyway.
  const button = element('copy-button', { className: ['copy-button', 'copy-link'], dataAnchor: id, dataPagefindIgnore: true });
  return element('div', { className: ['anchored-heading'] }, [linked, button]);
}

/** The body's tree as the Japanese page's HTML. The tree is changed in place. */
export function presentCorpusBody(root: Root): string {
  // Each box is a landmark, so each needs a name of its own: tables render.ts could not name are
  // named 表, counted like a repeated name.
  let unnamed = 0;
  const tableBox = (table: Element): Element => {
    let name = table.properties.dataLabel;
    delete table.properties.dataLabel;
    if (name === undefined) {
      unnamed += 1;
      const label = t(LANG, 'table.label');
      name = unnamed === 1 ? label : `${label} (${unnamed})`;
    }
    return element('section', { className: ['table-scroll'], tabIndex: 0, ariaLabel: String(name) }, [table]);
  };

  const walk = (parent: Root | Element, inTable: boolean): void => {
    const out: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      const isTable = child.tagName === 'table';
      walk(child, inTable || isTable);
      const kind = child.properties.dataMark;
      if (child.tagName === 'span' && kind !== undefined) {
        const words = mark(String(kind));
        if (words) out.push(words);
        continue;
      }
      if (child.tagName === 'a') {
        const bulletin = BULLETIN_MD.exec(typeof child.properties.href === 'string' ? child.properties.href.trim() : '');
        if (bulletin) child.properties.href = bulletinPath(LANG, bulletin[1]!);
      }
      if (HEADING.test(child.tagName) && child.properties.id !== undefined) out.push(anchoredHeading(child));
      else if (isTable && !inTable) out.push(tableBox(child));
      else out.push(child);
    }
    parent.children = out as typeof parent.children;
  };
  walk(root, false);
  return toHtml(root);
}
