import { describe, expect, it } from 'vitest';
import { checkCorpusExceptions, parseCorpusExceptions } from './exceptions.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';

const facts = (over: Partial<CorpusFacts> = {}): CorpusFacts => ({
  id: 'MS99-030',
  slug: 'ms99-030',
  year: 1999,
  file: 'content/sources/microsoft/ja-jp/1999/ms99-030.md',
  title: 'Office 「ODBC ドライバ」 の脆弱性に対する対策',
  severity: 'critical',
  published: '1999-08-20',
  updated: '1999-08-20',
  vulnerabilities: [],
  replaces: [],
  affected: [{ name: 'Microsoft Jet の全バージョン', downloads: [] }],
  notAffected: [],
  fixedIn: [],
  cites: { bulletins: [], kbs: [] },
  ...over,
});

describe('parseCorpusExceptions', () => {
  it('reads a list of entries', () => {
    expect(parseCorpusExceptions('- { bulletin: MS99-030, field: kb, reason: "No KB number in the title." }\n')).toEqual([
      { bulletin: 'MS99-030', field: 'kb', reason: 'No KB number in the title.' },
    ]);
    expect(parseCorpusExceptions('')).toEqual([]);
  });
  it('names the file and the entry in its errors', () => {
    expect(() => parseCorpusExceptions('- { bulletin: ms99-030, field: kb, reason: x }', 'x.yaml')).toThrow(
      /^x\.yaml, entry 1 \(ms99-030\): bulletin: Write the bulletin id in upper case/,
    );
    expect(() => parseCorpusExceptions('- { bulletin: MS99-030, field: summary, reason: x }')).toThrow(
      /content\/corpus-exceptions\.yaml, entry 1 \(MS99-030\): field: "summary" is not a required field/,
    );
    expect(() => parseCorpusExceptions('- { bulletin: MS99-030, field: kb }')).toThrow(/reason: Give a reason/);
    expect(() => parseCorpusExceptions('- { bulletin: MS99-030, field: kb, reason: x, extra: 1 }')).toThrow(/entry 1/);
    expect(() => parseCorpusExceptions('bulletin: MS99-030')).toThrow(/expected a list/);
    expect(() => parseCorpusExceptions('- [unclosed')).toThrow(/not valid YAML/);
    expect(() =>
      parseCorpusExceptions('- { bulletin: MS99-030, field: kb, reason: x }\n- { bulletin: MS99-030, field: kb, reason: y }'),
    ).toThrow(/entry 2 \(MS99-030\): MS99-030 kb is listed twice/);
  });
});

describe('checkCorpusExceptions', () => {
  const exceptions = parseCorpusExceptions(
    '- { bulletin: MS99-030, field: kb, reason: "No KB number." }\n- { bulletin: MS99-030, field: vulnerabilities, reason: "No CVE id." }\n',
  );
  it('accepts missing fields that are listed', () => {
    expect(checkCorpusExceptions([facts()], exceptions)).toEqual([]);
  });
  it('reports a missing field that is not listed, naming the file and what to do', () => {
    const [issue, ...rest] = checkCorpusExceptions([facts({ affected: [] })], exceptions);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ kind: 'missing', bulletin: 'MS99-030', field: 'affected' });
    expect(issue?.message).toMatch(/1999\/ms99-030\.md: MS99-030 has no affected\. Fix the importer .* or, if the source truly lacks it, add/);
  });
  it('reports a stale exception', () => {
    const [issue] = checkCorpusExceptions([facts({ kb: '123456' })], exceptions);
    expect(issue).toMatchObject({ kind: 'stale', field: 'kb' });
    expect(issue?.message).toMatch(/MS99-030 kb is listed as missing, but the importer now reads it/);
  });
  it('reports exceptions for bulletins not in the corpus only when given the whole corpus', () => {
    expect(checkCorpusExceptions([], exceptions)).toEqual([]);
    expect(checkCorpusExceptions([], exceptions, true).map((i) => i.kind)).toEqual(['unknown-bulletin', 'unknown-bulletin']);
  });
});
