/**
 * What the importer reads from each corpus bulletin (content/sources/microsoft/ja-jp/{year}/msYY-NNN.md)
 * and what the renderer gives back. Facts are exactly as the source gives them; a fact the source does
 * not give, or that cannot be read reliably, is left out (and listed by the importer's problems).
 */
import type { Severity } from '../../schemas/bulletin.ts';

/** One vulnerability the bulletin fixes. */
export interface CorpusVulnerability {
  /** The id exactly as the source writes it: `CVE-2008-4250` or the old candidate form `CAN-2003-0352`. */
  id: string;
  /** The same id in CVE form (`CAN-2003-0352` → `CVE-2003-0352`). */
  cve: string;
  /** Its title in Japanese, where the source gives one. */
  title?: string;
}

/** An update the bulletin's update replaces, as the source names it. */
export interface CorpusReplacement {
  /** The replaced bulletin's id, upper case (`MS08-067`), where the source names one. */
  bulletin?: string;
  /** The replaced update's KB number, digits only (`958644`), where the source gives one. */
  kb?: string;
}

/** One row of the source's affected or not-affected software. */
export interface CorpusSoftware {
  /** The software as the source names it (plain text, whitespace collapsed). */
  name: string;
  /** The component column's value, where the source's table has one and the row names a component (Internet Explorer 6). */
  component?: string;
  /** Download links the row gives, in order (absolute URLs). */
  downloads: string[];
}

/**
 * A service pack the source says includes the fix: "この問題に対する修正は Windows 2000 Service Pack 3
 * 以降に含まれています", "…は Windows XP Service Pack 2 に含まれる予定です", "この問題は … で修正されています".
 */
export interface CorpusServicePackFix {
  /** The service pack as the source names it, or the service packs it lists: `Windows 2000 Service Pack 3`. */
  name: string;
  /** The source says "以降": this service pack and the later ones include the fix. */
  andLater: boolean;
  /** The source says the service pack will include it (含まれる予定です), as it had not been released then. */
  planned: boolean;
}

/** One entry of the source's revision history (更新履歴). */
export interface CorpusRevision {
  /** The entry's date, YYYY-MM-DD. */
  date: string;
  /** The bulletin's version the entry names (`V1.1` → `1.1`), where it names one. */
  version?: string;
  /** The entry's text as the source gives it (with its version and date). */
  text: string;
}

/** What the bulletin says of restarting after its update, where all it says agrees. */
export interface CorpusRestart {
  /** `required`, `may-be-required` (a restart may be needed) or `not-required`. */
  kind: 'required' | 'may-be-required' | 'not-required';
  /** Its statements (`再起動の必要性`) as the source writes them, in order, each once. */
  statements: string[];
}

/** A workaround the bulletin gives, as its list names it. */
export interface CorpusWorkaround {
  /** Its title, as the source writes it in bold. */
  title: string;
  /** The vulnerabilities (CVE form) it is for; all of the bulletin's when left out. */
  cves?: string[];
}

/** Everything the importer reads from one bulletin. */
export interface CorpusFacts {
  /** Upper-case id: `MS09-062`. */
  id: string;
  /** Lower-case id, the URL segment: `ms09-062`. */
  slug: string;
  /** Year of publication by the id (`MS09-062` → 2009). */
  year: number;
  /** The source file, relative to the project root. */
  file: string;
  /** The Japanese title, without the trailing KB number in parentheses. */
  title: string;
  /** The maximum severity rating, where the source gives one. */
  severity?: Severity;
  /** The main KB number, digits only, where the source gives one. */
  kb?: string;
  /** Published date, YYYY-MM-DD. */
  published?: string;
  /** Last-updated date, YYYY-MM-DD. */
  updated?: string;
  /** The bulletin's version (`1.0`), where given. */
  version?: string;
  /** The summary's first paragraph as plain Japanese text, where there is one. */
  summary?: string;
  vulnerabilities: CorpusVulnerability[];
  replaces: CorpusReplacement[];
  affected: CorpusSoftware[];
  notAffected: CorpusSoftware[];
  /**
   * The revision history (更新履歴), oldest first, where every entry's date can be read and the dates run
   * in one direction (a list written newest first is turned round); left out otherwise.
   */
  revisions?: CorpusRevision[];
  /** The restart requirement, where every `再起動の必要性` statement of the bulletin says the same. */
  restart?: CorpusRestart;
  /** The workarounds, where the source lists them under a workarounds heading with bold titles (2005 on). */
  workarounds?: CorpusWorkaround[];
  /** The service packs the source says include the fix, in the source's order, each once. */
  fixedIn: CorpusServicePackFix[];
  /** Other bulletins (upper-case ids) and KB numbers (digits) the text cites, excluding its own. */
  cites: { bulletins: string[]; kbs: string[] };
}

/** One heading of a rendered bulletin, for the contents. */
export interface CorpusHeading {
  /** 2 to 6 (the page's own h1 is the title). */
  depth: number;
  /** Its stable ASCII anchor. */
  id: string;
  /** Its text. */
  text: string;
}

/** A bulletin's body as sanitised HTML, ready for the page. */
export interface RenderedCorpusBody {
  html: string;
  headings: CorpusHeading[];
}
