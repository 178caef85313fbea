import { describe, expect, it } from 'vitest';
import { findTerm, findTerms, fold, foldText } from './text.ts';

describe('fold', () => {
  it('folds full-width, half-width and case the way callers type', () => {
    expect(foldText('ＫＢ８４０３７４')).toBe('kb840374');
    expect(foldText('HelpCtr.EXE')).toBe('helpctr.exe');
    expect(foldText('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(foldText('ﾍﾙﾌﾟ ｱﾝｲﾝｽﾄｰﾙ ｶﾞ')).toBe('ヘルプアンインストールガ');
    const [range] = findTerms(fold('xﾍﾙﾌﾟy'), ['ヘルプ']);
    expect(range).toEqual([1, 5]);
  });

  it('drops the space between two Japanese characters and keeps one elsewhere', () => {
    expect(foldText('「ヘルプとサポート センター」')).toBe('「ヘルプとサポートセンター」');
    expect(foldText('Windows   XP\u3000の  再起動')).toBe('windows xp の再起動');
    expect(foldText('  padded  ')).toBe('padded');
  });

  it('maps each folded character back to the original text', () => {
    const source = 'ヘルプとサポート センター (ＨＳＣ)';
    const folded = fold(source);
    const [range] = findTerms(folded, ['ヘルプとサポートセンター']);
    expect(source.slice(...range!)).toBe('ヘルプとサポート センター');
    const [hsc] = findTerms(folded, ['hsc']);
    expect(source.slice(...hsc!)).toBe('ＨＳＣ');
  });
});

describe('findTerm', () => {
  const found = (text: string, term: string) => findTerm(foldText(text), term).map(([s, e]) => foldText(text).slice(s, e));

  it('starts a word where the term starts with a letter', () => {
    expect(found('Uninstalls the package; install it', 'install')).toEqual(['install']);
    expect(found('HKEY_LOCAL_MACHINE', 'machine')).toEqual([]);
  });

  it('extends a word prefix to the end of the word, but not a short word', () => {
    expect(found('does not require a restart; required services', 'requir')).toEqual(['require', 'required']);
    expect(found('Windows XP; hscxpsp1.cab; XPSP', 'xp')).toEqual(['xp']);
  });

  it('keeps numbers whole: a KB number inside KB840374, not inside another number', () => {
    expect(found('KB840374 and NTUninstallKB840374', '840374')).toEqual(['840374', '840374']);
    expect(found('1840374', '840374')).toEqual([]);
    expect(found('Windows 2000, 20003', '2000')).toEqual(['2000']);
    expect(found('5.1.2600.1515 and 5.1.2600.15150', '5.1.2600.1515')).toEqual(['5.1.2600.1515']);
  });

  it('finds identifiers and switches as written', () => {
    expect(found('deleting the HKEY_CLASSES_ROOT\\HCP key', 'hkey_classes_root\\hcp')).toEqual(['hkey_classes_root\\hcp']);
    expect(found('/norestart Does not restart', '/norestart')).toEqual(['/norestart']);
    expect(found('/n と /norestart', '/n')).toEqual(['/n']);
  });

  it('finds Japanese anywhere, however the words are split', () => {
    expect(found('再起動の必要性', '必要')).toEqual(['必要']);
    expect(found('アンインストールした後に', 'インストール')).toEqual(['インストール']);
  });
});

describe('findTerms', () => {
  it('merges overlapping matches of several terms', () => {
    const text = 'Restart Requirement';
    expect(findTerms(fold(text), ['restart', 'rest', 'requir'])).toEqual([
      [0, 7],
      [8, 19],
    ]);
  });
});
