import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { corpusTree } from './tree.ts';
import { missingFromPage, pageContent, sourceBlocks, withoutTitleBlock } from './fidelity.ts';

const SOURCE = corpusTree(
  [
    'マイクロソフト セキュリティ情報 MS99-999 - 緊急',
    '===',
    '',
    'テストの脆弱性 (123456)',
    '---',
    '',
    '公開日: 1999年1月1日',
    '',
    '### 概要',
    '',
    '![](../../images/dl_arrow.jpg)[更新プログラム](https://example.com/update) を適用してください。',
    '',
    '| 製品 | 深刻度 |',
    '|---|---|',
    '| Windows 2000 | 緊急 |',
  ].join('\n'),
);

describe('the fidelity check', () => {
  it('reads the source\'s leaf blocks and its links that carry text, without the title block', () => {
    const blocks = sourceBlocks(withoutTitleBlock(SOURCE.hast));
    expect(blocks.texts).toEqual(['公開日:1999年1月1日', '概要', '更新プログラムを適用してください。', '製品', '深刻度', 'Windows2000', '緊急']);
    expect(blocks.links).toEqual(['https://example.com/update']);
  });

  it('finds every block on a page that shows them, whatever the whitespace and our marks and buttons', () => {
    const page = fromHtml(
      '<article><p>公開日: 1999年1月1日</p><div><h2 id="summary"><a href="#summary">概要</a></h2><copy-button><button>リンクをコピー</button></copy-button></div>' +
        '<p><span class="mark mark-download">ダウンロード</span><a href="https://example.com/update">更新プログラム</a> を適用してください。</p>' +
        '<table><tr><th>製品</th><th>深刻度</th></tr><tr><td>Windows 2000</td><td>緊急</td></tr></table></article>',
      { fragment: true },
    );
    const missing = missingFromPage(sourceBlocks(withoutTitleBlock(SOURCE.hast)), pageContent(page));
    expect(missing).toEqual({ texts: [], links: [] });
  });

  it('names what a page lacks: a block, a link', () => {
    const page = fromHtml('<article><p>公開日: 1999年1月1日</p><h2>概要</h2><p>更新プログラム を適用してください。</p></article>', { fragment: true });
    const missing = missingFromPage(sourceBlocks(withoutTitleBlock(SOURCE.hast)), pageContent(page));
    expect(missing.texts).toEqual(['製品', '深刻度', 'Windows2000', '緊急']);
    expect(missing.links).toEqual(['https://example.com/update']);
  });
});
