/**
 * Facts extracted from the Japanese source Markdown of a bulletin.
 * Pure (string in, data out) so it can be unit tested against the real source
 * and reused by every page test as the single reference.
 */

/** One GFM table whose header starts with 日付 (a file-information table). */
export interface FileTable {
  /** The nearest non-empty line above the table: the platforms it applies to. */
  caption: string;
  header: string[];
  /** One array of cells per file; empty cells are ''. */
  rows: string[][];
}

export interface SourceFacts {
  /** File versions: four dot-separated numbers. */
  versions: string[];
  /** File sizes exactly as written in the file tables, e.g. `782,848`. */
  sizes: string[];
  /** Every date, normalised to ISO `YYYY-MM-DD`. */
  dates: string[];
  /** File times from the file tables, e.g. `15:04:40`. */
  times: string[];
  /** File names from the file tables. */
  fileNames: string[];
  /** Switches of the update package (`/help` … `/f`). */
  setupSwitches: string[];
  /** Switches of Spuninst.exe (`/?`, `/u`, `/f`, `/z`, `/q`). */
  spuninstSwitches: string[];
  /** Union of both switch lists. */
  switches: string[];
  /** Knowledge Base article numbers. */
  kbNumbers: string[];
  /** Registry keys (starting with `HKEY_`). */
  registryKeys: string[];
  /** The bold `Windows…-jpn /…` command lines. */
  commandLines: string[];
  /** Absolute URLs from link targets and autolinks (relative image paths are ignored). */
  urls: string[];
}

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Removes Markdown backslash escapes (`\_` → `_`, `\\` → `\`, `\[` → `[`), left to right. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/gs, (escaped: string, char: string) =>
    ASCII_PUNCTUATION.includes(char) ? char : escaped,
  );
}

/** The document without its YAML front matter (metadata, not content), with LF line ends. */
function body(markdown: string): string {
  return markdown.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Every match of `pattern` (global) as `{ index, value }`, value = capture group `group`. */
function matches(text: string, pattern: RegExp, group = 1): { index: number; value: string }[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const value = m[group];
    return value === undefined ? [] : [{ index: m.index, value }];
  });
}

/** Values of several patterns, unique, in order of first appearance in the text. */
function inTextOrder(found: { index: number; value: string }[]): string[] {
  return unique([...found].sort((a, b) => a.index - b.index).map((f) => f.value));
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => unescapeMarkdown(cell.trim()));
}

/** The file tables: every GFM table whose first header cell is 日付. */
export function parseFileTables(markdown: string): FileTable[] {
  const lines = body(markdown).split('\n');
  const tables: FileTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').trimStart().startsWith('|')) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < lines.length && (lines[i] ?? '').trimStart().startsWith('|')) i += 1;
    const block = lines.slice(start, i);
    const [headerLine, delimiterLine, ...rowLines] = block;
    const isTable = headerLine !== undefined && delimiterLine !== undefined && /^[\s|:-]+$/.test(delimiterLine);
    if (!isTable) continue;
    const header = splitRow(headerLine);
    if (header[0] !== '日付') continue;
    let above = start - 1;
    while (above >= 0 && (lines[above] ?? '').trim() === '') above -= 1;
    tables.push({
      caption: above >= 0 ? unescapeMarkdown((lines[above] ?? '').trim()) : '',
      header,
      rows: rowLines.map(splitRow),
    });
  }
  return tables;
}

/** Values of the column named `name` (a Japanese header) across all file tables, non-empty. */
function column(tables: FileTable[], name: string): string[] {
  return tables.flatMap((table) => {
    const index = table.header.indexOf(name);
    if (index < 0) return [];
    return table.rows.map((row) => row[index] ?? '').filter((cell) => cell !== '');
  });
}

const pad2 = (n: string): string => n.padStart(2, '0');

/**
 * Setup switches are bold at the start of a line, like `**` `/help:` `**`. They come in blocks;
 * a block belongs to Spuninst.exe when the prose line introducing it mentions Spuninst.
 */
function switchLists(lines: string[]): { setup: string[]; spuninst: string[] } {
  const setup: string[] = [];
  const spuninst: string[] = [];
  let introduction = '';
  for (const line of lines) {
    const found = /^\s*\*\*(\/[^\s*]+?):\*\*/.exec(line)?.[1];
    if (found !== undefined) {
      (introduction.includes('Spuninst') ? spuninst : setup).push(found);
    } else if (line.trim() !== '' && !/^\s*\*\*[^*]+\*\*\s*$/.test(line)) {
      // Bold-only lines are group headings inside a block (**セットアップモード**), not an introduction.
      introduction = line;
    }
  }
  return { setup: unique(setup), spuninst: unique(spuninst) };
}

/** Registry keys: a whole line when it starts with HKEY_ (keys contain spaces), else inline up to whitespace. */
function registryKeys(lines: string[]): string[] {
  return unique(
    lines.flatMap((line) => {
      const trimmed = line.trim();
      if (trimmed.startsWith('HKEY_')) return [trimmed];
      return [...trimmed.matchAll(/HKEY_[A-Z_]+(?:\\[^\s\\*]+)*/g)].map((m) => m[0]);
    }),
  );
}

export function extractSourceFacts(markdown: string): SourceFacts {
  const raw = body(markdown);
  const text = unescapeMarkdown(raw);
  const lines = text.split('\n');
  const tables = parseFileTables(markdown);

  const dates = inTextOrder([
    // File tables and revision history: 2004/04/15.
    ...[...text.matchAll(/(?<!\d)(\d{4})\/(\d{2})\/(\d{2})(?!\d)/g)].map((m) => ({
      index: m.index,
      value: `${m[1]}-${m[2]}-${m[3]}`,
    })),
    // Header: 2004年5月12日.
    ...[...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) => ({
      index: m.index,
      value: `${m[1]}-${pad2(m[2] ?? '')}-${pad2(m[3] ?? '')}`,
    })),
  ]);

  const { setup, spuninst } = switchLists(lines);

  const kbNumbers = inTextOrder([
    ...matches(text, /support\.microsoft\.com\/kb\/(\d{6})(?!\d)/g),
    ...matches(text, /(?:KB|サポート技術情報)\s*(\d{6})(?!\d)/g),
    // The bulletin's own article, also written as plain "(840374)" in the title.
    ...matches(text, /(?<!\d)(840374)(?!\d)/g),
  ]);

  const commandLines = unique(
    lines.flatMap((line) => {
      const command = /^\s*\*\*(Windows\S*-jpn(?: \/\S+)+)\*\*\s*$/.exec(line)?.[1];
      return command === undefined ? [] : [command];
    }),
  );

  // Link targets `](https://…)` and autolinks `<https://…>`; relative paths never match.
  const urls = inTextOrder([
    ...matches(raw, /\]\(\s*<?(https?:\/\/[^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g),
    ...matches(raw, /<(https?:\/\/[^\s>]+)>/g),
  ]).map(unescapeMarkdown);

  return {
    versions: unique(
      [...text.matchAll(/(?<![\d.])\d+\.\d+\.\d+\.\d+(?!\.?\d)/g)].map((m) => m[0]),
    ),
    sizes: unique(column(tables, 'サイズ')),
    dates,
    times: unique(column(tables, '時間')),
    fileNames: unique(column(tables, 'ファイル名')),
    setupSwitches: setup,
    spuninstSwitches: spuninst,
    switches: unique([...setup, ...spuninst]),
    kbNumbers,
    registryKeys: registryKeys(lines),
    commandLines,
    urls: unique(urls),
  };
}
