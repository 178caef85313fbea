import { describe, expect, it } from 'vitest';
import { joinProse } from './join-prose.ts';

const ms04015 = { id: 'ms04-015', file: 'content/bulletins/ms04-015/bulletin.yaml' };
const ms99001 = { id: 'ms99-001', file: 'test/fixtures/content/bulletins/ms99-001/bulletin.yaml' };
const prose = (folder: string, bulletin: string, lang: 'ja' | 'en') => ({ file: `${folder}/${bulletin}/${lang}.mdx`, bulletin, lang });

describe('joinProse', () => {
  it('gives each bulletin its prose by language, wherever its folder is', () => {
    const files = [
      prose('content/bulletins', 'ms04-015', 'en'),
      prose('test/fixtures/content/bulletins', 'ms99-001', 'ja'),
      prose('content/bulletins', 'ms04-015', 'ja'),
      prose('test/fixtures/content/bulletins', 'ms99-001', 'en'),
    ];
    const { prose: joined, problems } = joinProse([ms04015, ms99001], files);
    expect(problems).toEqual([]);
    expect(joined.get('ms04-015')).toEqual({ ja: files[2], en: files[0] });
    expect(joined.get('ms99-001')).toEqual({ ja: files[1], en: files[3] });
  });

  it('a bulletin without one of its languages is a problem, at the file to create', () => {
    const { prose: joined, problems } = joinProse([ms99001], [prose('test/fixtures/content/bulletins', 'ms99-001', 'ja')]);
    expect(joined.size).toBe(0);
    expect(problems).toEqual([
      {
        file: 'test/fixtures/content/bulletins/ms99-001/en.mdx',
        field: '',
        message: 'The en prose is missing. Create it: every bulletin has ja.mdx and en.mdx.',
      },
    ]);
  });

  it('prose that refers to no bulletin is a problem, not silently left out', () => {
    const orphan = prose('content/bulletins', 'ms04-016', 'ja');
    const { problems } = joinProse([ms04015], [prose('content/bulletins', 'ms04-015', 'ja'), prose('content/bulletins', 'ms04-015', 'en'), orphan]);
    expect(problems).toEqual([
      {
        file: 'content/bulletins/ms04-016/ja.mdx',
        field: '',
        message: `There is no bulletin "ms04-016" for this prose. Add its bulletin.yaml beside it, or move the file into its bulletin's folder.`,
      },
    ]);
  });
});
