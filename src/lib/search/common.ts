/**
 * Words nearly every bulletin has (counted in the Japanese sources: the share of the 1,504 bulletins
 * whose text has the word; common.test.ts checks them against the sources). Asking Pagefind for one
 * costs its largest index chunks and ranks every page alike, so a query asks Pagefind for its other
 * words, and for the rarest of these only when it has nothing else. The ranking still matches them.
 * Terms are folded and stemmed as the query plan has them (windows → window).
 */
export const COMMON_WORDS: ReadonlyMap<string, number> = new Map([
  ['脆弱性', 1],
  ['更新プログラム', 1],
  ['情報', 1],
  ['セキュリティ', 1],
  ['マイクロソフト', 1],
  ['microsoft', 1],
  ['影響', 0.99],
  ['ソフトウェア', 0.99],
  ['実行', 0.96],
  ['確認', 0.96],
  ['必要', 0.96],
  ['インストール', 0.95],
  ['window', 0.95],
  ['修正', 0.93],
  ['攻撃者', 0.92],
  ['server', 0.91],
  ['ファイル', 0.89],
  ['悪用', 0.88],
  ['深刻度', 0.88],
  ['コード', 0.85],
  ['サービス', 0.83],
  ['製品', 0.82],
  ['リモート', 0.78],
]);
