/** Shared by the search's unit tests: a small synonym table, the common words, and an English bulletin page as Pagefind's fragment. */
import { readContentFile } from '../../src/lib/content/load.ts';
import { COMMON_WORDS_FILE, parseCommonWords } from '../../src/lib/search/common.ts';
import type { FragmentLike } from '../../src/lib/search/fragment.ts';
import { ROOT_DIR } from './paths.ts';
import type { Concept, SynonymEntry } from '../../src/lib/search/plan.ts';

/** The ways a concept may be written, as terms. */
export const terms = (c: Concept) => c.alternatives.map((a) => a.term);

export const SYNONYMS: SynonymEntry[] = [
  { caller: ['reboot', 'restart'], bulletin: ['restart'] },
  { caller: ['uninstall', 'roll back', 'remove'], bulletin: ['removal', 'Spuninst'] },
  { caller: ['silent install', 'silent'], bulletin: ['/quiet', 'quiet mode'] },
  { caller: ['アンインストール', '削除'], bulletin: ['削除'] },
];

/** The site's common words (content/search/common-words.yaml), as the search page gets them. */
export const COMMON_WORDS = parseCommonWords(readContentFile(ROOT_DIR, COMMON_WORDS_FILE));

/** A page as Pagefind's fragment has it: words joined by spaces, anchors at word positions. */
export function fragment(parts: Array<{ element?: string; id?: string; title?: string; heading?: string; text: string }>, meta = { title: 'Vulnerability in Help and Support Center (840374)', bulletin: 'MS04-015' }): FragmentLike {
  const words: string[] = [];
  const anchors: FragmentLike['anchors'][number][] = [];
  for (const part of parts) {
    if (part.id) anchors.push({ element: part.element ?? 'h2', id: part.id, location: words.length, ...(part.heading ? { text: part.heading } : {}), ...(part.title ? { title: part.title } : {}) });
    const text = part.heading ? `${part.heading}. ${part.text}` : part.text;
    words.push(...text.split(/\s+/).filter(Boolean));
  }
  return { url: '/en/bulletins/ms04-015/', content: words.join(' '), meta, anchors };
}

/** MS04-015 in English, cut down to the sections the tests need. */
export const page = fragment([
  { text: 'MS04-015 Microsoft Security Bulletin MS04-015. Knowledge Base KB840374. CVE CVE-2004-0199 (CAN-2004-0199).' },
  { id: 'summary', heading: 'Summary', text: 'Customers should install this update at the earliest opportunity.' },
  { id: 'caveats', element: 'h3', heading: 'Caveats', text: 'Known issues:' },
  { id: 'caveat-kb842253', element: 'li', text: 'After you uninstall the update, Add or Remove Programs may stop working.' },
  { id: 'vulnerability-can-2004-0199', heading: 'Help and Support Center Vulnerability', text: 'A remote code execution vulnerability exists.' },
  { id: 'update-windows-xp', heading: 'Windows XP (all versions)', text: '' },
  { id: 'xp-restart', element: 'h3', heading: 'Restart Requirement', text: 'This update may not require a restart.' },
  { id: 'xp-removal', element: 'h3', heading: 'Removal Information', text: 'Use Spuninst.exe to remove this update.' },
  { id: 'xp-file-information', element: 'h3', heading: 'File Information', text: 'The files are listed below.' },
  { id: 'files-xp', element: 'div', title: 'Windows XP Home Edition', text: 'Windows XP Home Edition. Date Time Version helpctr.exe 5.1.2600.1515' },
  { id: 'files-xp64', element: 'div', title: 'Windows XP 64-Bit Edition', text: 'Windows XP 64-Bit Edition. Date Time Version helpctr.exe 5.1.2600.1515' },
  { id: 'update-windows-server-2003', heading: 'Windows Server 2003 (all versions)', text: '' },
  { id: 'ws2003-restart', element: 'h3', heading: 'Restart Requirement', text: 'In some cases, this update does not require a restart.' },
]);
