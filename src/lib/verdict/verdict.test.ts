import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.ts';
import ja from '../../i18n/ja.ts';
import { productFacts } from '../content/bulletin-facts.ts';
import { useTranslations } from '../i18n/translate.ts';
import { loadContent } from '../content/load.ts';
import type { ProseOutline } from '../content/prose-outline.ts';
import {
  PRODUCT_GROUPS,
  QUERY_PARAMS,
  SOMETHING_ELSE,
  VERDICTS,
  VERDICT_STRING_KEYS,
  decideVerdict,
  explainVerdict,
  fill,
  groupProducts,
  parseQuery,
  problemMessages,
  questionLinks,
  regQueryCommand,
  relevantAnswers,
  serialiseQuery,
  ticketText,
  verdictAction,
  verdictLabel,
  verdictStrings,
  wizardFacts,
  wizardProducts,
  workaroundLinks,
  type Answers,
  type VerdictResult,
  type WizardProduct,
} from './verdict.ts';

const site = loadContent(
  { file: 'content/products.yaml', text: readFileSync('content/products.yaml', 'utf8') },
  [{ file: 'content/bulletins/ms04-015/bulletin.yaml', text: readFileSync('content/bulletins/ms04-015/bulletin.yaml', 'utf8') }],
);
const bulletin = site.bulletins[0]!;
const products = wizardProducts(site.products, productFacts(bulletin), 'en');
const verdict = (answers: Answers) => decideVerdict(products, answers);
const WIZARD_URL = 'https://example.org/en/bulletins/ms04-015/check/';

/** The contract's table of fixed helpctr.exe versions. */
const FIXED: [string, string][] = [
  ['windows-xp', '5.1.2600.137'],
  ['windows-xp-sp1', '5.1.2600.1515'],
  ['windows-xp-64-sp1', '5.1.2600.1515'],
  ['windows-xp-64-v2003', '5.2.3790.161'],
  ['windows-server-2003', '5.2.3790.161'],
  ['windows-server-2003-64', '5.2.3790.161'],
];
const SERVICE_PACKS = ['windows-xp-sp2', 'windows-server-2003-sp1'];
const NOT_AFFECTED = [
  'windows-nt4-workstation-sp6a',
  'windows-nt4-server-sp6a',
  'windows-nt4-tse-sp6',
  'windows-2000-sp2',
  'windows-2000-sp3',
  'windows-2000-sp4',
  'windows-98',
  'windows-98-se',
  'windows-me',
];

/** `version` with its last part moved by `delta`: just below or just above. */
const nudge = (version: string, delta: number) => {
  const parts = version.split('.').map(Number);
  parts[3]! += delta;
  return parts.join('.');
};

describe('the contract', () => {
  it('has exactly the public verdicts', () => {
    expect(VERDICTS).toEqual(['affected', 'patched', 'not-affected', 'unknown']);
  });

  it('knows every catalog product, and the data gives the contract fixed versions', () => {
    expect(Object.keys(products)).toEqual(site.products.map((p) => p.id));
    const affected = Object.entries(products).filter(([, p]) => p.status === 'affected');
    expect(affected.map(([id, p]) => [id, p.fixedVersion])).toEqual(FIXED);
  });

  it('gives no verdict before a product is chosen', () => {
    expect(verdict({})).toBeUndefined();
    expect(verdict({ helpctr: '5.1.2600.1515', key: 'yes' })).toBeUndefined();
  });
});

describe.each(FIXED)('affected product %s (fixed in %s)', (product, fixed) => {
  it('is affected when the version is below the fixed one', () => {
    expect(verdict({ product, helpctr: nudge(fixed, -1) })).toMatchObject({ verdict: 'affected', reason: 'version-older', fixedVersion: fixed });
  });
  it('is patched at the fixed version', () => {
    expect(verdict({ product, helpctr: fixed })).toMatchObject({ verdict: 'patched', reason: 'version-fixed', version: fixed });
  });
  it('is patched above the fixed version', () => {
    expect(verdict({ product, helpctr: nudge(fixed, 1) })).toMatchObject({ verdict: 'patched', reason: 'version-fixed' });
    expect(verdict({ product, helpctr: '6.0.0.0' })).toMatchObject({ verdict: 'patched' });
  });
  it('is affected, with the ways to check, when nothing else is known', () => {
    expect(verdict({ product })).toEqual({ product, verdict: 'affected', reason: 'unchecked', fixedVersion: fixed, serviceDisabled: false, problems: [] });
  });
  it('is patched when the registry key exists, affected when it does not', () => {
    expect(verdict({ product, key: 'yes' })).toMatchObject({ verdict: 'patched', reason: 'key-present' });
    expect(verdict({ product, key: 'no' })).toMatchObject({ verdict: 'affected', reason: 'key-absent' });
  });
  it('lets the file version decide over the registry key', () => {
    expect(verdict({ product, helpctr: nudge(fixed, -1), key: 'yes' })).toMatchObject({ verdict: 'affected', reason: 'version-older' });
    expect(verdict({ product, helpctr: fixed, key: 'no' })).toMatchObject({ verdict: 'patched', reason: 'version-fixed' });
  });
});

describe('version traps', () => {
  it('compares numerically: 5.1.2600.200 is older than 5.1.2600.1515', () => {
    expect(verdict({ product: 'windows-xp-sp1', helpctr: '5.1.2600.200' })).toMatchObject({ verdict: 'affected', version: '5.1.2600.200' });
    expect(verdict({ product: 'windows-xp-64-sp1', helpctr: '5.1.2600.200' })).toMatchObject({ verdict: 'affected' });
  });
  it('takes 5.1.2600.137 as fixed on Windows XP without a service pack, not on SP1', () => {
    expect(verdict({ product: 'windows-xp', helpctr: '5.1.2600.137' })).toMatchObject({ verdict: 'patched' });
    expect(verdict({ product: 'windows-xp', helpctr: '5.1.2600.136' })).toMatchObject({ verdict: 'affected' });
    expect(verdict({ product: 'windows-xp', helpctr: '5.1.2600.200' })).toMatchObject({ verdict: 'patched' });
    expect(verdict({ product: 'windows-xp-sp1', helpctr: '5.1.2600.137' })).toMatchObject({ verdict: 'affected' });
  });
  it('compares every part, not only the last', () => {
    expect(verdict({ product: 'windows-server-2003', helpctr: '5.1.3790.9999' })).toMatchObject({ verdict: 'affected' });
    expect(verdict({ product: 'windows-server-2003', helpctr: '5.3.0.0' })).toMatchObject({ verdict: 'patched' });
    expect(verdict({ product: 'windows-server-2003', helpctr: '5.2.3790.1610' })).toMatchObject({ verdict: 'patched' });
  });
  it('normalises leading zeros and surrounding spaces', () => {
    expect(verdict({ product: 'windows-xp-sp1', helpctr: ' 05.1.2600.01515 ' })).toMatchObject({ verdict: 'patched', version: '5.1.2600.1515' });
  });
});

describe('malformed helpctr', () => {
  it.each([
    '5.1.2600',
    '5.1.2600.1515.1',
    '5.1.2600.',
    'abc',
    '5,1,2600,1515',
    '5.1.2600.-1',
    '5.1.2600.1e3',
    '１.２.３.４',
    '5.1.2600.1234567890',
    '<script>alert(1)</script>',
  ])('"%s" is reported and the verdict is as if no version was given', (helpctr) => {
    expect(verdict({ product: 'windows-xp-sp1', helpctr })).toEqual({
      product: 'windows-xp-sp1',
      verdict: 'affected',
      reason: 'unchecked',
      fixedVersion: '5.1.2600.1515',
      serviceDisabled: false,
      problems: [{ param: 'helpctr', value: helpctr }],
    });
    expect(verdict({ product: 'windows-xp-sp1', helpctr, key: 'yes' })).toMatchObject({ verdict: 'patched', reason: 'key-present' });
  });
  it('is reported on products that ignore it too', () => {
    expect(verdict({ product: 'windows-2000-sp4', helpctr: 'x' })).toMatchObject({ verdict: 'not-affected', problems: [{ param: 'helpctr', value: 'x' }] });
  });
});

describe('other bad answers', () => {
  it.each(['maybe', 'YES', '1', '<b>yes</b>'])('key=%s is reported and ignored', (key) => {
    expect(verdict({ product: 'windows-server-2003', key })).toMatchObject({ verdict: 'affected', reason: 'unchecked', problems: [{ param: 'key', value: key }] });
  });
  it('reads service=disabled, accepts service=enabled and reports anything else', () => {
    expect(verdict({ product: 'windows-xp', service: 'disabled' })).toMatchObject({ serviceDisabled: true, problems: [] });
    expect(verdict({ product: 'windows-xp', service: 'enabled' })).toMatchObject({ serviceDisabled: false, problems: [] });
    expect(verdict({ product: 'windows-xp', service: 'off' })).toMatchObject({ serviceDisabled: false, problems: [{ param: 'service', value: 'off' }] });
  });
});

describe('products that ignore the other answers', () => {
  const everything = { helpctr: '5.1.2600.1', key: 'no', service: 'disabled' };
  it.each(NOT_AFFECTED)('%s is not affected, whatever else is given', (product) => {
    expect(verdict({ product })).toMatchObject({ verdict: 'not-affected', reason: 'not-affected' });
    expect(verdict({ product, ...everything })).toMatchObject({ verdict: 'not-affected', reason: 'not-affected' });
    expect(verdict({ product, helpctr: '9.9.9.9', key: 'yes' })).toMatchObject({ verdict: 'not-affected' });
    expect(verdict({ product })!.fixedVersion).toBeUndefined();
  });
  it.each(SERVICE_PACKS)('%s is patched: its service pack includes the fix, whatever else is given', (product) => {
    expect(verdict({ product })).toMatchObject({ verdict: 'patched', reason: 'service-pack' });
    expect(verdict({ product, ...everything })).toMatchObject({ verdict: 'patched', reason: 'service-pack' });
  });
});

describe('unknown products', () => {
  it.each(['windows-11', 'Windows-XP', 'windows-xp ', '<img src=x onerror=alert(1)>', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '"%s" is unknown',
    (product) => {
      expect(verdict({ product, helpctr: '5.1.2600.1515', key: 'yes' })).toMatchObject({ product, verdict: 'unknown', reason: 'unknown-product' });
    },
  );
  it('"something else" is unknown with its own reason', () => {
    expect(products[SOMETHING_ELSE]).toBeUndefined();
    expect(verdict({ product: SOMETHING_ELSE })).toMatchObject({ verdict: 'unknown', reason: 'something-else' });
  });
  it('a catalog product the bulletin does not mention is unknown', () => {
    const catalog: Record<string, WizardProduct> = { 'windows-vista': { name: 'Windows Vista', status: 'not-listed' } };
    expect(decideVerdict(catalog, { product: 'windows-vista', helpctr: '1.2.3.4' })).toMatchObject({ verdict: 'unknown', reason: 'not-listed' });
  });
  it('an affected product without a fixed version falls back to the registry key', () => {
    const catalog: Record<string, WizardProduct> = { p: { name: 'P', status: 'affected' } };
    expect(decideVerdict(catalog, { product: 'p', helpctr: '1.2.3.4' })).toMatchObject({ verdict: 'affected', reason: 'unchecked' });
    expect(decideVerdict(catalog, { product: 'p', helpctr: '1.2.3.4', key: 'yes' })).toMatchObject({ verdict: 'patched', reason: 'key-present' });
  });
});

describe('the query string', () => {
  it('reads the parameters, trimmed, ignoring empty and unknown ones', () => {
    expect(parseQuery('?product=windows-xp&helpctr=+5.1.2600.137+&key=&service=disabled&utm=x')).toEqual({
      product: 'windows-xp',
      helpctr: '5.1.2600.137',
      service: 'disabled',
    });
    expect(parseQuery('')).toEqual({});
    expect(parseQuery('product=windows-xp')).toEqual({ product: 'windows-xp' });
  });
  it('takes the first of repeated parameters', () => {
    expect(parseQuery('?product=windows-xp&product=windows-me')).toEqual({ product: 'windows-xp' });
  });
  it('decodes what it is given as plain text', () => {
    expect(parseQuery('?product=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&helpctr=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toEqual({
      product: '<img src=x onerror=alert(1)>',
      helpctr: '<script>alert(1)</script>',
    });
  });
  it('writes the parameters in a fixed order, leaving out empty ones', () => {
    expect(serialiseQuery({ service: 'disabled', key: 'yes', helpctr: '5.1.2600.1515', product: 'windows-xp-sp1' })).toBe(
      '?product=windows-xp-sp1&helpctr=5.1.2600.1515&key=yes&service=disabled',
    );
    expect(serialiseQuery({ product: 'windows-xp', helpctr: '  ' })).toBe('?product=windows-xp');
    expect(serialiseQuery({})).toBe('');
  });
  it.each<Answers>([
    {},
    { product: 'windows-xp' },
    { product: 'windows-xp-sp1', helpctr: '5.1.2600.200', key: 'no', service: 'disabled' },
    { product: '<img src=x onerror=alert(1)>', helpctr: '<script>alert("x&y")</script>', key: 'a b+c' },
    { product: 'ウィンドウズ', helpctr: '5.1.2600.1515#frag?x=1' },
  ])('round-trips %j', (answers) => {
    expect(parseQuery(serialiseQuery(answers))).toEqual(answers);
  });
  it('round-trips a query string it wrote', () => {
    const query = '?product=windows-server-2003&helpctr=5.2.3790.161&key=no';
    expect(serialiseQuery(parseQuery(query))).toBe(query);
  });
  it('names the contract parameters', () => {
    expect(QUERY_PARAMS).toEqual(['product', 'helpctr', 'key', 'service']);
  });
  it('keeps the machine answers only where an affected product reads them', () => {
    const machine = { helpctr: '5.1.2600.1', key: 'no', service: 'disabled' };
    expect(relevantAnswers(products, { product: 'windows-xp', ...machine })).toEqual({ product: 'windows-xp', ...machine });
    expect(relevantAnswers(products, { product: 'windows-2000-sp4', ...machine })).toEqual({ product: 'windows-2000-sp4' });
    expect(relevantAnswers(products, { product: 'windows-xp-sp2', ...machine })).toEqual({ product: 'windows-xp-sp2' });
    expect(relevantAnswers(products, { product: 'nope', ...machine })).toEqual({ product: 'nope' });
    expect(relevantAnswers(products, machine)).toEqual({});
  });
});

describe('fill', () => {
  it('fills placeholders once, leaving values and unknown names as they are', () => {
    expect(fill('{a} and {b} and {c}', { a: '{b}', b: '$& $1' })).toBe('{b} and $& $1 and {c}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});

describe('the texts', () => {
  const texts = (lang: 'ja' | 'en') => {
    const strings = verdictStrings(useTranslations(lang));
    const facts = wizardFacts(bulletin, productFacts(bulletin), site.products, lang, WIZARD_URL);
    return { strings, facts };
  };
  const result = (answers: Answers) => verdict(answers)!;

  it('are in both languages, with the same placeholders, for every verdict and wizard string', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const keys = Object.keys(en).filter((key) => /^(verdict|wizard)\./.test(key));
    for (const key of keys) {
      expect(placeholders(ja[key as keyof typeof ja]), key).toEqual(placeholders(en[key as keyof typeof en]));
      expect(en[key as keyof typeof en], key).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    }
    for (const key of VERDICT_STRING_KEYS) expect(keys).toContain(key);
    for (const group of [...PRODUCT_GROUPS, 'other']) expect(keys).toContain(`wizard.group.${group}`);
  });

  it('explain each reason with the facts filled in', () => {
    const { strings, facts } = texts('en');
    const explain = (answers: Answers) => explainVerdict(result(answers), facts, strings);
    expect(explain({ product: 'windows-xp-sp1', helpctr: '5.1.2600.200' })).toBe(
      'helpctr.exe is version 5.1.2600.200, earlier than the fixed version 5.1.2600.1515: the update is not installed.',
    );
    expect(explain({ product: 'windows-xp', helpctr: '5.1.2600.137' })).toContain('version 5.1.2600.137, which is the fixed version 5.1.2600.137 or later');
    expect(explain({ product: 'windows-2000-sp4' })).toBe('MS04-015 lists Windows 2000 Service Pack 4 as non-affected software.');
    expect(explain({ product: 'windows-xp-sp2' })).toBe(
      'According to MS04-015, the fix will be included in Windows XP Service Pack 2. The bulletin offers no separate update for Windows XP Service Pack 2.',
    );
    expect(explain({ product: '<b>x</b>' })).toContain('“<b>x</b>”');
    const all: Answers[] = [
      { product: 'windows-xp' },
      { product: 'windows-xp', key: 'yes' },
      { product: 'windows-xp', key: 'no' },
      { product: 'windows-xp', helpctr: '1.0.0.0' },
      { product: 'windows-xp', helpctr: '9.0.0.0' },
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
    const messages = problemMessages(result({ product: 'windows-xp', helpctr: '<script>', key: 'maybe', service: 'off' }), facts, strings);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('“<script>” is not a file version');
    expect(messages[0]).toContain('helpctr.exe');
    expect(messages[1]).toContain('“maybe”');
    expect(messages[2]).toContain('“off”');
  });

  it('label the verdicts', () => {
    const { strings } = texts('ja');
    const labels = VERDICTS.map((v) => verdictLabel({ verdict: v } as VerdictResult, strings));
    expect(labels).toEqual(['影響を受ける', '修正済み', '影響を受けない', '不明']);
  });

  it('make a ticket block with every fact and the link', () => {
    const { strings, facts } = texts('en');
    const link = `${WIZARD_URL}?product=windows-xp-sp1&helpctr=5.1.2600.200`;
    expect(ticketText(result({ product: 'windows-xp-sp1', helpctr: '5.1.2600.200' }), facts, strings, link).split('\n')).toEqual([
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
});

describe('build-time facts', () => {
  it('names each product in the page language', () => {
    const ja = wizardProducts(site.products, productFacts(bulletin), 'ja');
    expect(ja['windows-xp']!.name).toBe('Windows XP (Service Pack なし)');
    expect(products['windows-xp']!.name).toBe('Windows XP (no service pack)');
  });
  it('ships a download link only for affected products', () => {
    for (const [id, p] of Object.entries(products)) expect(p.download !== undefined, id).toBe(p.status === 'affected');
  });
  it('marks catalog products the bulletin does not mention as not listed', () => {
    const catalog = [...site.products, { id: 'windows-vista', family: 'windows-xp' as const, name: { ja: 'Vista', en: 'Vista' } }];
    expect(wizardProducts(catalog, productFacts(bulletin), 'en')['windows-vista']).toEqual({ name: 'Vista', status: 'not-listed' });
  });
  it('groups every catalog product exactly once, the way a person thinks of them', () => {
    const groups = groupProducts(site.products);
    expect(groups.map((g) => g.group)).toEqual(['windows-xp', 'windows-64', 'windows-server-2003', 'older']);
    expect(groups.flatMap((g) => g.products.map((p) => p.id)).sort()).toEqual(site.products.map((p) => p.id).sort());
    expect(groups[0]!.products.map((p) => p.id)).toEqual(['windows-xp', 'windows-xp-sp1', 'windows-xp-sp2']);
    expect(groups[3]!.products.map((p) => p.id)).toEqual(NOT_AFFECTED);
  });
  it('leaves out empty groups', () => {
    expect(groupProducts([{ family: 'windows-9x' }]).map((g) => g.group)).toEqual(['older']);
  });
  it('writes the reg query command for a key', () => {
    expect(regQueryCommand('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows XP\\SP2\\KB840374\\Filelist')).toBe(
      'reg query "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows XP\\SP2\\KB840374\\Filelist"',
    );
  });

  const outline: Pick<ProseOutline, 'anchors'> = {
    anchors: [
      { id: 'summary', kind: 'section', title: 'Summary', level: 2 },
      { id: 'faq', kind: 'section', title: 'FAQ', level: 2 },
      { id: 'faq-a', kind: 'faq', title: 'A?', level: 3 },
      { id: 'faq-sub', kind: 'section', title: 'Sub', level: 3 },
      { id: 'faq-b', kind: 'faq', title: 'B?', level: 4 },
      { id: 'details', kind: 'section', title: 'Details', level: 2 },
      { id: 'faq-c', kind: 'faq', title: 'C?', level: 3 },
      { id: 'workarounds', kind: 'section', title: 'Workarounds', level: 3 },
      { id: 'workaround-x', kind: 'workaround', title: 'X', level: 4 },
      { id: 'workaround-y', kind: 'workaround', title: 'Y', level: 4 },
    ],
  };
  it('finds the questions within a section, not after it', () => {
    expect(questionLinks(outline, 'faq')).toEqual([
      { id: 'faq-a', title: 'A?' },
      { id: 'faq-b', title: 'B?' },
    ]);
    expect(questionLinks(outline, 'missing')).toEqual([]);
  });
  it('finds the workarounds in order', () => {
    expect(workaroundLinks(outline).map((w) => w.id)).toEqual(['workaround-x', 'workaround-y']);
  });
  it('gives the bulletin facts the texts need', () => {
    expect(wizardFacts(bulletin, productFacts(bulletin), site.products, 'ja', WIZARD_URL).bulletin).toEqual({
      id: 'MS04-015',
      title: bulletin.title.ja,
      kb: '840374',
      cves: 'CVE-2004-0199 (CAN-2004-0199)',
      keyFile: 'helpctr.exe',
      wizardUrl: WIZARD_URL,
    });
  });
});
