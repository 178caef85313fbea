import { describe, expect, it } from 'vitest';
import { MS04_015, MS99_001 } from '../../../test/support/contract.ts';
import { contentWithFixtures, wizardFactsOf } from '../../../test/support/content.ts';
import { VERDICTS, decideVerdict } from './decide.ts';
import { SOMETHING_ELSE, type Answers } from './query.ts';
import type { WizardFacts, WizardProduct } from './wizard-facts.ts';

const site = contentWithFixtures();
const facts = wizardFactsOf(site, 'MS04-015', 'en');
const fixture = wizardFactsOf(site, 'MS99-001', 'en');
const verdict = (answers: Answers) => decideVerdict(facts, answers);
const FIXED = Object.entries(MS04_015.affected).map(([id, { fixed }]) => [id, fixed] as [string, string]);

/** `version` with its last part moved by `delta`: just below or just above. */
const nudge = (version: string, delta: number) => {
  const parts = version.split('.').map(Number);
  parts[3]! += delta;
  return parts.join('.');
};

/** A bulletin's facts around a few made-up products, for rules the real data does not reach. */
const withProducts = (products: Record<string, WizardProduct>): WizardFacts => ({ ...facts, products });

describe('the contract', () => {
  it('has exactly the public verdicts', () => {
    expect(VERDICTS).toEqual(['affected', 'patched', 'not-affected', 'unknown']);
  });

  it('gives the contract verdict to every product MS04-015 names', () => {
    for (const [product] of FIXED) expect(verdict({ product })?.verdict, product).toBe('affected');
    for (const product of MS04_015.patched) expect(verdict({ product })?.verdict, product).toBe('patched');
    for (const product of MS04_015.notAffected) expect(verdict({ product })?.verdict, product).toBe('not-affected');
  });

  it('gives no verdict before a product is chosen', () => {
    expect(verdict({})).toBeUndefined();
    expect(verdict({ version: '5.1.2600.1515', key: 'yes' })).toBeUndefined();
  });
});

describe.each(FIXED)('affected product %s (fixed in %s)', (product, fixed) => {
  it('is affected when the version is below the fixed one', () => {
    expect(verdict({ product, version: nudge(fixed, -1) })).toMatchObject({ verdict: 'affected', reason: 'version-older', fixedVersion: fixed });
  });
  it('is patched at the fixed version', () => {
    expect(verdict({ product, version: fixed })).toMatchObject({ verdict: 'patched', reason: 'version-fixed', version: fixed });
  });
  it('is patched above the fixed version', () => {
    expect(verdict({ product, version: nudge(fixed, 1) })).toMatchObject({ verdict: 'patched', reason: 'version-fixed' });
    expect(verdict({ product, version: '6.0.0.0' })).toMatchObject({ verdict: 'patched' });
  });
  it('is affected, with the ways to check, when nothing else is known', () => {
    expect(verdict({ product })).toEqual({ product, verdict: 'affected', reason: 'unchecked', fixedVersion: fixed, situations: [], problems: [] });
  });
  it('is patched when the registry key exists, affected when it does not', () => {
    expect(verdict({ product, key: 'yes' })).toMatchObject({ verdict: 'patched', reason: 'key-present' });
    expect(verdict({ product, key: 'no' })).toMatchObject({ verdict: 'affected', reason: 'key-absent' });
  });
  it('lets the file version decide over the registry key', () => {
    expect(verdict({ product, version: nudge(fixed, -1), key: 'yes' })).toMatchObject({ verdict: 'affected', reason: 'version-older' });
    expect(verdict({ product, version: fixed, key: 'no' })).toMatchObject({ verdict: 'patched', reason: 'version-fixed' });
  });
});

describe('version traps', () => {
  it('compares numerically: 5.1.2600.200 is older than 5.1.2600.1515', () => {
    expect(verdict({ product: 'windows-xp-sp1', version: '5.1.2600.200' })).toMatchObject({ verdict: 'affected', version: '5.1.2600.200' });
    expect(verdict({ product: 'windows-xp-64-sp1', version: '5.1.2600.200' })).toMatchObject({ verdict: 'affected' });
  });
  it('takes 5.1.2600.137 as fixed on Windows XP without a service pack, not on SP1', () => {
    expect(verdict({ product: 'windows-xp', version: '5.1.2600.137' })).toMatchObject({ verdict: 'patched' });
    expect(verdict({ product: 'windows-xp', version: '5.1.2600.136' })).toMatchObject({ verdict: 'affected' });
    expect(verdict({ product: 'windows-xp', version: '5.1.2600.200' })).toMatchObject({ verdict: 'patched' });
    expect(verdict({ product: 'windows-xp-sp1', version: '5.1.2600.137' })).toMatchObject({ verdict: 'affected' });
  });
  it('compares every part, not only the last', () => {
    expect(verdict({ product: 'windows-server-2003', version: '5.1.3790.9999' })).toMatchObject({ verdict: 'affected' });
    expect(verdict({ product: 'windows-server-2003', version: '5.3.0.0' })).toMatchObject({ verdict: 'patched' });
    expect(verdict({ product: 'windows-server-2003', version: '5.2.3790.1610' })).toMatchObject({ verdict: 'patched' });
  });
  it('normalises leading zeros and surrounding spaces', () => {
    expect(verdict({ product: 'windows-xp-sp1', version: ' 05.1.2600.01515 ' })).toMatchObject({ verdict: 'patched', version: '5.1.2600.1515' });
  });
});

describe('a malformed version', () => {
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
  ])('"%s" is reported and the verdict is as if no version was given', (version) => {
    expect(verdict({ product: 'windows-xp-sp1', version })).toEqual({
      product: 'windows-xp-sp1',
      verdict: 'affected',
      reason: 'unchecked',
      fixedVersion: '5.1.2600.1515',
      situations: [],
      problems: [{ param: 'version', value: version }],
    });
    expect(verdict({ product: 'windows-xp-sp1', version, key: 'yes' })).toMatchObject({ verdict: 'patched', reason: 'key-present' });
  });
  it('is reported on products that ignore it too', () => {
    expect(verdict({ product: 'windows-2000-sp4', version: 'x' })).toMatchObject({ verdict: 'not-affected', problems: [{ param: 'version', value: 'x' }] });
  });
});

describe('other bad answers', () => {
  it.each(['maybe', 'YES', '1', '<b>yes</b>'])('key=%s is reported and ignored', (key) => {
    expect(verdict({ product: 'windows-server-2003', key })).toMatchObject({ verdict: 'affected', reason: 'unchecked', problems: [{ param: 'key', value: key }] });
  });
});

describe('situations, as each bulletin declares them', () => {
  it.each([MS04_015, MS99_001])('$id: reads the answer that holds, accepts the other, reports anything else', (contract) => {
    const of = contract === MS04_015 ? facts : fixture;
    const { param, holds, doesNot, id } = contract.situation;
    const product = Object.keys(contract.affected)[0]!;
    expect(decideVerdict(of, { product, [param]: holds })).toMatchObject({ situations: [id], problems: [] });
    expect(decideVerdict(of, { product, [param]: doesNot })).toMatchObject({ situations: [], problems: [] });
    expect(decideVerdict(of, { product, [param]: 'off' })).toMatchObject({ situations: [], problems: [{ param, value: 'off' }] });
  });
  it('one bulletin\'s situation means nothing to another', () => {
    const { param, holds } = MS04_015.situation;
    expect(decideVerdict(fixture, { product: 'test-browser-6', [param]: holds })).toMatchObject({ situations: [], problems: [] });
    expect(verdict({ product: 'windows-xp', [MS99_001.situation.param]: MS99_001.situation.holds })).toMatchObject({ situations: [], problems: [] });
  });
  it('never change the verdict', () => {
    const { param, holds } = MS04_015.situation;
    expect(verdict({ product: 'windows-xp', [param]: holds })).toMatchObject({ verdict: 'affected', reason: 'unchecked' });
  });
});

describe('another bulletin: another key file and product family', () => {
  it.each(Object.entries(MS99_001.affected))('%s is decided by its %s version', (product, { fixed }) => {
    expect(decideVerdict(fixture, { product })).toMatchObject({ verdict: 'affected', fixedVersion: fixed });
    expect(decideVerdict(fixture, { product, version: fixed })).toMatchObject({ verdict: 'patched', reason: 'version-fixed' });
    expect(decideVerdict(fixture, { product, version: nudge(fixed, -1) })).toMatchObject({ verdict: 'affected', reason: 'version-older' });
  });
  it('names its not-affected products', () => {
    for (const product of MS99_001.notAffected) expect(decideVerdict(fixture, { product })?.verdict, product).toBe('not-affected');
  });
  it('MS04-015 does not mention the fixture family: unknown, not listed', () => {
    expect(verdict({ product: 'test-browser-6' })).toMatchObject({ verdict: 'unknown', reason: 'not-listed' });
  });
});

describe('products that ignore the other answers', () => {
  const everything = { version: '5.1.2600.1', key: 'no', service: 'disabled' };
  it.each(MS04_015.notAffected)('%s is not affected, whatever else is given', (product) => {
    expect(verdict({ product })).toMatchObject({ verdict: 'not-affected', reason: 'not-affected' });
    expect(verdict({ product, ...everything })).toMatchObject({ verdict: 'not-affected', reason: 'not-affected' });
    expect(verdict({ product, version: '9.9.9.9', key: 'yes' })).toMatchObject({ verdict: 'not-affected' });
    expect(verdict({ product })!.fixedVersion).toBeUndefined();
  });
  it.each(MS04_015.patched)('%s is patched: its service pack includes the fix, whatever else is given', (product) => {
    expect(verdict({ product })).toMatchObject({ verdict: 'patched', reason: 'service-pack' });
    expect(verdict({ product, ...everything })).toMatchObject({ verdict: 'patched', reason: 'service-pack' });
  });
});

describe('unknown products', () => {
  it.each(['windows-11', 'Windows-XP', 'windows-xp ', '<img src=x onerror=alert(1)>', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '"%s" is unknown',
    (product) => {
      expect(verdict({ product, version: '5.1.2600.1515', key: 'yes' })).toMatchObject({ product, verdict: 'unknown', reason: 'unknown-product' });
    },
  );
  it('"something else" is unknown with its own reason', () => {
    expect(facts.products[SOMETHING_ELSE]).toBeUndefined();
    expect(verdict({ product: SOMETHING_ELSE })).toMatchObject({ verdict: 'unknown', reason: 'something-else' });
  });
  it('a catalog product the bulletin does not mention is unknown', () => {
    const catalog = withProducts({ 'windows-vista': { name: 'Windows Vista', status: 'not-listed' } });
    expect(decideVerdict(catalog, { product: 'windows-vista', version: '1.2.3.4' })).toMatchObject({ verdict: 'unknown', reason: 'not-listed' });
  });
  it('an affected product without a fixed version falls back to the registry key', () => {
    const catalog = withProducts({ p: { name: 'P', status: 'affected' } });
    expect(decideVerdict(catalog, { product: 'p', version: '1.2.3.4' })).toMatchObject({ verdict: 'affected', reason: 'unchecked' });
    expect(decideVerdict(catalog, { product: 'p', version: '1.2.3.4', key: 'yes' })).toMatchObject({ verdict: 'patched', reason: 'key-present' });
  });
});
