import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileSections,
  isAffectedLabel,
  isNotAffectedLabel,
  isPlainLabel,
  isRevisionLabel,
  isSummaryHeading,
  isWorkaroundsHeading,
  normaliseHeading,
  SECTIONS_FILE,
  sectionOf,
} from './sections.ts';

describe('normaliseHeading', () => {
  it('applies NFKC, collapses spaces and drops trailing colons', () => {
    expect(normaliseHeading('  影響を受けるソフトウェア  ：')).toBe('影響を受けるソフトウェア');
    expect(normaliseHeading('更新履歴 :')).toBe('更新履歴');
    expect(normaliseHeading('このセキュリティ更新プログラムに関するよく寄せられる質問 （ＦＡＱ）')).toBe('このセキュリティ更新プログラムに関するよく寄せられる質問 (FAQ)');
  });
});

describe('sectionOf', () => {
  // Real headings and labels from the corpus, with the bulletin they are from.
  it.each([
    ['概要', 'summary', 1], // MS00-001
    ['要点', 'summary', 1], // MS07-030
    ['概説', 'summary', 2], // MS12-039
    ['影響を受けるソフトウェアのバージョン', 'affected-software', 1], // MS00-001
    ['影響を受けるソフトウェアおよび影響を受けないソフトウェア', 'affected-software', 1], // MS07-030
    ['影響を受けるソフトウエア バージョン', 'affected-software', 1], // MS00-006
    ['影響を受けるコンポーネント', 'affected-software', 1], // MS06-071
    ['影響を受けるプロダクト', 'affected-software', 1], // MS99-053
    ['影響を受けないソフトウェア', 'non-affected-software', 1], // MS03-007
    ['影響を受けないコンポーネント:', 'non-affected-software', 1], // MS06-071
    ['影響を受けない製品', 'non-affected-software', 1], // MS01-033
    ['深刻度および脆弱性識別番号', 'severity', 1], // MS04-011
    ['このセキュリティ更新プログラムに関するよく寄せられる質問 (FAQ)', 'faq', 1], // MS05-014
    ['脆弱性の詳細', 'vulnerability-details', 1], // MS04-015
    ['技術的な詳細', 'vulnerability-details', 1], // MS03-048
    ['問題', 'vulnerability-details', 2], // MS00-001
    ['問題を緩和する要素', 'mitigating-factors', 1], // MS01-001
    ['「ATL COM の初期化の脆弱性」の回避策 - CVE-2009-2493', 'workarounds', 1], // MS09-035
    ['回避策', 'workarounds', 1], // MS02-008
    ['セキュリティ更新プログラムに関する情報', 'update-information', 1], // MS03-041
    ['更新プログラム', 'update-information', 1], // MS00-001
    ['更新履歴', 'revisions', 1], // MS00-011
  ] as const)('%s → %s (tier %i)', (text, anchor, tier) => {
    expect(sectionOf(text)).toEqual({ anchor, tier });
  });

  it('names no section for other headings', () => {
    expect(sectionOf('その他の情報')).toBeUndefined();
    expect(sectionOf('詳細')).toBeUndefined();
  });
});

// Where the fact reader's and the renderer's rules used to differ, the one rule now decides.
describe('the cases the two former rule sets read differently', () => {
  it('reads 概説 as the summary, a tier-2 one (the renderer anchors it only where no 概要 or 要点 took the anchor)', () => {
    expect(isSummaryHeading('概説')).toBe(true);
    expect(isSummaryHeading('概説 :')).toBe(true);
    expect(sectionOf('概説')?.tier).toBe(2);
    expect(isSummaryHeading('エグゼクティブ サマリー')).toBe(true);
  });

  it('reads the other spellings of the affected-software label for both (ソフトウエア, コンポーネント, 製品, プロダクト)', () => {
    expect(isAffectedLabel('影響を受けるソフトウエアのバージョン')).toBe(true); // MS99-058
    expect(isAffectedLabel('** 影響を受けるソフトウェア')).toBe(true); // MS02-070's malformed bold
    expect(isNotAffectedLabel('影響を受けないコンポーネント')).toBe(true);
    expect(isAffectedLabel('影響を受けないソフトウェア')).toBe(false);
  });

  it('does not read a bold question that starts like the label as the section (MS00-025)', () => {
    expect(isAffectedLabel('影響を受けるコンポーネントがインストールされています。どうすれば良いですか?')).toBe(false);
    expect(isAffectedLabel('影響を受ける製品の一覧に Windows Server 2003 が含まれていないのはなぜですか？')).toBe(false);
  });

  it('reads a workarounds heading whose vulnerability name says 解除 (MS10-001), not what a workaround changes or how to undo it', () => {
    expect(isWorkaroundsHeading('「LZCOMP 圧縮解除処理中の Microtype Express Compressed フォントに関する整数処理問題の脆弱性」の回避策 - CVE-2010-0018')).toBe(true);
    expect(isWorkaroundsHeading('回避策の解除方法:')).toBe(false);
    expect(isWorkaroundsHeading('回避策の影響')).toBe(false);
  });

  it('reads the revision history by its exact name, either spelling', () => {
    expect(isRevisionLabel('更新履歴 :')).toBe(true);
    expect(isRevisionLabel('改訂履歴')).toBe(true);
    expect(isRevisionLabel('更新履歴を参照してください')).toBe(false);
  });
});

describe('isPlainLabel', () => {
  it('takes only the exact software labels as a plain paragraph', () => {
    expect(isPlainLabel('影響を受けないソフトウェア')).toBe(true);
    expect(isPlainLabel('影響を受けるコンポーネント')).toBe(false);
  });
});

describe('the vocabulary is data (content/corpus/sections.yaml), checked when it loads', () => {
  const real = readFileSync(SECTIONS_FILE, 'utf8');

  it('compiles the real file: every rule, the plain labels and the short anchors', () => {
    const { rules, plainLabels, slugs } = compileSections(real);
    expect(rules.map((r) => r.anchor)).toContain('workarounds');
    expect(rules.at(-1)).toMatchObject({ anchor: 'vulnerability-details', tier: 2 });
    expect(plainLabels.has('影響を受けないソフトウェア')).toBe(true);
    expect(slugs['謝辞']).toBe('acknowledgments');
  });

  it('a pattern that does not compile fails with the file, the field and the fix', () => {
    expect(() => compileSections(real.replace("match: '^(?:更新履歴|改訂履歴)$'", () => "match: '^(?:更新履歴|改訂履歴$'"))).toThrow(
      /content\/corpus\/sections\.yaml → sections\[2\]\.match: This is not a valid regular expression/,
    );
  });

  it('an anchor the contract does not have fails, naming the anchors it has', () => {
    expect(() => compileSections(real.replace('anchor: revisions', 'anchor: revision-history'))).toThrow(
      /sections\[2\]\.anchor: "revision-history" is not a section anchor of the contract\. Use one of: .*revisions/,
    );
  });

  it('a caseless rule matches either case', () => {
    expect(sectionOf('faq')?.anchor).toBe('faq');
  });
});
