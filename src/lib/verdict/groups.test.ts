import { describe, expect, it } from 'vitest';
import { groupProducts } from './groups.ts';

/** A small catalog of its own: two groups, three families (two of them in one group), out of order. */
const label = (en: string) => ({ ja: en, en });
const catalog = {
  wizardGroups: [
    { id: 'current', label: label('Current') },
    { id: 'older', label: label('Older') },
    { id: 'unused', label: label('Unused') },
  ],
  families: [
    { id: 'a', wizardGroup: 'current' },
    { id: 'b', wizardGroup: 'older' },
    { id: 'c', wizardGroup: 'older' },
  ],
  products: [
    { id: 'b1', family: 'b' },
    { id: 'a1', family: 'a' },
    { id: 'c1', family: 'c' },
    { id: 'b2', family: 'b' },
    { id: 'a2', family: 'a' },
  ],
};

describe('the wizard groups', () => {
  it('come in the declared order, each with its products in catalog order, across families', () => {
    expect(groupProducts(catalog).map(({ group, products }) => [group.id, products.map((p) => p.id)])).toEqual([
      ['current', ['a1', 'a2']],
      ['older', ['b1', 'c1', 'b2']],
    ]);
  });
  it('hold every product exactly once', () => {
    expect(groupProducts(catalog).flatMap((g) => g.products.map((p) => p.id)).sort()).toEqual(catalog.products.map((p) => p.id).sort());
  });
  it('leave out empty groups', () => {
    expect(groupProducts({ ...catalog, products: [{ id: 'c1', family: 'c' }] }).map((g) => g.group.id)).toEqual(['older']);
  });
  it('carry their labels', () => {
    expect(groupProducts(catalog)[1]!.group.label).toEqual({ ja: 'Older', en: 'Older' });
  });
});
