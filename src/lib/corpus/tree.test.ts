import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { corpusTree, openCellBlocks } from './tree.ts';

const html = (markdown: string) => toHtml(corpusTree(markdown).hast);

describe('corpusTree', () => {
  it('splits off the front matter', () => {
    const tree = corpusTree("---\nTOCTitle: 'MS99-030'\n---\n\n本文\n");
    expect(tree.frontMatter).toBe("TOCTitle: 'MS99-030'");
    expect(html("---\nTOCTitle: 'MS99-030'\n---\n\n本文\n")).toBe('<p>本文</p>');
  });

  it('reads an indented front-matter fence as the fence it is meant to be', () => {
    const tree = corpusTree("    ---\nTOCTitle: 'MS10-041'\nms:mtpsurl: 'https://technet.microsoft.com/ja-JP/library/ms10-041(v=Security.10)'\n---\n\n本文\n");
    expect(tree.frontMatter).toContain("TOCTitle: 'MS10-041'");
    expect(toHtml(tree.hast)).toBe('<p>本文</p>');
  });

  it('reads the Markdown in a raw-HTML cell whose tag stands on a line of its own', () => {
    const out = html('<table>\n<tr>\n<td style="border:1px solid black;">\n**オペレーティング システム**\n\n</td>\n<td>\n[Windows 7](https://example.com/w7)  \n(3023266)\n\n</td>\n</tr>\n</table>\n');
    expect(out).toContain('<td style="border:1px solid black;"><strong>オペレーティング システム</strong></td>');
    expect(out).toContain('<a href="https://example.com/w7">Windows 7</a><br>');
    expect(out).not.toContain('**');
    expect(out).not.toContain('](');
  });

  it('opens the cells of a file with CRLF line ends too (2017 bulletins), so no `**` is left in them', () => {
    const out = html('<table>\r\n<tr>\r\n<td style="border:1px solid black;">\r\n**Windows 7**\r\n\r\n</td>\r\n<td>\r\nWindows 7 for 32-bit Systems Service Pack 1\\*\r\n\r\n</td>\r\n</tr>\r\n</table>\r\n');
    expect(out).toContain('<strong>Windows 7</strong>');
    expect(out).toContain('Windows 7 for 32-bit Systems Service Pack 1*');
    expect(out).not.toContain('**');
    expect(out).not.toContain('\\*');
  });

  it('reads Markdown that other raw-HTML blocks leave as text: links, escaped brackets, pipe tables', () => {
    const out = html('<div>\n\\[コントロール パネル\\] の [897341](https://support.microsoft.com/kb/897341)\n</div>\n');
    expect(out).toContain('<a href="https://support.microsoft.com/kb/897341">897341</a>');
    expect(out).toContain('[コントロール パネル]');
    const table = html('<div>\n\n| a | b |\n|---|---|\n| [MS06-001](https://technet.microsoft.com/security/bulletin/ms06-001) | 対象外 |\n\n</div>\n');
    expect(table).toContain('<table>');
    expect(table).toContain('<a href="https://technet.microsoft.com/security/bulletin/ms06-001">MS06-001</a>');
  });

  it('leaves code alone', () => {
    expect(html('<pre>\n**not bold** [x](y)\n</pre>\n')).toContain('**not bold** [x](y)');
  });

  it('counts the lines it inserts, so problems can name the source line', () => {
    const opened = openCellBlocks('<td>\ntext\n</td>\n<td>\n\nalready apart\n</td>');
    expect(opened.insertedAfter).toEqual([1]);
    expect(opened.markdown.split('\n')[1]).toBe('');
  });
});
