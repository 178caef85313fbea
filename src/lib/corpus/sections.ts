/**
 * The sections of a corpus bulletin, named once: which heading or label text stands for which section.
 * The fact reader (extract.ts) and the renderer (render.ts) both classify sections by this table, so a
 * heading the facts read as the workarounds is the heading the page anchors as the workarounds. Pure.
 */
import type { ContractAnchor } from '../urls.ts';

/** A heading's or label's text as the rules read it: NFKC, spaces collapsed, trailing colons dropped. */
export function normaliseHeading(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/[\s:：]+$/, '');
}

/** One kind of section: the contract anchor it gets, its tier, and the (normalised) texts that name it. */
export interface SectionRule {
  anchor: ContractAnchor;
  /** 1: tried over the whole page first; 2: only fills an anchor that no tier-1 heading took. */
  tier: 1 | 2;
  test: RegExp;
  /** Texts the test matches that do not name the section. */
  not?: RegExp;
}

/** A full stop or question mark (NFKC makes `？` `?`): a sentence, not a section's name. */
const SENTENCE = /[。?]/;

/**
 * The section kinds, in the order they are tried (every tier-1 rule before the tier-2 ones). The tests run
 * over normalised text (normaliseHeading).
 */
export const SECTION_RULES: readonly SectionRule[] = [
  // `ソフトウエア`, `コンポーネント`, `製品` and `プロダクト` in some bulletins (`**影響を受けるコンポーネント:**`,
  // 2005–2012); `影響を受けるソフトウェアのバージョン` and `…と脅威の深刻度` name the same section. A stray `**`
  // where the source's bold is malformed (MS02-070). Not a sentence: a bold FAQ question can start the same way
  // (`影響を受けるコンポーネントがインストールされています。どうすれば良いですか?`, MS00-025).
  { anchor: 'affected-software', tier: 1, test: /^(?:\*\*\s*)?影響を受ける(?:ソフトウ[ェエ]ア|コンポーネント|製品|プロダクト)/, not: SENTENCE },
  { anchor: 'non-affected-software', tier: 1, test: /^(?:\*\*\s*)?影響を受けない(?:ソフトウ[ェエ]ア|コンポーネント|製品|プロダクト)/, not: SENTENCE },
  // Exactly the name: every revision-history heading in the corpus is just `更新履歴` (`改訂履歴` in a few labels).
  { anchor: 'revisions', tier: 1, test: /^(?:更新履歴|改訂履歴)$/ },
  {
    anchor: 'update-information',
    tier: 1,
    test: /^(?:セキュリティ)?更新プログラムに関する情報$|^セキュリティ更新プログラムの(?:展開|情報)|^更新プログラム$/,
  },
  { anchor: 'vulnerability-details', tier: 1, test: /^(?:脆弱性の詳細|脆弱性の情報|技術的な詳細)$/ },
  { anchor: 'summary', tier: 1, test: /^(?:概要|要点|エグゼクティブ ?サマリー?)$/ },
  { anchor: 'severity', tier: 1, test: /^深刻度|脆弱性の深刻度/ },
  { anchor: 'mitigating-factors', tier: 1, test: /緩和策|緩和する要素/ },
  // Not what a workaround changes (`回避策の影響`) or how to undo it (`回避策の解除方法`); `解除` before
  // `回避策` is part of a vulnerability's name (`「LZCOMP 圧縮解除処理中の…」の回避策`, MS10-001).
  { anchor: 'workarounds', tier: 1, test: /回避策/, not: /回避策.*(?:解除|影響)/ },
  { anchor: 'faq', tier: 1, test: /よく寄せられる質問|(?:^|\s)FAQ(?:$|\s|\))/i },
  // `概説` is the 1999–2003 layouts' general part: the summary where a bulletin has no 概要 or 要点.
  { anchor: 'summary', tier: 2, test: /^概説$/ },
  { anchor: 'vulnerability-details', tier: 2, test: /^問題$/ },
];

/** The section a heading or label text names (any text: it is normalised here), or undefined. */
export function sectionOf(text: string): { anchor: ContractAnchor; tier: 1 | 2 } | undefined {
  const normal = normaliseHeading(text);
  const rule = SECTION_RULES.find((r) => r.test.test(normal) && !r.not?.test(normal));
  return rule && { anchor: rule.anchor, tier: rule.tier };
}

const names = (anchor: ContractAnchor) => (text: string) => sectionOf(text)?.anchor === anchor;

/** A label or heading that starts the affected-software section (`**影響を受けるソフトウェア:**`). */
export const isAffectedLabel = names('affected-software');
/** A label or heading that starts the not-affected-software section (`影響を受けないソフトウェア`). */
export const isNotAffectedLabel = names('non-affected-software');
/** A heading of a workarounds section (`「…」の回避策 - CVE-2008-4250:`). */
export const isWorkaroundsHeading = names('workarounds');
/** A heading of the summary section: `概要`, `要点`, `エグゼクティブ サマリー` or `概説`. */
export const isSummaryHeading = names('summary');
/** The revision history's heading or label (`更新履歴`, `改訂履歴`). */
export const isRevisionLabel = names('revisions');

/**
 * The labels that stand as a plain paragraph (not bold) in the later layouts (2007 on), under the one
 * heading 影響を受けるソフトウェアおよび影響を受けないソフトウェア: only these exact names, as a plain paragraph
 * is otherwise prose.
 */
export function isPlainLabel(text: string): boolean {
  return /^影響を受け(?:る|ない)ソフトウェア$/.test(normaliseHeading(text));
}

/** Short stable anchors for frequent headings that are not contract sections, by normalised text. */
export const KNOWN_SLUGS: Readonly<Record<string, string>> = {
  詳細: 'details',
  概説: 'general-information',
  要点: 'executive-summary',
  問題: 'issue',
  その他の情報: 'other-information',
  謝辞: 'acknowledgments',
  免責: 'disclaimer',
  免責条項: 'disclaimer',
  サポート: 'support',
  関連情報: 'related-information',
  サポート技術情報: 'knowledge-base-article',
  検出および展開ツールとガイダンス: 'detection-and-deployment-tools',
  検出および適用ツールとガイダンス: 'detection-and-deployment-tools',
  展開に関する情報: 'deployment-information',
  適用に関する情報: 'deployment-information',
  ファイル情報: 'file-information',
  更新プログラムに関する追加情報: 'additional-update-information',
  必要条件および追加の更新プログラムの詳細: 'prerequisites',
  '管理者インストール用の Office の機能': 'office-features-administrative',
  'Office の機能': 'office-features',
  管理者用のインストール情報: 'administrator-installation',
  '管理者用のインストール情報 (自動)': 'administrator-installation-automatic',
  'クライアント用のインストール情報 (自動)': 'client-installation-automatic',
  'クライアント用のインストール情報 (手動)': 'client-installation-manual',
  'クライアント用インストール情報 (手動)': 'client-installation-manual',
  'クライアント用のインストールに関する情報 (手動)': 'client-installation-manual',
  'クライアント用のインストールに関する情報 (自動)': 'client-installation-automatic',
};
