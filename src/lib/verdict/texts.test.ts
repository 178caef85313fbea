import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.ts';
import ja from '../../i18n/ja.ts';
import { productFacts } from '../content/bulletin-facts.ts';
import { useTranslations } from '../i18n/translate.ts';
import { MS04_015, MS99_001 } from '../../../test/support/contract.ts';
import { contentWithFixtures, wizardFactsOf } from '../../../test/support/content.ts';
import { VERDICTS, decideVerdict, type VerdictResult } from './decide.ts';
import { SOMETHING_ELSE, type Answers } from './query.ts';
import { VERDICT_STRING_KEYS, answersSummary, explainVerdict, fill, problemMessages, ticketText, verdictAction, verdictLabel, verdictStrings } from './texts.ts';

const site = contentWithFixtures();
const bulletin = site.bulletins.find((b) => b.id === 'MS04-015')!;
const WIZARD_URL = 'https://example.org/en/bulletins/ms04-015/check/';
const texts = (lang: 'ja' | 'en', id = 'MS04-015') => ({
  strings: verdictStrings(useTranslations(lang)),
  facts: wizardFactsOf(site, id, lang, id === 'MS04-015' ? WIZARD_URL : undefined),
});
const result = (answers: Answers, id = 'MS04-015') => decideVerdict(texts('en', id).facts, answers)!;

describe('fill', () => {
  it('fills placeholders once, leaving values and unknown names as they are', () => {
    expect(fill('{a} and {b} and {c}', { a: '{b}', b: '$& $1' })).toBe('{b} and $& $1 and {c}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});

describe('the texts', () => {
  it('are in both languages, with the same placeholders, for every verdict, wizard and status string', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const keys = Object.keys(en).filter((key) => /^(verdict|wizard|status)\./.test(key));
    for (const key of keys) {
      expect(placeholders(ja[key as keyof typeof ja]), key).toEqual(placeholders(en[key as keyof typeof en]));
      expect(en[key as keyof typeof en], key).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    }
    for (const key of VERDICT_STRING_KEYS) expect(keys).toContain(key);
    expect(keys).toContain('wizard.otherGroup');
  });

  it('explain each reason with the facts filled in', () => {
    const { strings, facts } = texts('en');
    const explain = (answers: Answers) => explainVerdict(result(answers), facts, strings);
    expect(explain({ product: 'windows-xp-sp1', version: '5.1.2600.200' })).toBe(
      'helpctr.exe is version 5.1.2600.200, earlier than the fixed version 5.1.2600.1515: the update is not installed.',
    );
    expect(explain({ product: 'windows-xp', version: '5.1.2600.137' })).toContain('version 5.1.2600.137, which is the fixed version 5.1.2600.137 or later');
    expect(explain({ product: 'windows-2000-sp4' })).toBe('MS04-015 lists Windows 2000 Service Pack 4 as non-affected software.');
    expect(explain({ product: 'windows-xp-sp2' })).toBe(
      'According to MS04-015, the fix will be included in Windows XP Service Pack 2. The bulletin offers no separate update for Windows XP Service Pack 2.',
    );
    expect(explain({ product: '<b>x</b>' })).toContain('“<b>x</b>”');
    const all: Answers[] = [
      { product: 'windows-xp' },
      { product: 'windows-xp', key: 'yes' },
      { product: 'windows-xp', key: 'no' },
      { product: 'windows-xp', version: '1.0.0.0' },
      { product: 'windows-xp', version: '9.0.0.0' },
      { product: 'windows-me' },
      { product: 'windows-xp-sp2' },
      { product: 'nope' },
      { product: SOMETHING_ELSE },
    ];
    for (const lang of ['ja', 'en'] as const) {
      const { strings: s, facts: f } = texts(lang);
      for (const answers of all) expect(explainVerdict(result(answers), f, s)).not.toMatch(/\{\w+\}/);
      for (const answers of all) expect(verdictAction(result(answers), f, s)).not.toMatch(/\{\w+\}/);
    }
  });

  it('name each bulletin\'s own key file', () => {
    const { strings, facts } = texts('en', 'MS99-001');
    const [product, { fixed }] = Object.entries(MS99_001.affected)[1]!;
    expect(explainVerdict(result({ product, version: '1.0.0.0' }, 'MS99-001'), facts, strings)).toBe(
      `${MS99_001.keyFile} is version 1.0.0.0, earlier than the fixed version ${fixed}: the update is not installed.`,
    );
  });

  it('say what to do', () => {
    const { strings, facts } = texts('en');
    const action = (answers: Answers) => verdictAction(result(answers), facts, strings);
    expect(action({ product: 'windows-server-2003' })).toBe(`Install security update KB840374: ${productFacts(bulletin).get('windows-server-2003')!.download}`);
    expect(action({ product: 'windows-server-2003', key: 'yes' })).toBe('None: the update is installed.');
    expect(action({ product: 'windows-server-2003-sp1' })).toBe('None from this bulletin: it says the fix will be included in Windows Server 2003 Service Pack 1.');
    expect(action({ product: 'windows-98' })).toBe('None: Windows 98 is not affected.');
    expect(action({ product: 'nope' })).toBe(`Find out which version of Windows the computer is running, then check again: ${WIZARD_URL}`);
  });

  it('report each bad answer, quoting it', () => {
    const { strings, facts } = texts('en');
    const messages = problemMessages(result({ product: 'windows-xp', version: '<script>', key: 'maybe', service: 'off' }), facts, strings);
    expect(messages).toEqual([
      '“<script>” is not a file version, so the verdict does not use it. Enter the version of helpctr.exe as four numbers separated by dots.',
      '“maybe” is not an answer to whether the registry key exists (yes or no), so the verdict does not use it.',
      '“off” is not an answer to “Is the Help and Support Center service disabled on the computer?” (disabled or enabled), so the verdict does not use it.',
    ]);
  });

  it('report a bad situation answer with the bulletin\'s own question, in Japanese too', () => {
    const { param } = MS99_001.situation;
    const { strings, facts } = texts('ja', 'MS99-001');
    expect(problemMessages(result({ product: 'test-browser-6', [param]: 'x' }, 'MS99-001'), facts, strings)).toEqual([
      '「x」は「このコンピュータでは、Fixture サービス (架空) が停止していますか?」の回答 (stopped または running) ではないため、判定には使用していません。',
    ]);
  });

  it('sum up the answers a linked verdict used, as the form words them', () => {
    const { strings, facts } = texts('en');
    const summary = (answers: Answers) => answersSummary(result(answers), answers, facts, strings);
    expect(summary({ product: 'windows-xp-sp1', version: '05.1.2600.1106', key: 'no', service: 'disabled' })).toBe(
      'Windows XP Service Pack 1 · helpctr.exe 5.1.2600.1106 · registry key does not exist · Yes, it is disabled',
    );
    expect(summary({ product: 'windows-xp', key: 'yes' })).toBe('Windows XP (no service pack) · registry key exists');
    // A product whose verdict ignores the machine's answers is summed up by its name alone.
    expect(summary({ product: 'windows-98', version: '5.1.2600.1106', key: 'yes' })).toBe('Windows 98');
    expect(summary({ product: '<b>x</b>' })).toBe('<b>x</b>');
    const ja = texts('ja');
    expect(answersSummary(result({ product: 'windows-xp-sp1', key: 'yes' }), { product: 'windows-xp-sp1', key: 'yes' }, ja.facts, ja.strings)).toBe(
      'Windows XP Service Pack 1 · レジストリ キーあり',
    );
  });

  it('label the verdicts', () => {
    const { strings } = texts('ja');
    const labels = VERDICTS.map((v) => verdictLabel({ verdict: v } as VerdictResult, strings));
    expect(labels).toEqual(['影響を受ける', '修正済み', '影響を受けない', '不明']);
  });

  it('make a ticket block with every fact and the link', () => {
    const { strings, facts } = texts('en');
    const link = `${WIZARD_URL}?product=windows-xp-sp1&version=5.1.2600.200`;
    expect(ticketText(result({ product: 'windows-xp-sp1', version: '5.1.2600.200' }), facts, strings, link).split('\n')).toEqual([
      'Bulletin: MS04-015: Vulnerability in Help and Support Center Could Allow Remote Code Execution (840374)',
      'KB: KB840374',
      'CVE: CVE-2004-0199 (CAN-2004-0199)',
      'Product: Windows XP Service Pack 1',
      'Verdict: Affected. helpctr.exe is version 5.1.2600.200, earlier than the fixed version 5.1.2600.1515: the update is not installed.',
      'Fixed version: helpctr.exe 5.1.2600.1515 or later',
      `Action: Install security update KB840374: ${productFacts(bulletin).get('windows-xp-sp1')!.download}`,
      `Link: ${link}`,
    ]);
  });

  it('make the ticket block in Japanese, with no fixed version where none applies', () => {
    const { strings, facts } = texts('ja');
    const lines = ticketText(result({ product: 'windows-2000-sp2' }), facts, strings, 'https://example.org/x').split('\n');
    expect(lines.map((line) => line.split(': ')[0])).toEqual(['セキュリティ情報', 'サポート技術情報', 'CVE', '製品', '判定', '修正済みバージョン', '対応', 'リンク']);
    expect(lines[4]).toBe('判定: 影響を受けない。MS04-015 では、Windows 2000 Service Pack 2 は影響を受けないソフトウェアとされています。');
    expect(lines[5]).toBe('修正済みバージョン: 該当なし');
  });

  it('keep an unknown product as given, as text', () => {
    const { strings, facts } = texts('en');
    const text = ticketText(result({ product: '<img src=x onerror=alert(1)>' }), facts, strings, 'https://example.org/x');
    expect(text).toContain('Product: <img src=x onerror=alert(1)>');
    expect(text).toContain('Verdict: Unknown.');
  });

  it('cover the contract\'s products of MS04-015 without a placeholder left', () => {
    const { strings, facts } = texts('en');
    for (const product of [...Object.keys(MS04_015.affected), ...MS04_015.patched, ...MS04_015.notAffected]) {
      expect(ticketText(result({ product }), facts, strings, 'https://example.org/x'), product).not.toMatch(/\{\w+\}/);
    }
  });
});
