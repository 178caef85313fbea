/**
 * Reads the software rows of the corpus bulletins as catalog products. A row names its software as the
 * source writes it ("Microsoft Windows XP Service Pack 1 および Microsoft Windows XP Service Pack 2",
 * "Windows Vista x64 Edition Service Pack 2 (KB958644)"); the spellings file
 * (content/corpus/product-names.yaml) says which products each spelling means. Here a name is normalised,
 * its KB number read, and it is split into the products it lists, each looked up by its spelling.
 */

/** What the spellings file gives, checked: each normalised spelling and the products it means. */
export interface SpellingTable {
  /** Normalised spelling (see {@link spellingKey}) → product ids, in the file's order. */
  products: ReadonlyMap<string, readonly string[]>;
  /** Normalised spelling → why it names no product (a column label, a note, "see below"). */
  notProducts: ReadonlyMap<string, string>;
}

/** A source row, as the importer reads it. */
export interface SourceRow {
  name: string;
  component?: string;
}

/** Why a row, or one of its parts, maps to no product. */
export type UnmappedReason =
  /** No spelling in the file matches this part. */
  | { kind: 'unknown'; part: string }
  /** The file says the name names no product, and why. */
  | { kind: 'not-a-product'; part: string; why: string };

/** What a row means in catalog terms. */
export interface MappedRow {
  /** The products the row names (its platform, for a row with a component), in the row's order, without repeats. */
  products: string[];
  /** The products its component column names (Internet Explorer 6 on the row's Windows), where it has one. */
  components: string[];
  /** The update's KB number the row gives (`(KB958644)`, `(958644)`), digits only; the component's first, then the name's. */
  kb?: string;
  /** Why some part is not mapped; empty when the row is fully mapped. */
  unmapped: UnmappedReason[];
}

// `(KB958644)`, `(958644)` or `(KB 958644)`, anywhere in the name: the update for that row.
const KB_IN_PARENS = /[(]\s*(?:KB|Q)?\s*(\d{6,7})\s*[)]/gi;
// Footnote marks the sources put after names: `*`, `**`, `[1]`, `†`, `※1`, `(注意 #1)`, `<sup>1</sup>` read as text,
// and a `注` right after a version ("Service Pack 1注").
const FOOTNOTES = /\[\d+\]|[*†‡]+|(?:\s|(?<=\d))注\d*$|\s?※\d+|\s?\(注意 #\d+\)|\s※?注意$|\s?\(管理者用更新プログラム\)/g;
// Old bulletins end list items with an instruction or a pointer to the FAQ, and later ones with the kind
// of update the row offers (for clients and administrators, security-only, monthly rollup): none of it
// is part of the product's name.
const TRAILING_INSTRUCTION =
  /\s*[-–:※]?\s*(?:更新プログラムをダウンロードしてください|これらの(?:プラットフォーム|オペレーティング ?システム)(?:に関する|については)|このセキュリティ情報の|このバージョンに関する|日本語版(?:\s*\([^)]*\))?は、|注意?\s*[:：]|なお、).*$|\s*(?:クライアント用更新プログラム(?:および管理者用更新プログラム)?|セキュリティのみ|月例のロールアップ)(?:\s*\([^)]*の更新プログラムと同じ\))?$/;

// Notes the cells add after a name, to the end of the name: the kind of update the row offers and whatever
// follows it ("クライアント用更新プログラムおよび管理者用更新プログラム 上述の Office XP Service Pack 3 とは別の更新プログラムです"),
// a "※" remark, a sentence about the software above ("上記の…", "上述の…") or about this one ("この…", "これらの…",
// "これは…"), and a pointer to the FAQ below ("以下に記載されている「…」をご覧ください。").
const TRAILING_REMARK =
  /(?:\s+[-–]?\s*|。\s*)(?:(?:クライアント|管理者)用更新プログラム|※|上述の|上記の|この|これらの|これは|以下に記載されている).*$/;
// Sentences after a name's closing note, about the product ("SharePoint Portal Server 2003 (すべてのバージョン)
// SharePoint Portal Server 2003 には Windows SharePoint Services が含まれます。…"): text after a `)` that says
// "… は、" or "… には" and ends a sentence.
const TRAILING_SENTENCES = /(?<=\))\s+[^。、:]*?(?:は、|には).*。$/;

/** The KB numbers a name gives in parentheses, digits only, in order. */
export function kbNumbersIn(name: string): string[] {
  return [...name.normalize('NFKC').matchAll(KB_IN_PARENS)].map((m) => m[1]!);
}

// A closing note in parentheses that is a sentence, not part of the name: "(Windows 2000 に同梱)",
// "(すべてのバージョン)", "(… の適用が必要)". Told from a name's own parentheses ("(Server Core インストール)",
// "(32 ビット版)", "(日本語版)") by its hiragana.
const TRAILING_NOTE = /\s*\((?=[^()]*[\u3041-\u3096])[^()]*\)$/;

/**
 * A name cleaned for matching: full-width folded (NFKC), KB numbers in parentheses and footnote marks
 * removed, the leading "Microsoft " dropped (the sources write it or not at random), whitespace collapsed.
 */
export function cleanName(name: string): string {
  return name
    // Trademark signs go before NFKC, which would spell ™ out as "TM" (as some sources already do: "ServerTM 2003").
    .replace(/[®™]/g, '')
    .normalize('NFKC')
    .replace(/(?<=[a-z])TM(?=\s)/g, '')
    .replace(KB_IN_PARENS, ' ')
    .replace(FOOTNOTES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_REMARK, '')
    .replace(TRAILING_INSTRUCTION, '')
    .replace(TRAILING_SENTENCES, '')
    .replace(TRAILING_NOTE, '')
    .replace(/^microsoft\s+/i, '');
}

/** The key the spellings file is matched by: the cleaned name in lower case. */
export function spellingKey(name: string): string {
  return cleanName(name).toLowerCase();
}

// List separators between product names: 、 , および and または (and the English "and"/"or" some rows use),
// and the colon of "Office 2000 Service Pack 3: Access 2000 Excel 2000 …";
// "Office 2003 Service Pack 2 - Outlook 2003" (a suite's program); a cell of one name per line reads as
// names run together, each starting "Microsoft " (but "2007 Microsoft Office System" and "SP1 を適用した
// Microsoft Windows Server 2003" are one name each), or "Windows ", "JScript ", "Word " and the like after a
// version ("Internet Explorer 6 Windows Internet Explorer 7", "Office 2003 Word 2003 FrontPage 2003"). The "and" of
// "Internet Security and Acceleration Server" is part of the name.
const SEPARATOR = /\s*(?:(?<!(?:^|[、,]|および|または)\s*\d{4}|[\u3040-\u30ff\u4e00-\u9fff])\s(?=microsoft\s)|(?<=\d[a-z]?)\s(?=(?:windows|jscript|vbscript|internet explorer|ムービー メーカー|outlook|word|excel|powerpoint|frontpage|publisher|access|infopath|onenote)\s)|\s*:\s*|\s[-–]\s|、\s*および|、\s*または|、|,\s*and\s|,\s*or\s|,|\s+および\s*|および|\s+または\s*|\s+and\s+(?!acceleration\s)|\s+or\s+)\s*/giu;
// A part that only names a service pack continues the part before it ("Windows XP、Service Pack 1"), and
// one that only names a version replaces the version of the part before it ("DirectX 8.0、8.0a、8.1").
const SERVICE_PACK_ONLY = /^(?:service\s*pack|sp)\s*\d+[a-z]?$/i;
const SERVICE_PACK_SUFFIX = /\s+(?:service\s*pack|sp)\s*\d+[a-z]?$/i;
const VERSION_ONLY = /^\d+(?:\.\d+)+[a-z]?$/i;
const VERSION_SUFFIX = /(?<=\s)\d+(?:\.\d+)+[a-z]?$/i;

/** Splits a cleaned name into the names it lists, at separators outside parentheses. */
export function splitListedNames(key: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // Mask the text inside parentheses so separators there ("(Enterprise Edition、Standard Edition)") do not split.
  const masked = [...key]
    .map((ch) => {
      if (ch === '(') depth++;
      const out = depth > 0 ? '\u0000' : ch;
      if (ch === ')') depth = Math.max(0, depth - 1);
      return out;
    })
    .join('');
  for (const match of masked.matchAll(SEPARATOR)) {
    parts.push(key.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(key.slice(start));
  const names: string[] = [];
  for (const raw of parts.map((p) => p.trim().replace(TRAILING_NOTE, '').replace(/^microsoft\s+/i, '')).filter(Boolean)) {
    const before = names.at(-1);
    if (before !== undefined && SERVICE_PACK_ONLY.test(raw)) names.push(`${before.replace(SERVICE_PACK_SUFFIX, '')} ${raw}`);
    else if (before !== undefined && VERSION_ONLY.test(raw) && VERSION_SUFFIX.test(before)) names.push(before.replace(VERSION_SUFFIX, raw));
    else names.push(raw);
  }
  return names;
}

// "A 上の B", "A 用の B", "A の B", "A にインストールされた B", "A にダウンロードおよびインストールされた B": B (Internet
// Explorer 6) as installed on A (a Windows); "B を実行している A", "B がインストールされた A", "B for A": the same, the other
// way round; "B を含む A": A with its component B ("MSN チャット コントロールを含む MSN Messenger 4.5").
const INSTALLED_ON = /^(.+?)\s*(?:上の|用の|上で実行されている|にダウンロードおよびインストールされた|にインストールされた|にインストールされている|\sの(?=\s))\s*(.+)$/;
const RUNNING = /^(.+?)\s*(?:を実行している|がインストールされた|がインストールされている|を含む)\s*(.+)$/;
// "Internet Explorer 6 for Windows XP Service Pack 2": tried only once the whole name is not a spelling,
// so "Windows Server 2008 for Itanium-based Systems" stays one product.
const FOR_PLATFORM = /^(.+?)\s+for\s+(.+)$/i;
// "Windows Server 2003 NNTP コンポーネント": a Windows component named after its Windows.
const COMPONENT_OF = /^(.+?)\s+((?:NNTP|SMTP|ルーティング エンジン) コンポーネント)$/;

interface MappedName {
  products: string[];
  components: string[];
  unmapped: UnmappedReason[];
}

/** Each name a list names, looked up; a part not found is reported as the source spells it. */
function mapList(name: string, table: SpellingTable): { products: string[]; unmapped: UnmappedReason[] } {
  const whole = lookup(name, table);
  if (whole) return whole;
  const products: string[] = [];
  const unmapped: UnmappedReason[] = [];
  for (const part of splitListedNames(name)) {
    const found = lookup(part, table);
    if (!found) {
      unmapped.push({ kind: 'unknown', part });
      continue;
    }
    products.push(...found.products);
    unmapped.push(...found.unmapped);
  }
  return { products, unmapped };
}

/**
 * "A 上の B" and the like: A's products with B's as their components, when both sides map whole. When A
 * names no product ("すべてのマイクロソフト Windows のオペレーティング システム上の Windows Media Player 6.4"),
 * B's products are the row's.
 */
function mapInstalledOn(text: string, table: SpellingTable): MappedName | undefined {
  for (const [pattern, platform, component] of [[INSTALLED_ON, 1, 2], [RUNNING, 2, 1], [FOR_PLATFORM, 2, 1], [COMPONENT_OF, 1, 2]] as const) {
    const on = pattern.exec(text);
    if (!on) continue;
    const platforms = mapList(on[platform]!.replace(/^microsoft\s+/i, ''), table);
    const components = mapList(on[component]!, table);
    if (components.unmapped.length > 0 || components.products.length === 0) continue;
    if (platforms.unmapped.length === 0) return { products: platforms.products, components: components.products, unmapped: [] };
    if (platforms.products.length === 0 && platforms.unmapped.every((u) => u.kind === 'not-a-product')) {
      return { products: components.products, components: [], unmapped: [] };
    }
  }
  return undefined;
}

/**
 * The products one name means: the whole name's spelling if the file has it; else, for "A 上の B", the
 * products of A with B as their component; else each name the list names (each may be "A 上の B").
 */
export function mapName(name: string, table: SpellingTable): MappedName {
  const cleaned = cleanName(name);
  const whole = lookup(cleaned, table);
  if (whole) return { ...whole, components: [] };
  const on = mapInstalledOn(cleaned, table);
  if (on) return on;
  const result: MappedName = { products: [], components: [], unmapped: [] };
  for (const part of splitListedNames(cleaned)) {
    const found: MappedName | undefined = withComponents(lookup(part, table)) ?? mapInstalledOn(part, table);
    if (!found) {
      result.unmapped.push({ kind: 'unknown', part });
      continue;
    }
    result.products.push(...found.products);
    result.components.push(...found.components);
    result.unmapped.push(...found.unmapped);
  }
  // A name that is not a list is reported whole.
  if (result.products.length + result.components.length === 0 && result.unmapped.length > 1 && result.unmapped.every((u) => u.kind === 'unknown')) {
    return { products: [], components: [], unmapped: [{ kind: 'unknown', part: cleaned }] };
  }
  return result;
}

// How the fix statements name a service pack, beyond the rows' spellings: the Japanese "サービスパック 2", the
// number echoed in parentheses ("Service Pack 6 (SP6)", "(SP-3)"), "日本語版", "… 以降のバージョン", "IE 6",
// "SP1 for Exchange 2000", "BizTalk Server 2002 用の Service Pack 1", "Office XP のそのほかの更新プログラムとともに Office XP
// Service Pack 3" and "NET Framework version 1.1".
const FIX_NAME_REWRITES: readonly [RegExp, string][] = [
  [/サービス\s*パック\s*(\d+[a-z]?)/gi, 'Service Pack $1'],
  [/\s*日本語版\s*/g, ' '],
  [/\s*\((?:SP-?\s*\d+[a-z]?)\)/gi, ''],
  [/\s*以降のバージョン$/, ''],
  [/^既に\s*/, ''],
  [/^.*とともに\s*/, ''],
  [/^NET Framework version\s+/i, '.NET Framework '],
  [/^IE\s+/i, 'Internet Explorer '],
  [/^SP\s*(\d+[a-z]?)\s+for\s+(.+)$/i, '$2 Service Pack $1'],
  [/\s*用の\s*(?=Service Pack \d)/gi, ' '],
];

/** A fix statement's service pack ("Windows 2000 サービスパック 2") in the form the spellings give it ("Windows 2000 Service Pack 2"). */
export function servicePackName(name: string): string {
  return FIX_NAME_REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), name.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

const withComponents = (found: ReturnType<typeof lookup>): MappedName | undefined => (found ? { ...found, components: [] } : undefined);

function lookup(name: string, table: SpellingTable): { products: string[]; unmapped: UnmappedReason[] } | undefined {
  const key = name.toLowerCase();
  const products = table.products.get(key);
  if (products) return { products: [...products], unmapped: [] };
  const why = table.notProducts.get(key);
  if (why !== undefined) return { products: [], unmapped: [{ kind: 'not-a-product', part: name, why }] };
  return undefined;
}

/**
 * A source row in catalog terms: its products, its component's products, its KB number, and what is not
 * mapped. A part the spellings file says names no product (a heading before the list, a pointer to the FAQ,
 * "該当コンポーネントなし" in the component column) is left out of a row that names products.
 */
export function mapSourceRow(row: SourceRow, table: SpellingTable): MappedRow {
  const name = mapName(row.name, table);
  const component = row.component === undefined ? undefined : mapName(row.component, table);
  const kb = [...(row.component === undefined ? [] : kbNumbersIn(row.component)), ...kbNumbersIn(row.name)][0];
  const products = [...new Set(name.products)];
  const components = [...new Set([...name.components, ...(component ? [...component.products, ...component.components] : [])])];
  const unmapped = [...name.unmapped, ...(component?.unmapped ?? [])];
  const named = products.length + components.length > 0;
  return {
    products,
    components,
    ...(kb ? { kb } : {}),
    unmapped: named ? unmapped.filter((u) => u.kind !== 'not-a-product') : unmapped,
  };
}
