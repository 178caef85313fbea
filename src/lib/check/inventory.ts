/**
 * Reads what a machine has from the text a user pastes: the output of `systeminfo`, of `wmic qfe list`
 * (or `wmic qfe get HotFixID`), or of PowerShell's `Get-HotFix`, from English, Japanese, French or German
 * Windows. It gives the operating system and the host name where the output names them (systeminfo only),
 * the installed updates' KB numbers, and how many updates systeminfo says there are (some it writes
 * `File 1`, without a number). Pure: the check page runs it in the browser, and nothing leaves the page.
 */

/** What systeminfo says of the operating system, as it says it. */
export interface OsInfo {
  /** `Microsoft Windows XP Professional`. */
  name: string;
  /** `5.1.2600 Service Pack 2 Build 2600`, where given. */
  version?: string;
  /** `X86-based PC`, `x64-based PC`, `Itanium (TM) -based System`, where given. */
  systemType?: string;
}

/** A paste, read. */
export type Inventory =
  | {
      kind: 'systeminfo' | 'wmic' | 'get-hotfix';
      /** The operating system, where the output names it. */
      os?: OsInfo;
      /** The machine's name, where the output gives it (systeminfo's Host Name). */
      host?: string;
      /** How many updates the output says are installed (systeminfo's `262 Hotfix(s) Installed.`), where it says. */
      declared?: number;
      /** The installed updates' KB numbers, digits only, in the output's order, each once (`Q147222` → `147222`). */
      kbs: string[];
    }
  | {
      kind: 'unknown';
      kbs: [];
    };

// One hotfix id: `KB958644`, `KB958644-IE7`, `Q147222`, or the bare number some lists give.
const HOTFIX_ID = /^(?:KB|Q)?(\d{5,7})(?:[-_.][A-Za-z0-9-]+)?$/i;

/** The KB number a hotfix id names, digits only; undefined for `File 1` and the like. */
export function hotfixNumber(id: string): string | undefined {
  return HOTFIX_ID.exec(id.trim())?.[1];
}

const unique = (numbers: (string | undefined)[]) => [...new Set(numbers.filter((n): n is string => n !== undefined))];

// systeminfo's labels in English, Japanese, French and German Windows; the value starts after the colon and
// the padding. The `[01]: KB958644` lines under the hotfix label are the same in every language.
const LABELS = {
  host: /^(?:Host Name|ホスト名|Nom de l[’']hôte|Hostname)\s*:\s*(.+)$/,
  osName: /^(?:OS Name|OS 名|Nom du système d[’']exploitation|Betriebssystemname)\s*:\s*(.+)$/,
  osVersion: /^(?:OS Version|OS バージョン|Version du système|Betriebssystemversion)\s*:\s*(.+)$/,
  systemType: /^(?:System Type|システムの種類|Type du système|Systemtyp)\s*:\s*(.+)$/,
  hotfixes: /^(?:Hotfix\(s\)|ホットフィックス|Correctif\(s\)|Hotfix\(es\))\s*:\s*(.*)$/,
} as const;
// The lines under Hotfix(s): `[01]: KB958644` (numbered), indented.
const NUMBERED = /^\s*\[\d+\]\s*:\s*(\S+)/;

function readSysteminfo(lines: string[]): Inventory | undefined {
  const value = (pattern: RegExp) => lines.map((line) => pattern.exec(line.trim())?.[1]?.trim()).find((v) => v !== undefined && v !== '');
  const name = value(LABELS.osName);
  const start = lines.findIndex((line) => LABELS.hotfixes.test(line.trim()));
  if (name === undefined && start < 0) return undefined;
  const kbs: (string | undefined)[] = [];
  if (start >= 0) {
    for (const line of lines.slice(start + 1)) {
      const entry = NUMBERED.exec(line);
      if (!entry) break;
      kbs.push(hotfixNumber(entry[1]!));
    }
  }
  const version = value(LABELS.osVersion);
  const systemType = value(LABELS.systemType);
  const host = value(LABELS.host);
  // "262 Hotfix(s) Installed.", "12 ホットフィックスがインストールされています。": the count leads the value.
  const declared = start >= 0 ? /^(\d+)\s/.exec(LABELS.hotfixes.exec(lines[start]!.trim())?.[1] ?? '')?.[1] : undefined;
  return {
    kind: 'systeminfo',
    ...(name === undefined ? {} : { os: { name, ...(version ? { version } : {}), ...(systemType ? { systemType } : {}) } }),
    ...(host ? { host } : {}),
    ...(declared !== undefined ? { declared: Number(declared) } : {}),
    kbs: unique(kbs),
  };
}

/**
 * A table with a HotFixID column (WMI's property names are the same on every language of Windows): the
 * column's values. Get-HotFix underlines its header with dashes; wmic does not.
 */
function readHotfixTable(lines: string[]): Inventory | undefined {
  const headerAt = lines.findIndex((line) => /(^|\s)HotFixID(\s|$)/i.test(line));
  if (headerAt < 0) return undefined;
  const header = lines[headerAt]!;
  const underlined = /^[\s-]+$/.test(lines[headerAt + 1] ?? '') && (lines[headerAt + 1] ?? '').includes('-');
  const column = header.search(/HotFixID/i);
  const kbs: (string | undefined)[] = [];
  for (const line of lines.slice(headerAt + (underlined ? 2 : 1))) {
    if (line.trim() === '') continue;
    // The id starts at the column's position in both tools' fixed-width tables; wmic's Caption URL
    // (`…?kbid=958644`) sits in another column and is not read.
    const rest = line.slice(column).trimStart();
    const id = rest.split(/\s+/)[0] ?? '';
    kbs.push(hotfixNumber(id));
  }
  return { kind: underlined ? 'get-hotfix' : 'wmic', kbs: unique(kbs) };
}

/** Reads a paste; a text that is none of the three outputs is `unknown` (the page says what it needs). */
export function readInventory(text: string): Inventory {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return readSysteminfo(lines) ?? readHotfixTable(lines) ?? { kind: 'unknown', kbs: [] };
}
