import { describe, expect, it } from 'vitest';
import { MS04_015, MS99_001 } from '../../../test/support/contract.ts';
import { contentWithFixtures, wizardFactsOf } from '../../../test/support/content.ts';
import { FIXED_QUERY_PARAMS, parseQuery, queryParams, relevantAnswers, renameVersionAliases, serialiseQuery, type Answers } from './query.ts';

const site = contentWithFixtures();
const ms04015 = wizardFactsOf(site, 'MS04-015', 'en');
const ms99001 = wizardFactsOf(site, 'MS99-001', 'en');
const spec = ms04015.bulletin;

describe('the parameters', () => {
  it('are product, version and key for every bulletin, then its situations', () => {
    expect(FIXED_QUERY_PARAMS).toEqual(['product', 'version', 'key']);
    expect(queryParams(ms04015.bulletin)).toEqual(['product', 'version', 'key', MS04_015.situation.param]);
    expect(queryParams(ms99001.bulletin)).toEqual(['product', 'version', 'key', MS99_001.situation.param]);
  });
});

describe('reading', () => {
  it('reads the parameters, trimmed, ignoring empty and unknown ones', () => {
    expect(parseQuery('?product=windows-xp&version=+5.1.2600.137+&key=&service=disabled&utm=x', spec)).toEqual({
      product: 'windows-xp',
      version: '5.1.2600.137',
      service: 'disabled',
    });
    expect(parseQuery('', spec)).toEqual({});
    expect(parseQuery('product=windows-xp', spec)).toEqual({ product: 'windows-xp' });
  });
  it('takes the first of repeated parameters', () => {
    expect(parseQuery('?product=windows-xp&product=windows-me', spec)).toEqual({ product: 'windows-xp' });
  });
  it('decodes what it is given as plain text', () => {
    expect(parseQuery('?product=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&version=%3Cscript%3Ealert(1)%3C%2Fscript%3E', spec)).toEqual({
      product: '<img src=x onerror=alert(1)>',
      version: '<script>alert(1)</script>',
    });
  });
  it('reads only the situations of its own bulletin', () => {
    const query = `?product=x&${MS04_015.situation.param}=${MS04_015.situation.holds}&${MS99_001.situation.param}=${MS99_001.situation.holds}`;
    expect(parseQuery(query, ms04015.bulletin)).toEqual({ product: 'x', [MS04_015.situation.param]: MS04_015.situation.holds });
    expect(parseQuery(query, ms99001.bulletin)).toEqual({ product: 'x', [MS99_001.situation.param]: MS99_001.situation.holds });
  });
});

describe('the version alias (MS04-015: helpctr, the public URL contract)', () => {
  it('reads helpctr as the version on MS04-015', () => {
    expect(MS04_015.versionAliases).toEqual(['helpctr']);
    expect(parseQuery('?product=windows-xp-sp1&helpctr=5.1.2600.200&key=no', spec)).toEqual({ product: 'windows-xp-sp1', version: '5.1.2600.200', key: 'no' });
  });
  it('lets version win over the alias, and skips an empty alias', () => {
    expect(parseQuery('?helpctr=1.1.1.1&version=2.2.2.2', spec)).toEqual({ version: '2.2.2.2' });
    expect(parseQuery('?version=&helpctr=1.1.1.1', spec)).toEqual({ version: '1.1.1.1' });
  });
  it('is no alias on a bulletin that does not declare it', () => {
    expect(parseQuery('?product=test-browser-6&helpctr=6.0.2800.9999', ms99001.bulletin)).toEqual({ product: 'test-browser-6' });
    expect(renameVersionAliases('?product=test-browser-6&helpctr=1.2.3.4', ms99001.bulletin)).toBeUndefined();
  });
  it('is renamed to version for the address bar, where it stands, other parameters untouched', () => {
    expect(renameVersionAliases('?product=windows-xp&helpctr=5.1.2600.137&key=yes&service=disabled', spec)).toBe(
      '?product=windows-xp&version=5.1.2600.137&key=yes&service=disabled',
    );
    expect(renameVersionAliases('?helpctr=5.1.2600.137&utm=x', spec)).toBe('?version=5.1.2600.137&utm=x');
    expect(renameVersionAliases('?helpctr=1.1.1.1&version=2.2.2.2', spec)).toBe('?version=2.2.2.2');
    expect(renameVersionAliases('?helpctr=%3Cb%3E', spec)).toBe('?version=%3Cb%3E');
  });
  it('leaves a query without it alone', () => {
    expect(renameVersionAliases('?product=windows-xp&version=5.1.2600.137', spec)).toBeUndefined();
    expect(renameVersionAliases('', spec)).toBeUndefined();
  });
  it('means the same after renaming', () => {
    const query = '?product=windows-xp-sp1&helpctr=5.1.2600.200&key=no&service=disabled';
    expect(parseQuery(renameVersionAliases(query, spec)!, spec)).toEqual(parseQuery(query, spec));
  });
});

describe('writing', () => {
  it('writes the parameters in a fixed order, leaving out empty ones', () => {
    expect(serialiseQuery({ service: 'disabled', key: 'yes', version: '5.1.2600.1515', product: 'windows-xp-sp1' }, spec)).toBe(
      '?product=windows-xp-sp1&version=5.1.2600.1515&key=yes&service=disabled',
    );
    expect(serialiseQuery({ product: 'windows-xp', version: '  ' }, spec)).toBe('?product=windows-xp');
    expect(serialiseQuery({}, spec)).toBe('');
  });
  it('never writes the alias', () => {
    expect(serialiseQuery({ product: 'windows-xp', helpctr: '1.2.3.4' }, spec)).toBe('?product=windows-xp');
  });
  it.each<Answers>([
    {},
    { product: 'windows-xp' },
    { product: 'windows-xp-sp1', version: '5.1.2600.200', key: 'no', service: 'disabled' },
    { product: '<img src=x onerror=alert(1)>', version: '<script>alert("x&y")</script>', key: 'a b+c' },
    { product: 'ウィンドウズ', version: '5.1.2600.1515#frag?x=1' },
  ])('round-trips %j', (answers) => {
    expect(parseQuery(serialiseQuery(answers, spec), spec)).toEqual(answers);
  });
  it('round-trips a query string it wrote', () => {
    const query = '?product=windows-server-2003&version=5.2.3790.161&key=no';
    expect(serialiseQuery(parseQuery(query, spec), spec)).toBe(query);
  });
});

describe('the answers kept in a link', () => {
  it('keeps the machine answers only where an affected product reads them', () => {
    const machine = { version: '5.1.2600.1', key: 'no', service: 'disabled' };
    expect(relevantAnswers(ms04015, { product: 'windows-xp', ...machine })).toEqual({ product: 'windows-xp', ...machine });
    expect(relevantAnswers(ms04015, { product: 'windows-2000-sp4', ...machine })).toEqual({ product: 'windows-2000-sp4' });
    expect(relevantAnswers(ms04015, { product: 'windows-xp-sp2', ...machine })).toEqual({ product: 'windows-xp-sp2' });
    expect(relevantAnswers(ms04015, { product: 'nope', ...machine })).toEqual({ product: 'nope' });
    expect(relevantAnswers(ms04015, machine)).toEqual({});
  });
  it('follows each bulletin: the fixture family is affected by MS99-001 only', () => {
    const machine = { version: '6.0.2800.1', fixture: 'stopped' };
    expect(relevantAnswers(ms99001, { product: 'test-browser-6', ...machine })).toEqual({ product: 'test-browser-6', ...machine });
    expect(relevantAnswers(ms04015, { product: 'test-browser-6', ...machine })).toEqual({ product: 'test-browser-6' });
  });
});
