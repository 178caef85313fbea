/**
 * The importer: reads a corpus bulletin's facts (CorpusFacts) from its parsed trees (corpusTree). Pure,
 * no I/O. Every fact comes from the HTML tree (hast), read by structure: the `===` and `---` headings,
 * labelled paragraphs (`**影響を受けるソフトウェア:**`), tables and their header cells, headings of the
 * vulnerability sections. Regular expressions only ever run over one node's plain text (dates, ids,
 * KB numbers), never over the Markdown. What cannot be read reliably is left out and reported as a problem.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Nodes as MdastNode } from 'mdast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Severity } from '../../schemas/bulletin.ts';
import type { CorpusTree } from './tree.ts';
import { leadingLabel, openingBoldText, plainText as plain } from './labels.ts';
import { bulletinOrder } from '../identifiers/bulletin-id.ts';
import { isAffectedLabel, isNotAffectedLabel, isRevisionLabel, isSummaryHeading, isWorkaroundsHeading } from './sections.ts';
import type { CorpusFacts, Impact, CorpusReplacement, CorpusRestart, CorpusRevision, CorpusWorkaround, CorpusServicePackFix, CorpusSoftware, CorpusVulnerability } from '../../schemas/corpus.ts';

/** A field that is missing or cannot be read reliably. */
export interface CorpusProblem {
  /** The source file, relative to the project root. */
  file: string;
  /** The source line (1-based) the problem is about, where there is one. */
  line?: number;
  /** The CorpusFacts field, e.g. `kb`. */
  field: string;
  message: string;
}

/** The fields every bulletin should have; a bulletin without one needs an entry in content/corpus-exceptions.yaml. */
export const REQUIRED_FIELDS = ['title', 'severity', 'kb', 'published', 'updated', 'vulnerabilities', 'affected'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** Whether the facts have a required field (a non-empty list for the list fields). */
export function hasField(facts: CorpusFacts, field: RequiredField): boolean {
  const value = facts[field];
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
}

const SEVERITY_WORDS: Record<string, Severity> = { 緊急: 'critical', 重要: 'important', 警告: 'moderate', 注意: 'low' };
const BULLETIN_ID = /\bMS(\d{2})-(\d{3})\b/gi;
const VULN_ID = /\b(CVE|CAN)-(\d{4})-(\d{4,})\b/g;


function isElement(node: unknown, ...tags: string[]): node is Element {
  const el = node as Element | undefined;
  return el?.type === 'element' && (tags.length === 0 || tags.includes(el.tagName));
}

const HEADING = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Two-digit years: MS99-… is 1999, MS00-… is 2000. */
function fullYear(yy: string): number {
  const n = Number(yy);
  return n >= 90 ? 1900 + n : 2000 + n;
}

/** `2009年10月14日`, `2015 年 1 月 14 日`, `2004/05/12` → ISO, or undefined. */
export function parseJapaneseDate(text: string): string | undefined {
  const match = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|\/\s*(\d{1,2})\s*\/\s*(\d{1,2}))/.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2] ?? match[4]), Number(match[3] ?? match[5])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** All vulnerability ids in a text, in order, unique. */
function vulnIds(text: string): string[] {
  return [...new Set([...text.matchAll(VULN_ID)].map((m) => m[0]))];
}

function toCve(id: string): string {
  return id.replace(/^CAN-/, 'CVE-');
}

/** `Title - CVE-2009-2500` (or `Title – CAN-…:`) → the title, when the text is exactly that. */
function titleBeforeId(text: string): string | undefined {
  const match = /^(.+?)\s*[-–—]\s*(?:CVE|CAN)-\d{4}-\d{4,}\s*[:：]?$/.exec(text);
  const title = match?.[1]?.trim();
  return title && vulnIds(title).length === 0 ? title : undefined;
}

/** The element's direct cells (td/th). */
function cells(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c, 'td', 'th'));
}

/** Every row of a table, in order (through thead/tbody). */
function rows(table: Element): Element[] {
  const out: Element[] = [];
  visit(table, 'element', (node: Element) => {
    if (node.tagName === 'tr') out.push(node);
    return node !== table && node.tagName === 'table' ? 'skip' : undefined;
  });
  return out;
}

/** A cell whose only content is bold text (2015+ tables head their columns with `<td>**…**</td>`). */
function isBoldCell(cell: Element): boolean {
  const content = cell.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = content[0];
  if (!isElement(first, 'strong', 'b')) return plain(cell) === '';
  return content.slice(1).every((c) => c.type === 'text' && /^[\s*]*$/.test(c.value));
}

/**
 * Whether all of a cell's text is bold, links and line breaks allowed: `[**… - CVE-2017-0143**](…)`,
 * `**Windows 10 上の**<br>**Internet Explorer 11**` (the 2014– tables' column titles).
 */
function isAllBold(node: Element): boolean {
  return node.children.every((child) => {
    if (child.type === 'text') return /^[\s*]*$/.test(child.value);
    if (!isElement(child)) return true;
    if (isElement(child, 'strong', 'b', 'br')) return true;
    return isElement(child, 'a', 'p', 'span') && isAllBold(child);
  });
}

/**
 * A header row: in a thead, or all its cells are th, or all bold (and more than one cell: a lone th
 * or bold cell is a category row such as `Microsoft Windows`).
 */
function isHeaderRow(row: Element, inHead: Set<Element>): boolean {
  const cs = cells(row);
  if (inHead.has(row)) return true;
  if (cs.length < 2) return false;
  return cs.every((c) => c.tagName === 'th') || (cs.some((c) => plain(c) !== '') && cs.every(isBoldCell));
}

function headRows(table: Element): Set<Element> {
  const set = new Set<Element>();
  visit(table, 'element', (node: Element) => {
    if (node.tagName === 'thead') visit(node, 'element', (tr: Element) => void (tr.tagName === 'tr' && set.add(tr)));
  });
  return set;
}

/** Absolute download links in a node, in order, unique. */
function links(node: Element): string[] {
  const out: string[] = [];
  visit(node, 'element', (el: Element) => {
    const href = el.tagName === 'a' ? el.properties?.href : undefined;
    if (typeof href === 'string' && /^https?:\/\//i.test(href) && !out.includes(href)) out.push(href);
  });
  return out;
}

const NO_VALUE = new Set(['', '対象外', 'なし', '-', '該当なし']);
/** A cell that refers to another row: `上記をご覧ください`, `下記をご覧ください`. */
const SEE_ELSEWHERE = /^[上下]記を(?:ご覧|ご参照|参照)ください。?$/;

/** A replaces cell or label text: bulletin ids and KB numbers. `なし` gives none. */
function readReplacements(text: string): CorpusReplacement[] {
  if (NO_VALUE.has(text.replace(/\[\d+\]|\*+/g, '').trim())) return [];
  const bulletins = [...text.matchAll(BULLETIN_ID)].map((m) => m[0].toUpperCase());
  const kbs = [...text.matchAll(/(?:\bKB\s?|\()?\b(\d{6,7})\b/gi)].map((m) => m[1]!);
  if (bulletins.length === 1 && kbs.length === 1) return [{ bulletin: bulletins[0]!, kb: kbs[0]! }];
  if (bulletins.length === 1 && kbs.length === 0) return [{ bulletin: bulletins[0]! }];
  if (bulletins.length === 0) return kbs.map((kb) => ({ kb }));
  // Several bulletins: pair `MS14-079 の 3002885` in order where each id is followed by one number.
  const out: CorpusReplacement[] = [];
  const parts = text.split(BULLETIN_ID);
  // split with a capturing regex interleaves: [before, yy, nnn, after, yy, nnn, after…]
  for (let i = 1; i + 1 < parts.length; i += 3) {
    const bulletin = `MS${parts[i]}-${parts[i + 1]}`;
    const after = parts[i + 2] ?? '';
    const kb = /^\s*(?:の|\(|（)?\s*(?:KB)?(\d{6,7})/.exec(after)?.[1];
    out.push(kb ? { bulletin, kb } : { bulletin });
  }
  return out;
}

// The older layouts' section on the fixes an update includes: a bold label ("更新プログラムに含まれる過去の修正",
// "この修正プログラムに含まれる過去の修正", "含まれる過去の更新プログラムExcel :"), then a sentence or a list that
// names the bulletins, up to the next label.
const EARLIER_FIXES_LABEL = /^(?:(?:この)?(?:更新|修正)プログラムに含まれる(?:過去|以前)の修正|含まれる過去の(?:セキュリティ)?更新プログラム)/;
// A sentence that says a fix is not included names a bulletin the update does not replace.
const NOT_INCLUDED = /含まれていません|含まれません|含まれない|含みません/;

/** The bulletins an "含まれる過去の修正" section names, in the source's order (MS02-019: MS01-053, MS02-002). */
function earlierFixes(children: readonly RootContent[]): CorpusReplacement[] {
  const found: CorpusReplacement[] = [];
  children.forEach((node, index) => {
    const label = openingBoldText(node);
    if (label === undefined || !EARLIER_FIXES_LABEL.test(label)) return;
    const texts = [plain(node)];
    for (const next of children.slice(index + 1)) {
      if (leadingLabel(next) !== undefined) break;
      texts.push(plain(next));
    }
    for (const sentence of texts.join('\n').split(/[。\n]/)) {
      if (NOT_INCLUDED.test(sentence)) continue;
      for (const match of sentence.matchAll(BULLETIN_ID)) found.push({ bulletin: match[0].toUpperCase() });
    }
  });
  return found;
}

// A cell that says the row's bulletin is replaced: the FAQ tables of "この更新プログラムにより何が置き換えられますか?".
const REPLACED_CELL = /^置き換(?:わる|えられる)$/;

/**
 * The bulletins a table of replaced updates lists: each row that opens with a bulletin id and says
 * 「置き換わる」 or 「置き換えられる」 in one of its cells (MS06-016: MS04-018, MS05-030; MS04-012: MS01-048 …).
 */
function replacementTableRows(root: Root): CorpusReplacement[] {
  const found: CorpusReplacement[] = [];
  visit(root, 'element', (node) => {
    if (node.tagName !== 'tr') return undefined;
    const [first, ...rest] = cells(node);
    const id = first ? /^MS(\d{2})-(\d{3})$/i.exec(plain(first).replace(/\*/g, '').trim()) : null;
    if (id && rest.some((cell) => REPLACED_CELL.test(plain(cell)))) found.push({ bulletin: id[0].toUpperCase() });
    return SKIP;
  });
  return found;
}

interface Collected {
  affected: CorpusSoftware[];
  notAffected: CorpusSoftware[];
  replaces: CorpusReplacement[];
}

/** The labels that head a software table's first column. */
const COLUMN_LABELS: ReadonlySet<string> = new Set(['オペレーティング システム', 'オペレーティングシステム', 'ソフトウェア', '製品', '影響を受けるソフトウェア', '影響を受けないソフトウェア']);

/**
 * Whether a cell's text is a column label: exactly one of COLUMN_LABELS, or one with a note in
 * parentheses (`オペレーティング システム (Server Core インストール)`, a label row between groups).
 */
function isColumnLabel(text: string | undefined): boolean {
  if (text === undefined) return false;
  return COLUMN_LABELS.has(text) || COLUMN_LABELS.has(text.replace(/\s*[(（][^()（）]*[)）]$/, ''));
}

/** The first non-empty cell's text of a row. */
const firstText = (row: Element): string | undefined => cells(row).map(plain).find((t) => t !== '');

/**
 * The row that heads a table's columns. Some tables (2009–2017) leave the Markdown header row empty and
 * head the columns in their first row instead; that row is the header when its first cell is a column label.
 * (A label row further down, after a title row as in MS15-116, heads the rows after it: see tableSoftware.)
 */
function headerRow(all: Element[], head: Set<Element>): Element | undefined {
  const header = all.find((r) => isHeaderRow(r, head));
  if (header && cells(header).some((c) => plain(c) !== '')) return header;
  const first = all.find((r) => r !== header && firstText(r) !== undefined);
  return first && isColumnLabel(firstText(first)) ? first : header;
}

/** The rows of a software table: one entry per row naming software, with its download links. */
function tableSoftware(table: Element, replaces: CorpusReplacement[]): CorpusSoftware[] {
  const head = headRows(table);
  const all = rows(table);
  const header = headerRow(all, head);
  let headerTexts = header ? cells(header).map(plain) : [];
  const columnOf = (texts: string[]) => ({ replaceCol: texts.findIndex((t) => /置き換え/.test(t)), componentCol: texts.findIndex((t) => t === 'コンポーネント') });
  let { replaceCol, componentCol } = columnOf(headerTexts);
  const out: CorpusSoftware[] = [];
  const oneColumn = all.every((r) => cells(r).length <= 1);
  for (const row of all) {
    if (row === header || isHeaderRow(row, head)) continue;
    const cs = cells(row);
    // A label row further down (`ソフトウェア` after the operating systems, MS12-043) names no software;
    // with several cells it heads the columns of the rows after it.
    if (isColumnLabel(firstText(row))) {
      if (cs.length > 1) {
        headerTexts = cs.map(plain);
        ({ replaceCol, componentCol } = columnOf(headerTexts));
      }
      continue;
    }
    if (cs.length < 2 && !oneColumn) continue; // a category row (`Microsoft Windows`) or a note
    const texts = cs.map(plain);
    // A cell that says `上記をご覧ください` (see above) names nothing: in MS08-037 the client column says so
    // on the rows of the server updates, which name their platform in the next column.
    const nameIndex = texts.findIndex((t) => !NO_VALUE.has(t) && !SEE_ELSEWHERE.test(t));
    if (nameIndex < 0 || nameIndex === replaceCol) continue;
    // The replaces column links the replaced bulletins; those are not downloads.
    const replaceIndex = cs.length === headerTexts.length ? replaceCol : replaceCol >= 0 && replaceCol === headerTexts.length - 1 ? cs.length - 1 : -1;
    const downloads = [...new Set(cs.filter((_, i) => i !== replaceIndex).flatMap(links))];
    const item: CorpusSoftware = { name: texts[nameIndex]!, downloads };
    if (componentCol > nameIndex && cs.length === headerTexts.length && !NO_VALUE.has(texts[componentCol]!)) {
      item.component = texts[componentCol]!;
    }
    out.push(item);
    if (replaceCol >= 0) {
      const cell = cs.length === headerTexts.length ? texts[replaceCol] : replaceCol === headerTexts.length - 1 ? texts.at(-1) : undefined;
      if (cell !== undefined) replaces.push(...readReplacements(cell));
    }
  }
  return out;
}

/** The items of a list: the text before any nested list, and the item's links. */
function listSoftware(list: Element): CorpusSoftware[] {
  return list.children
    .filter((c): c is Element => isElement(c, 'li'))
    .map((li) => {
      const own = { ...li, children: li.children.filter((c) => !isElement(c, 'ul', 'ol')) };
      return { name: plain(own), downloads: links(own) };
    })
    // `-   なし` (none, MS03-044): the list says there is no such software.
    .filter((s) => !NO_VALUE.has(s.name));
}

// `適用できないソフトウェア` (software the update does not apply to, 2013–2014: MS13-090's Server Core
// installations, "影響を及ぼしません") lists software that is not affected. Read as such here only: the page
// keeps its anchors as they are.
const NOT_APPLICABLE_LABEL = /^適用できない(?:ソフトウ[ェエ]ア|コンポーネント)\s*[:：]?$/;

/**
 * The affected and not-affected software: from the first `影響を受けるソフトウェア` label or heading,
 * the tables that follow and a list right after the label, switching to not-affected at
 * `影響を受けないソフトウェア` (or `適用できないソフトウェア`), until the next heading that is neither.
 */
function collectSoftware(children: RootContent[]): Collected {
  const result: Collected = { affected: [], notAffected: [], replaces: [] };
  let state: 'none' | 'affected' | 'notAffected' = 'none';
  let started = false;
  let afterNote = false;
  // When the section starts with a heading (`## 影響を受けるソフトウェア`), its sub-headings
  // (`### Microsoft Office ソフトウェア`) stay in it.
  let sectionDepth = 0;
  for (const node of children) {
    if (!isElement(node)) continue;
    // Some labels are plain text (`影響を受けるソフトウェア :` in MS03-040); some run on into an explanation
    // (`**影響を受けるソフトウェアのバージョン :**` and a sentence, MS00-025): the bold part is the label.
    const text = openingBoldText(node) ?? leadingLabel(node) ?? (node.tagName === 'p' && plain(node).length < 40 ? plain(node) : undefined);
    const isHeading = HEADING.includes(node.tagName);
    const depth = isHeading ? Number(node.tagName.slice(1)) : 0;
    if (isHeading && state !== 'none' && sectionDepth > 0 && depth > sectionDepth && !(text !== undefined && (isAffectedLabel(text) || isNotAffectedLabel(text)))) {
      afterNote = false;
      continue;
    }
    if (text !== undefined && text.length < 80 && (isNotAffectedLabel(text) || NOT_APPLICABLE_LABEL.test(text))) {
      if (isHeading && (sectionDepth === 0 || depth <= sectionDepth)) sectionDepth = depth;
      state = 'notAffected';
      started = true;
      afterNote = false;
      continue;
    }
    if (text !== undefined && text.length < 80 && isAffectedLabel(text)) {
      if (started && state === 'none') break;
      if (isHeading && (sectionDepth === 0 || depth <= sectionDepth)) sectionDepth = depth;
      state = 'affected';
      started = true;
      afterNote = false;
      continue;
    }
    if (isHeading) {
      if (started) state = 'none';
      if (started) break;
      continue;
    }
    if (state === 'none') continue;
    const target = state === 'affected' ? result.affected : result.notAffected;
    if (node.tagName === 'p') {
      afterNote = true;
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      // Only a list right after the label is the software; later lists belong to notes and prose.
      if (!afterNote) target.push(...listSoftware(node));
      afterNote = true;
    } else if (node.tagName === 'table') {
      target.push(...tableSoftware(node, state === 'affected' ? result.replaces : []));
      afterNote = false;
    }
  }
  return result;
}

/**
 * One line of the list or paragraph after a `脆弱性識別番号` label, `title : id`: `バッファのオーバーラン :
 * CAN-2002-0022` (MS02-005), `バッファ オーバーランの脆弱性 : CVE-CAN-2003-0715` (MS03-039, which writes
 * `CVE-` before the CAN id), `不適切なクロス ドメイン セキュリティの確認と ShowHelp 機能 CAN-2003-1328`
 * (MS03-004, no colon). Only under that label is the text before the id the vulnerability's name.
 * `元の脆弱性 : CVE-CAN-2002-0862` and `元の脆弱性の変種 : …` (MS02-050) refer to another bulletin's
 * vulnerability ("the original one", "its variant"): they name no vulnerability and give no title.
 */
const TITLED_ID = /^(.+?)\s*[:：]?\s*(?:CVE-)?((?:CVE|CAN)-\d{4}-\d{4,})$/;

/** A list's items, or a paragraph's lines (split at its hard and soft line breaks), as plain text. */
function lines(node: Element): string[] {
  if (node.tagName !== 'p') return node.children.filter((c): c is Element => isElement(c, 'li')).map(plain);
  const text = node.children.map((child) => (isElement(child, 'br') ? '\n' : toString({ type: 'element', tagName: 'span', properties: {}, children: [child] }))).join('');
  return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
}

/** The source's wordings of each impact (脆弱性の影響), as a cell or a label gives them, typos included. */
const IMPACT_WORDINGS: readonly (readonly [RegExp, Impact])[] = [
  [/リモートでコー[ドト]が実行される|リモートでコードを実行|リモートでコードが実行|リモート\s?コード実行/g, 'remote-code-execution'],
  [/(?:ローカルでの|ローカルの)?(?:特権|権限)の昇格|特権が昇格される/g, 'elevation-of-privilege'],
  [/サービス拒否/g, 'denial-of-service'],
  [/情報の漏えい|情報漏えい|情報の漏洩|情報漏洩/g, 'information-disclosure'],
  [/なりすまし/g, 'spoofing'],
  [/改ざん/g, 'tampering'],
  [/セキュリティ機能のバイパス/g, 'security-feature-bypass'],
];

/**
 * What may stand around the wordings in a cell: a rating (before or after), connectives, the update's
 * KB number in parentheses (MS15-036), footnote marks.
 */
const AROUND_IMPACTS = /^(?:[\s、,，*＊]|および|及び|と|緊急|重要|警告|注意|低|\[\d+\]|[(（]\s*(?:KB)?\d{6,7}\s*[)）])*$/;

/**
 * The impacts a severity-table cell or a `脆弱性の影響` label names, in the text's order: `リモートでコードが
 * 実行される`, `情報の漏えいおよびサービス拒否`, or with a rating, `緊急 リモートでコードが実行される`. A text
 * that says anything else (a sentence, `該当なし`, a vulnerability's title) gives none: it cannot be read
 * as a kind reliably.
 */
export function readImpacts(text: string): Impact[] | undefined {
  const found: { at: number; impact: Impact }[] = [];
  let rest = text;
  for (const [wording, impact] of IMPACT_WORDINGS) {
    rest = rest.replace(wording, (match, at: number) => {
      found.push({ at, impact });
      return ' '.repeat(match.length);
    });
  }
  if (found.length === 0 || !AROUND_IMPACTS.test(rest)) return undefined;
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.impact))];
}

/** A rating with an impact's abbreviation, as the 2014–16 tables write it: `緊急/RCE`, `低/ID`. */
const RATED_ABBREVIATION = /(?:緊急|重要|警告|注意|低|なし)\s*\/\s*([A-Za-z]+)/g;

/**
 * The bulletin's own legend of impact abbreviations (省略形 | 最も大きな影響, or MS14-065's 最も深刻な影響: `RCE` |
 * `リモートでコードが実行される`),
 * by abbreviation in lower case (the tables also write `EOP` for the legend's `EoP`).
 */
function impactAbbreviations(root: Root): Map<string, Impact> {
  const legend = new Map<string, Impact>();
  visit(root, 'element', (node: Element) => {
    if (node.tagName !== 'table') return undefined;
    const [header, ...body] = rows(node);
    if (!header || !/^省略形\|最も(?:大きな|深刻な)影響$/.test(cells(header).map(plain).join('|'))) return SKIP;
    for (const row of body) {
      const [abbreviation, wording] = cells(row).map(plain);
      const impacts = wording ? readImpacts(wording) : undefined;
      if (abbreviation && impacts?.length === 1) legend.set(abbreviation.toLowerCase(), impacts[0]!);
    }
    return SKIP;
  });
  return legend;
}

/**
 * Each vulnerability's impacts (by id as the source writes it), from the severity tables: a row per
 * vulnerability with a `脆弱性の影響` column (2005–07), a column per vulnerability whose cells give a
 * rating and an impact (2008–), or a row per vulnerability whose ratings carry the abbreviations of the
 * bulletin's own legend (2014–16). A bulletin of one vulnerability takes the bulletin's impact where no such
 * table gives it: the summary's `脆弱性の影響` (2003–05) or the software table's `最も深刻な脆弱性の影響`.
 * Rows whose cells do not line up with the header (spanned cells) are not read.
 */
function collectImpacts(root: Root, vulnerabilities: readonly CorpusVulnerability[]): Map<string, Impact[]> {
  const byId = new Map<string, Impact[]>();
  const add = (id: string, impacts: readonly Impact[]) => byId.set(id, [...new Set([...(byId.get(id) ?? []), ...impacts])]);
  const bulletinImpacts: Impact[] = [];
  const abbreviations = impactAbbreviations(root);
  visit(root, 'element', (node: Element) => {
    if (node.tagName === 'p') {
      const match = /^脆弱性の影響\s*[:：]\s*(.+)$/.exec(leadingLabel(node) ?? '');
      const impacts = match ? readImpacts(match[1]!) : undefined;
      if (impacts) bulletinImpacts.push(...impacts);
      return SKIP;
    }
    if (node.tagName !== 'table') return undefined;
    const all = rows(node);
    const head = headRows(node);
    // 2014– tables head their vulnerability columns with a bold link (`[**… - CVE-…**](…)`) under a bold
    // first cell, and their last column, 置き換えられる更新プログラム, is not always bold. A caption row may come first.
    const titled = (r: Element) => cells(r).length > 1 && isBoldCell(cells(r)[0]!) && cells(r).some((c) => vulnIds(plain(c)).length > 0);
    const top = all[0] && cells(all[0]).length === 1 ? all[1] : all[0];
    const header =
      (top && titled(top) ? top : undefined) ?? all.find((r) => isHeaderRow(r, head) || (cells(r).length > 1 && cells(r).some((c) => plain(c) !== '') && cells(r).every(isAllBold)));
    if (!header) return SKIP;
    const titles = cells(header).map(plain);
    const worstColumn = titles.findIndex((title) => /^最も深刻な脆弱性の影響/.test(title));
    // A table with a row per vulnerability (脆弱性識別番号 | 脆弱性の影響 | …) may name an id in a product column's
    // title (MS05-009: `Windows Media Player 9 Series CAN-2004-1244`): only other tables have a column per vulnerability.
    const perRow = titles.some((title) => /^脆弱性(?:識別番号|の影響)$/.test(title));
    let idColumns = perRow ? [] : titles.map((title, i) => ({ i, ids: vulnIds(title) })).filter((c) => c.ids.length > 0);
    // Columns headed only 脆弱性の種類 1, 2, … name their ids in the row under the header, its first cell empty (MS11-034).
    const idRow = all[all.indexOf(header) + 1];
    if (!perRow && idColumns.length === 0 && idRow && cells(idRow).length === titles.length && plain(cells(idRow)[0]!) === '') {
      idColumns = cells(idRow).map((cell, i) => ({ i, ids: vulnIds(plain(cell)) })).filter((c) => c.ids.length > 0);
    }
    for (const row of all.slice(all.indexOf(header) + 1)) {
      const cs = cells(row);
      if (cs.length !== titles.length || isHeaderRow(row, head)) continue;
      const texts = cs.map(plain);
      // A column per vulnerability: its cells give the rating and the impact on each product.
      for (const { i, ids } of idColumns) {
        const impacts = readImpacts(texts[i]!);
        if (impacts) ids.forEach((id) => add(id, impacts));
      }
      // A row per vulnerability: its 脆弱性の影響 cell, or its cells per product (`緊急 リモートでコードが実行される`,
      // `緊急/RCE`); a row with an abbreviation the legend does not give is not read.
      const ids = [...new Set(texts.flatMap((text) => vulnIds(text)))];
      if (idColumns.length === 0 && ids.length > 0) {
        const rated = [...texts.join(' ').matchAll(RATED_ABBREVIATION)].map((m) => abbreviations.get(m[1]!.toLowerCase()));
        const impacts = [...texts.flatMap((text) => readImpacts(text) ?? []), ...rated];
        if (impacts.length > 0 && impacts.every((impact) => impact !== undefined)) ids.forEach((id) => add(id, impacts));
      }
      const worst = worstColumn >= 0 ? readImpacts(texts[worstColumn]!) : undefined;
      if (worst) bulletinImpacts.push(...worst);
    }
    return SKIP;
  });
  const cves = new Set(vulnerabilities.map((v) => v.cve));
  if (cves.size === 1 && bulletinImpacts.length > 0 && !vulnerabilities.some((v) => byId.has(v.id))) {
    for (const v of vulnerabilities) add(v.id, bulletinImpacts);
  }
  return byId;
}

/** The ids of a list whose every item is nothing but ids; none otherwise. */
function idList(list: Element): string[] {
  const items = list.children.filter((c): c is Element => isElement(c, 'li')).map(plain);
  if (items.length === 0 || !items.every((item) => vulnIds(item).length > 0 && item.replace(VULN_ID, '').replace(/[\s、,，。.]+/g, '') === '')) return [];
  return items.flatMap(vulnIds);
}

/** Vulnerabilities from headings, severity-table cells and `脆弱性識別番号` labels. */

function collectVulnerabilities(root: Root): { list: CorpusVulnerability[]; mentionedInSections: Set<string> } {
  const titles = new Map<string, string | undefined>();
  const add = (id: string, title?: string) => {
    if (!titles.has(id) || (titles.get(id) === undefined && title)) titles.set(id, title);
  };
  const mentionedInSections = new Set<string>();
  const topLevel = root.children;
  visit(root, 'element', (node: Element, index, parent) => {
    if (HEADING.includes(node.tagName)) {
      const text = plain(node).replace(/[:：]\s*$/, '').trim();
      const ids = vulnIds(text);
      if (ids.length === 0) return;
      // `「…」の回避策 - CVE-…` and the like are sub-sections of a vulnerability, named by its id.
      if (/^[「『]|の?(?:問題を緩和する要素|回避策|よく寄せられる質問|FAQ)/.test(text)) {
        ids.forEach((id) => mentionedInSections.add(id));
        return;
      }
      if (ids.length === 1) add(ids[0]!, titleBeforeId(text));
      else ids.forEach((id) => add(id));
      return 'skip';
    }
    if (node.tagName === 'table') {
      const head = headRows(node);
      const all = rows(node);
      const header = all.find((r) => isHeaderRow(r, head));
      const idColumn = header ? cells(header).findIndex((c) => /CVE|脆弱性識別番号/.test(plain(c)) && vulnIds(plain(c)).length === 0) : -1;
      for (const row of all) {
        const cs = cells(row);
        cs.forEach((cell, i) => {
          const text = plain(cell);
          const title = titleBeforeId(text);
          // `Win32k 競合状態の脆弱性： CVE-2013-1248 CVE-2013-1249` (MS13-016's severity table).
          // `Win32k の解放後使用の脆弱性 - CVE-2011-0662 CVE-2011-0665 …` (MS11-034's severity table).
          // `Oracle Outside In ライブラリの特権の昇格の脆弱性 (英語情報): CVE-2015-6013 …` (MS16-079): a note in parentheses may come between.
          const several = /^(.+?の脆弱性)(?:\s*[(（][^()（）]*[)）])?\s*[-–—:：]?\s*((?:(?:CVE|CAN)-\d{4}-\d{4,}\s*)+)$/.exec(text);
          if (title) add(vulnIds(text)[0]!, title);
          else if (several) vulnIds(several[2]!).forEach((id) => add(id, several[1]!));
          else if (i === idColumn && row !== header) {
            const ids = vulnIds(text);
            const rowTitle = i > 0 ? plain(cs[0]!) : undefined;
            if (ids.length === 1 && text === ids[0]) add(ids[0], rowTitle && vulnIds(rowTitle).length === 0 ? rowTitle : undefined);
            else ids.forEach((id) => add(id));
          }
        });
      }
      return 'skip';
    }
    if (node.tagName === 'li' || (node.tagName === 'p' && parent === root)) {
      const text = plain(node);
      // `Popup Window に含まれるオブジェクトタグの脆弱性: CAN-2003-0838` or `CAN-2003-0838 : …の脆弱性`.
      const before = /^(.+?の脆弱性)\s*[:：]\s*((?:CVE|CAN)-\d{4}-\d{4,})$/.exec(text);
      const after = /^((?:CVE|CAN)-\d{4}-\d{4,})\s*[:：]\s*(.+?の脆弱性)$/.exec(text);
      if (before) add(before[2]!, before[1]!);
      else if (after) add(after[1]!, after[2]!);
      if (before || after || node.tagName === 'li') return undefined;
      const ids = vulnIds(text);
      // A paragraph that is nothing but ids (`CVE-2016-0964、CVE-2016-0965、…`), or the standard
      // sentence of a vulnerability section pointing at its CVE entry.
      // `脆弱性識別番号: CVE-1999-0766` (also `脆弱性認識番号`, `Wordの脆弱性識別番号:`), even at the end of
      // a paragraph it was run into: the ids right after the label.
      for (const m of text.matchAll(/脆弱性(?:識別|認識)番号\s*[:：]\s*((?:(?:CVE|CAN)-\d{4}-\d{4,}[\s、,]*(?:および|and)?\s*)+)/g)) {
        vulnIds(m[1]!).forEach((id) => add(id));
      }
      if (ids.length > 0 && text.replace(VULN_ID, '').replace(/[\s、,，。.およびand]+/g, '') === '') ids.forEach((id) => add(id));
      else if (ids.length > 0 && /Common Vulnerabilities and Exposures/.test(text)) ids.forEach((id) => add(id));
      else if (/Common Vulnerabilities and Exposures/.test(text) && parent && index !== undefined) {
        // The standard sentence, with the entries in the list after it (MS11-034: 21 ids under one vulnerability).
        const next = parent.children.slice(index + 1).find((n) => isElement(n));
        if (isElement(next, 'ul')) idList(next).forEach((id) => add(id));
      }
    }
    if (node.tagName === 'p' && parent === root && index !== undefined) {
      // `**脆弱性識別番号: **` is malformed bold (MS02-070): the paragraph's plain text is then the label.
      const text = leadingLabel(node) ?? (plain(node).length < 40 ? plain(node).replace(/^\*+\s*/, '') : undefined);
      if (text === undefined || !/^(?:.{0,20}の)?(?:脆弱性(?:識別|認識)番号|CVE\s*番号|脆弱性の識別番号)/.test(text)) return;
      let ids = vulnIds(text);
      const next = topLevel.slice(index + 1).find((n) => isElement(n));
      // The ids follow on the label's own lines (MS03-039: `**脆弱性識別番号:**` and a line break) or in the next paragraph or list.
      let titledLines = lines(node).slice(1);
      if (ids.length === 0 && next && isElement(next, 'p', 'ul')) {
        ids = vulnIds(plain(next));
        titledLines = lines(next);
      }
      const titled = new Map<string, string>();
      for (const line of titledLines) {
        const match = TITLED_ID.exec(line);
        if (match && !/(?:CVE|CAN)-/.test(match[1]!) && !/^元の/.test(match[1]!)) titled.set(match[2]!, match[1]!);
      }
      ids.forEach((id) => add(id, titled.get(id)));
      // More lists of ids may follow, each under a line naming a kind (MS01-031: 「サービス拒否の脆弱性 :」 and four ids).
      for (const sibling of next ? topLevel.slice(topLevel.indexOf(next) + 1) : []) {
        if (!isElement(sibling)) continue;
        if (isElement(sibling, 'ul') && idList(sibling).length > 0) idList(sibling).forEach((id) => add(id));
        else if (!(isElement(sibling, 'p') && /^.{1,30}の脆弱性\s*[:：]?$/.test(plain(sibling)))) break;
      }
    }
    return undefined;
  });
  const list = [...titles].map(([id, title]) => (title ? { id, cve: toCve(id), title } : { id, cve: toCve(id) }));
  return { list, mentionedInSections };
}

/** Bulletin ids and KB numbers cited anywhere: in the text and in link addresses. */
function collectCites(root: Root, ownId: string, ownKb: string | undefined): CorpusFacts['cites'] {
  const bulletins = new Set<string>();
  const kbs = new Set<string>();
  const fromText = (text: string) => {
    for (const m of text.matchAll(BULLETIN_ID)) bulletins.add(m[0].toUpperCase());
    for (const m of text.matchAll(/(?:\bKB\s?|\bQ|サポート技術情報\s*|技術情報\s*)(\d{5,7})\b/gi)) kbs.add(m[1]!);
  };
  visit(root, (node) => {
    if (node.type === 'text') fromText(node.value);
    else if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.href;
      if (typeof href !== 'string') return;
      for (const m of href.matchAll(/\/(ms\d{2}-\d{3})(?:[.(/?#]|e?\.mspx|$)/gi)) bulletins.add(m[1]!.toUpperCase());
      const kb =
        /support\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?(?:kb|help)\/(\d{5,7})\b/i.exec(href) ??
        /[?&;]kbid=(\d{5,7})\b/i.exec(href) ??
        /scid=kb;[a-z-]+;(\d{5,7})\b/i.exec(href);
      if (kb) kbs.add(kb[1]!);
      // `サポート技術情報 [841996](…)`: the number is the link's text.
      const text = plain(node);
      if (/^\d{5,7}$/.test(text) && /support\.microsoft\.com/i.test(href)) kbs.add(text);
    }
  });
  bulletins.delete(ownId);
  if (ownKb) kbs.delete(ownKb);
  return { bulletins: [...bulletins].sort(), kbs: [...kbs].sort((a, b) => Number(a) - Number(b)) };
}

// A service pack that includes the fix: "この問題に対する修正は Windows 2000 Service Pack 3 以降に含まれています。"
// (or "…に含まれております。"),
// "…更新プログラムは Windows XP Service Pack 2 に含まれる予定です。" (will be included), "この問題は SQL Server 7.0
// Service Pack 3 以降で修正されています。". The name must name a service pack with its number: "今後リリースされる
// サービス パック" (a future one) or a rollup is not one.
const FIXED_IN = /(?:(?:修正|更新プログラム)は[、,]?\s*([^。「」]{3,160}?)\s*(以降)?\s*に含まれ(ています|ております|る予定です)|この問題は\s*([^。「」]{3,100}?)\s*(以降)?\s*で修正されています)/g;
const NAMES_SERVICE_PACK = /(?:Service\s*Pack|サービス\s*パック|\bSP)\s*\d+[a-z]?\b|\bSP\d+[a-z]?\b/i;
const NOT_A_SERVICE_PACK = /ロールアップ|累積|今後|将来|次の|最新の|MS\d{2}-\d{3}/;

/** The service packs the source says include the fix, each once, in the source's order. */
function collectServicePackFixes(root: Root): CorpusServicePackFix[] {
  const found = new Map<string, CorpusServicePackFix>();
  visit(root, 'element', (node) => {
    if (!isElement(node, 'p', 'li', 'td', 'dd')) return undefined;
    const text = plain(node).replace(/\s+/g, ' ');
    for (const match of text.matchAll(FIXED_IN)) {
      const name = (match[1] ?? match[4]!).trim();
      if (!NAMES_SERVICE_PACK.test(name) || NOT_A_SERVICE_PACK.test(name)) continue;
      const andLater = (match[2] ?? match[5]) !== undefined;
      const planned = match[3] === 'る予定です';
      const key = name.toLowerCase();
      const seen = found.get(key);
      if (!seen) found.set(key, { name, andLater, planned });
      else {
        seen.andLater ||= andLater;
        seen.planned &&= planned;
      }
    }
    return SKIP;
  });
  return [...found.values()];
}

const RESTART_LABEL = /^(?:\*\*\s*)?再起動の必要性\s*(?:\*\*\s*)?[:：]?\s*(?:\*\*)?$/;
const RESTART_LEADING = /^再起動の必要性\s*[:：]\s*(\S.*)$/;

/**
 * What the source says of restarting after the update (`再起動の必要性`), each statement as it is written,
 * in order, each once: the cell after the label in a table row, the rest of a paragraph the label starts,
 * or the paragraph after a label that stands alone (bold, or a heading).
 */
export function collectRestartStatements(root: Root): string[] {
  const found: string[] = [];
  const add = (text: string | undefined) => {
    const statement = text?.replace(/\s+/g, ' ').trim();
    if (statement && !RESTART_LABEL.test(statement) && !found.includes(statement)) found.push(statement);
  };
  visit(root, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'tr') {
      const [first, second] = cells(node);
      if (first && second && RESTART_LABEL.test(plain(first))) add(plain(second));
      return SKIP;
    }
    if (node.tagName !== 'p' && !HEADING.includes(node.tagName)) return undefined;
    const text = plain(node);
    const leading = RESTART_LEADING.exec(text);
    if (leading && node.tagName === 'p' && !RESTART_LABEL.test(text)) {
      add(leading[1]);
      return SKIP;
    }
    if (!RESTART_LABEL.test(text) || !parent || index === undefined) return SKIP;
    const next = parent.children.slice(index + 1).find((c) => isElement(c) && plain(c) !== '');
    if (isElement(next, 'p')) add(plain(next));
    return SKIP;
  });
  return found;
}

/**
 * The bulletin's restart requirement, where every statement it makes says the same (a bulletin whose
 * platforms differ, or whose statement is not plain, has none: it cannot be said for all its updates).
 */
export function readRestart(root: Root): CorpusRestart | undefined {
  const statements = collectRestartStatements(root);
  const kinds = new Set(statements.map(restartKind));
  const [kind] = kinds;
  return statements.length > 0 && kinds.size === 1 && kind !== undefined ? { kind, statements } : undefined;
}

/** A clause that requires a restart in a case it names (場合): `…使用中の場合、…再起動が要求されます`. */
const RESTART_IN_A_CASE = /場合[^。]*?再起動(?:が|を|する)?(?:要求され|必要(?:とし|です|とな|にな|があ))/;

/** Whether a restart statement says a restart is required, may be, or is not; undefined where it is not plain. */
export function restartKind(statement: string): 'required' | 'may-be-required' | 'not-required' | undefined {
  const text = statement.replace(/\s+/g, '');
  // 「再起動を必要としません。…必要なファイルが使用中の場合、…再起動を必要とします」: not as a rule, but in a case it names.
  if (/^(?:いいえ|なし|不要|必要なし)|必要(?:は|が)?ありません|必要ではありません|必要としません|不要です|再起動されません/.test(text)) {
    return RESTART_IN_A_CASE.test(text) ? 'may-be-required' : 'not-required';
  }
  if (/場合があります|場合もあります|可能性があります|場合によって|場合には|場合は|場合、|ことがあります|必要になる可能性/.test(text)) return 'may-be-required';
  if (/^(?:はい|あり)|必要があります|必要です|を必要とします|再起動します|必要となります|必要になります|再起動して下さい|再起動してください/.test(text)) return 'required';
  return undefined;
}

const BLOCK = ['p', 'ul', 'ol', 'div', 'pre', 'table', 'blockquote'];

/** Whether inline content is all bold: every text that is not white space is inside `strong` or `b`. */
function allBold(nodes: readonly ElementContent[]): boolean {
  return nodes.every((node) => {
    if (node.type === 'text') return node.value.trim() === '';
    if (node.type !== 'element') return true;
    return node.tagName === 'strong' || node.tagName === 'b' || allBold(node.children);
  });
}

/**
 * A list item's title: its first line (its first paragraph, or what comes before its first block) where
 * that line is bold throughout (the source splits it into several bold runs, a link among them), as text.
 */
function boldLead(li: Element): string | undefined {
  const firstBlock = li.children.findIndex((c) => isElement(c, ...BLOCK));
  const head = li.children.slice(0, firstBlock < 0 ? undefined : firstBlock);
  const line = head.some((c) => !(c.type === 'text' && c.value.trim() === '')) ? head : isElement(li.children[firstBlock], 'p') ? (li.children[firstBlock] as Element).children : [];
  if (line.length === 0 || !allBold(line)) return undefined;
  const text = plain({ type: 'element', tagName: 'span', properties: {}, children: line }).replace(/\s*[:：]\s*$/, '');
  return text === '' ? undefined : text;
}

/**
 * The workarounds, where the source lists them as it does from 2005 on: under a heading that names the
 * workarounds (and usually the vulnerability), a list whose every item starts with the workaround's title
 * in bold. Each title as the source writes it, with the CVE ids (CVE form) the heading names; none where the
 * heading names none and the bulletin has several vulnerabilities (then it is for them all). Anything else
 * (prose, a list without bold titles) gives none: the titles cannot be told from the text reliably. Each comes
 * with the heading it is listed under, for its section's anchor (import.ts).
 */
function readWorkarounds(children: RootContent[], vulnerabilities: readonly CorpusVulnerability[]): { workaround: CorpusWorkaround; heading: Element }[] {
  const found: { workaround: CorpusWorkaround; heading: Element }[] = [];
  let section: { cves: string[]; heading: Element } | undefined;
  for (const node of children) {
    if (!isElement(node)) continue;
    if (HEADING.includes(node.tagName)) {
      const text = plain(node);
      const named = [...new Set(vulnIds(text).map(toCve))];
      const cves = named.length > 0 ? named : vulnerabilities.length === 1 ? [vulnerabilities[0]!.cve] : [];
      section = isWorkaroundsHeading(text) ? { cves, heading: node } : undefined;
      continue;
    }
    if (section === undefined || !isElement(node, 'ul', 'ol')) continue;
    const items = node.children.filter((c): c is Element => isElement(c, 'li'));
    const titles = items.map(boldLead);
    if (items.length === 0 || titles.some((t) => !t)) continue;
    const { cves, heading } = section;
    for (const title of titles) found.push({ workaround: { title: title!, ...(cves.length > 0 ? { cves } : {}) }, heading });
  }
  return found;
}

/** A Markdown node's text (its text and inline-code values). */
function mdText(node: MdastNode): string {
  let out = '';
  visit(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') out += (n as { value: string }).value;
  });
  return out;
}

/** A node that may know where it starts in the source. */
type Positioned = { position?: { start: { line: number } } | undefined };

/** Maps a line of the parsed Markdown back to the source file's line (corpusTree inserts blank lines). */
function lineMapper(tree: CorpusTree): (node: Positioned) => number | undefined {
  const inserted = [...tree.insertedAfter].sort((a, b) => a - b);
  return (node) => {
    const line = node.position?.start.line;
    if (line === undefined) return undefined;
    // Opened line L is source line L - k, where k blank lines were inserted before it.
    let k = 0;
    while (k < inserted.length && inserted[k]! + k + 1 < line) k += 1;
    return line - k;
  };
}

/**
 * The first paragraph of the summary section (概要, 要点, 概説), unless it is a labelled field; the next
 * such section is tried then (2004–2007 bulletins label their 概要 fields and give prose under 要点).
 */
function readSummary(children: RootContent[]): string | undefined {
  for (const [start, node] of children.entries()) {
    if (!(isElement(node) && HEADING.includes(node.tagName) && isSummaryHeading(plain(node)))) continue;
    const text = firstParagraph(children.slice(start + 1));
    if (text) return text;
  }
  return undefined;
}

function firstParagraph(nodes: RootContent[]): string | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (HEADING.includes(node.tagName)) {
      if (isSummaryHeading(plain(node))) continue;
      return undefined;
    }
    if (node.tagName !== 'p') continue;
    const text = plain(node);
    if (text === '') continue;
    // 2001–2007 summaries are labelled fields (`**このセキュリティ情報の対象となるユーザー:**`), not prose.
    return leadingLabel(node) === undefined ? text : undefined;
  }
  return undefined;
}

/** `V1.0 (2015/1/14): …`, `V1.0 ([2016/02/10](…)): …`, `2005/1/12: …`: the entry's own date, at its start. */
const REVISION_ENTRY = /^(?:V\s*\d+(?:\.\d+)*\s*)?[(（]?\s*(\d{4}\s*(?:\/\s*\d{1,2}\s*\/\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))/;

/** One entry of a revision history: its date (where it can be read), the version it names, and its text. */
export interface RevisionEntry {
  date?: string;
  version?: string;
  text: string;
}
const REVISION_VERSION = /^V\s*(\d+(?:\.\d+)*)/;

/**
 * The revision history (`更新履歴` or `改訂履歴`, a heading or a bold label): the top-level entries of
 * the list that follows it, in the source's order. Undefined when there is no such section, or when
 * anything but empty paragraphs comes between the label and the list (then the list cannot be told
 * reliably from other lists).
 */
export function readRevisionHistory(children: RootContent[]): RevisionEntry[] | undefined {
  const start = children.findIndex((node) => {
    const text = isElement(node) && HEADING.includes(node.tagName) ? plain(node) : openingBoldText(node) !== undefined ? plain(node as Element) : undefined;
    return text !== undefined && isRevisionLabel(text);
  });
  if (start < 0) return undefined;
  for (const node of children.slice(start + 1)) {
    if (!isElement(node)) continue;
    if (node.tagName === 'p' && plain(node) === '') continue;
    if (!isElement(node, 'ul', 'ol')) return undefined;
    const entries = node.children.filter((c): c is Element => isElement(c, 'li'));
    return entries.length === 0
      ? undefined
      : entries.map((li) => {
          const text = plain({ ...li, children: li.children.filter((c) => !isElement(c, 'ul', 'ol')) });
          const match = REVISION_ENTRY.exec(text);
          const date = match ? parseJapaneseDate(match[1]!) : undefined;
          const version = REVISION_VERSION.exec(text)?.[1];
          return { ...(date ? { date } : {}), ...(version ? { version } : {}), text };
        });
  }
  return undefined;
}

/**
 * The last update as the revision history states it, for a bulletin whose date line gives no
 * `最終更新日:`. Several dated entries: the latest entry's date. A single entry that says the bulletin
 * was published (`公開しました`) says it was never revised: its last update is its publication, but only
 * when the entry is dated the published date (some Japanese pages went up a day after the `公開日:`;
 * then the source does not say). Otherwise no date, and why.
 */
export function lastRevision(history: RevisionEntry[] | undefined, published: string | undefined): { date?: string; problem?: string } {
  const none = 'The date line gives no `最終更新日:`';
  if (history === undefined) return { problem: `${none} and there is no revision history (更新履歴) list to date the last update.` };
  const dates = history.flatMap((entry) => (entry.date ? [entry.date] : []));
  if (dates.length < history.length) return { problem: `${none} and an entry of the revision history (更新履歴) has no readable date.` };
  if (history.length === 1) {
    const only = history[0]!;
    if (only.date !== undefined && only.date === published && /公開/.test(only.text)) return { date: only.date };
    return { problem: `${none}; the revision history's only entry ("${only.text}") is not the publication on the published date ${published ?? '(unread)'}.` };
  }
  const latest = [...dates].sort().at(-1)!;
  if (published && latest < published) return { problem: `${none}; the revision history's latest entry (${latest}) is before the published date ${published}.` };
  return { date: latest };
}

/**
 * The revision history as facts: oldest first, when every entry is dated and the dates run one way
 * (oldest first, or newest first and turned round); undefined otherwise, as the order cannot be trusted.
 */
export function orderedRevisions(history: RevisionEntry[] | undefined): CorpusRevision[] | undefined {
  if (!history || history.length === 0 || history.some((entry) => entry.date === undefined)) return undefined;
  const entries = history as (RevisionEntry & { date: string })[];
  const ascending = entries.every((entry, i) => i === 0 || entries[i - 1]!.date <= entry.date);
  const descending = entries.every((entry, i) => i === 0 || entries[i - 1]!.date >= entry.date);
  if (!ascending && !descending) return undefined;
  return (ascending ? entries : [...entries].reverse()).map(({ date, version, text }) => ({ date, ...(version ? { version } : {}), text }));
}

/** Reads one bulletin's facts from its trees; `file` is the project-relative path of the source. */
export function extractCorpusFacts(tree: CorpusTree, file: string): { facts: CorpusFacts; problems: CorpusProblem[]; workaroundHeadings: Element[] } {
  const problems: CorpusProblem[] = [];
  const lineOf = lineMapper(tree);
  const problem = (field: string, message: string, node?: Positioned) => {
    const line = node ? lineOf(node) : undefined;
    problems.push(line === undefined ? { file, field, message } : { file, line, field, message });
  };
  const root = tree.hast;
  const children = root.children;
  const h1 = children.find((n): n is Element => isElement(n, 'h1'));
  // The title is the first `---` heading after the `===` one (a few files' front matter is read as a heading).
  const h2 = children.slice(h1 ? children.indexOf(h1) : 0).find((n): n is Element => isElement(n, 'h2'));
  // The HTML tree keeps no positions; problems point at the Markdown tree's nodes.
  const md = tree.mdast.children;
  const mdH1 = md.find((n) => n.type === 'heading' && n.depth === 1);
  const mdH2 = md.slice(mdH1 ? md.indexOf(mdH1) : 0).find((n) => n.type === 'heading' && n.depth === 2);
  const mdDate = md.find((n) => n.type === 'paragraph' && /公開日|最終更新日/.test(mdText(n)));

  // id, slug, year: from the `===` heading, checked against the file name.
  const fileSlug = /(ms\d{2}-\d{3})\.md$/i.exec(file)?.[1]?.toLowerCase();
  const headline = h1 ? plain(h1) : '';
  const headlineId = /\bMS\d{2}-\d{3}\b/i.exec(headline)?.[0]?.toUpperCase();
  if (!headlineId) problem('id', `The first heading ("${headline}") names no bulletin id; the id is taken from the file name.`, mdH1);
  else if (fileSlug && headlineId.toLowerCase() !== fileSlug) {
    problem('id', `The first heading says ${headlineId} but the file is named ${fileSlug}.md.`, mdH1);
  }
  const id = headlineId ?? fileSlug?.toUpperCase() ?? '';
  const slug = id.toLowerCase();
  const year = fullYear(id.slice(2, 4));
  const fileYear = /\/(\d{4})\/[^/]+$/.exec(file)?.[1];
  if (fileYear && Number(fileYear) !== year) problem('year', `${id} is from ${year} but the file is in the ${fileYear} folder.`);

  // severity: the `===` heading ends with ` - 緊急`.
  const severityWord = /[-–]\s*(緊急|重要|警告|注意)\s*$/.exec(headline)?.[1];
  const severity = severityWord ? SEVERITY_WORDS[severityWord] : undefined;
  if (!severity) problem('severity', `The first heading ("${headline}") gives no severity rating (緊急, 重要, 警告 or 注意).`, mdH1);

  // title and kb: the `---` heading, `タイトル (957488)`.
  const heading = h2 ? plain(h2) : '';
  const kbMatch = /^(.*?)\s*[(（]\s*(?:KB)?(\d{5,7})\s*[)）]$/i.exec(heading);
  const title = (kbMatch ? kbMatch[1]! : heading).trim();
  const kb = kbMatch?.[2];
  if (!title) problem('title', 'There is no title heading (the `---` heading after the bulletin number).', mdH2);
  if (!kb) problem('kb', `The title ("${heading}") ends with no KB number in parentheses.`, mdH2);

  // published, updated: `公開日: … | 最終更新日: …`.
  // Two bulletins (MS15-053, MS15-058) leave out the `公開日:` label: `2015 年 5 月 13 日 | 最終更新日: …`.
  const dateLine = children.find((n) => isElement(n, 'p') && /公開日|^\d{4}\s*年.*\|\s*最終更新日/.test(plain(n)));
  const dateText = dateLine ? plain(dateLine) : '';
  const [publishedText, updatedText] = dateText.split(/最終更新日|更新済み|更新日/);
  const published = publishedText ? parseJapaneseDate(publishedText.replace(/^.*公開日/, '')) : undefined;
  if (!published) problem('published', dateLine ? `Cannot read the published date in "${dateText}".` : 'There is no `公開日:` line.', mdDate);
  // Without `最終更新日:` in the date line, the revision history (更新履歴) dates the last update (see lastRevision).
  const history = readRevisionHistory(children);
  const revision = updatedText === undefined ? lastRevision(history, published) : undefined;
  const revisions = orderedRevisions(history);
  const restart = readRestart(root);
  const updated = updatedText !== undefined ? parseJapaneseDate(updatedText) : revision?.date;
  if (updatedText !== undefined && !updated) problem('updated', `Cannot read the last-updated date in "${dateText}".`, mdDate);
  if (revision?.problem) problem('updated', revision.problem, mdDate);
  if (published && updated && updated < published) problem('updated', `The last-updated date ${updated} is before the published date ${published}.`, mdDate);

  // version: `**バージョン:** 1.0`.
  const versionNode = children.find((n) => isElement(n, 'p') && /^バージョン\s*[:：]/.test(plain(n)));
  const version = versionNode ? /^バージョン\s*[:：]\s*(\d+(?:\.\d+)*)/.exec(plain(versionNode))?.[1] : undefined;
  if (versionNode && !version) problem('version', `Cannot read the version in "${plain(versionNode)}".`);

  const summary = readSummary(children);

  const { list: vulnerabilities, mentionedInSections } = collectVulnerabilities(root);
  if (vulnerabilities.length === 0) problem('vulnerabilities', 'No CVE or CAN id found in a vulnerability heading, the severity table or a `脆弱性識別番号` label.');
  const listed = new Set(vulnerabilities.map((v) => v.id));
  for (const id of mentionedInSections) {
    if (!listed.has(id)) problem('vulnerabilities', `${id} names a section (mitigations, workarounds or FAQ) but no vulnerability heading or table row; not listed.`);
  }

  const software = collectSoftware(children);
  if (software.affected.length === 0) problem('affected', 'No affected-software list or table (after a `影響を受けるソフトウェア` label or heading).');
  const replaces = [...software.replaces];
  for (const node of children) {
    const text = leadingLabel(node);
    if (text === undefined || text.length > 300) continue;
    const match = /^(?:含まれる過去のセキュリティ更新プログラム|置き換えられる(?:セキュリティ)?(?:情報|更新プログラム))\s*[:：]?\s*(.*)$/.exec(text);
    if (match) replaces.push(...readReplacements(match[1]!.trim()));
  }
  // Only earlier bulletins: a rollup's section, revised later, also lists the bulletins released after it
  // (MS01-033's Terminal Server rollup names MS02-001).
  const earlier = (r: CorpusReplacement) => bulletinOrder(r.bulletin!) < bulletinOrder(id);
  replaces.push(...[...earlierFixes(children), ...replacementTableRows(root)].filter(earlier));
  const seen = new Set<string>();
  const uniqueReplaces = replaces.filter((r) => {
    const key = `${r.bulletin ?? ''}/${r.kb ?? ''}`;
    if (seen.has(key) || r.bulletin === id) return false;
    seen.add(key);
    return true;
  });

  const workaroundsListed = readWorkarounds(children, vulnerabilities);
  const workarounds = workaroundsListed.map(({ workaround }) => workaround);
  const impacts = collectImpacts(root, vulnerabilities);
  const withoutImpact = [...new Set(vulnerabilities.filter((v) => !impacts.has(v.id) && !impacts.has(v.cve)).map((v) => v.cve))];
  if (withoutImpact.length > 0) {
    const named = withoutImpact.length > 3 ? `${withoutImpact.slice(0, 3).join(', ')}, …` : withoutImpact.join(', ');
    const all = new Set(vulnerabilities.map((v) => v.cve)).size;
    problem('vulnerabilities[].impacts', `${withoutImpact.length} of ${all} vulnerabilities (${named}) have no impact (脆弱性の影響) in a form the importer reads; they are left without one.`);
  }

  const facts: CorpusFacts = {
    id,
    slug,
    year,
    file,
    title,
    ...(severity ? { severity } : {}),
    ...(kb ? { kb } : {}),
    ...(published ? { published } : {}),
    ...(updated ? { updated } : {}),
    ...(version ? { version } : {}),
    ...(summary ? { summary } : {}),
    vulnerabilities: vulnerabilities.map((v) => {
      const own = impacts.get(v.id) ?? impacts.get(v.cve);
      return own ? { ...v, impacts: own } : v;
    }),
    replaces: uniqueReplaces,
    affected: software.affected,
    notAffected: software.notAffected,
    ...(revisions ? { revisions } : {}),
    ...(restart ? { restart } : {}),
    ...(workarounds.length > 0 ? { workarounds } : {}),
    fixedIn: collectServicePackFixes(root),
    cites: collectCites(root, id, kb),
  };
  // The heading each workaround was listed under, for its section's anchor once the body is rendered (import.ts).
  return { facts, problems, workaroundHeadings: workaroundsListed.map(({ heading }) => heading) };
}
