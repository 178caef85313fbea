import { describe, expect, it } from 'vitest';
import { importedVerdict, type BulletinCheckData } from './bulletin-verdict.ts';

const name = (text: string) => ({ ja: text, en: text });
// MS06-040's update is replaced by MS08-067's, which MS12-054's replaces: the chain, nearest first.
const MS06_040: BulletinCheckData = {
  bulletin: 'MS06-040',
  products: [
    { id: 'windows-xp-sp2', name: name('Windows XP Service Pack 2'), status: 'affected', kbs: ['921883'], with: [] },
    { id: 'windows-vista', name: name('Windows Vista'), status: 'not-affected', kbs: [], with: [] },
  ],
  replacedBy: [
    { bulletin: 'MS08-067', kbs: ['958644'] },
    { bulletin: 'MS12-054', kbs: ['2733594'] },
  ],
};

describe('importedVerdict', () => {
  it('is unknown for a product the bulletin does not list, and not-affected for one it lists so', () => {
    expect(importedVerdict(MS06_040, 'windows-7-x64', ['921883'])).toEqual({ verdict: 'unknown', reason: 'not-listed' });
    expect(importedVerdict(MS06_040, 'windows-vista', [])).toEqual({ verdict: 'not-affected', reason: 'not-affected' });
  });

  it('is patched when the update, or one that replaces it along the chain, is installed', () => {
    expect(importedVerdict(MS06_040, 'windows-xp-sp2', ['111111', '921883'])).toEqual({ verdict: 'patched', reason: 'installed', kb: '921883' });
    expect(importedVerdict(MS06_040, 'windows-xp-sp2', ['2733594'])).toEqual({ verdict: 'patched', reason: 'replaced', kb: '2733594', replacedBy: 'MS12-054' });
    expect(importedVerdict(MS06_040, 'windows-xp-sp2', ['2733594', '958644'])).toMatchObject({ replacedBy: 'MS08-067' });
  });

  it('is affected when neither is installed, and says so apart when no KB numbers were given', () => {
    expect(importedVerdict(MS06_040, 'windows-xp-sp2', ['111111'])).toEqual({ verdict: 'affected', reason: 'missing', kbs: ['921883'] });
    expect(importedVerdict(MS06_040, 'windows-xp-sp2', undefined)).toEqual({ verdict: 'affected', reason: 'unchecked', kbs: ['921883'] });
  });

  it('is patched for a service pack the bulletin says includes the fix, whatever is installed', () => {
    const data: BulletinCheckData = { ...MS06_040, products: [...MS06_040.products, { id: 'windows-xp-sp3', name: name('Windows XP Service Pack 3'), status: 'fixed', kbs: [], with: [] }] };
    expect(importedVerdict(data, 'windows-xp-sp3', undefined)).toEqual({ verdict: 'patched', reason: 'service-pack' });
    expect(importedVerdict(data, 'windows-xp-sp3', ['111111'])).toEqual({ verdict: 'patched', reason: 'service-pack' });
  });

  it('is patched for a service pack released after the bulletin (MS06-040, 2006: Windows XP SP3 came out in 2008), saying why', () => {
    const data: BulletinCheckData = { ...MS06_040, products: [...MS06_040.products, { id: 'windows-xp-sp3', name: name('Windows XP Service Pack 3'), status: 'included', kbs: [], with: [] }] };
    expect(importedVerdict(data, 'windows-xp-sp3', undefined)).toEqual({ verdict: 'patched', reason: 'included' });
    expect(importedVerdict(data, 'windows-xp-sp3', ['111111'])).toEqual({ verdict: 'patched', reason: 'included' });
  });
});
