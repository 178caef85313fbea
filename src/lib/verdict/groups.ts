/** How lists of products are grouped: the wizard's groups (step 1) and the catalog's families, both declared in content/products.yaml. */
import type { Product, ProductFamily, WizardGroup } from '../../schemas/product.ts';

/** The catalog's parts grouping needs. */
export interface GroupedCatalog<P extends Pick<Product, 'family'>> {
  wizardGroups: readonly WizardGroup[];
  families: readonly Pick<ProductFamily, 'id' | 'wizardGroup'>[];
  products: readonly P[];
}

/** The products by wizard group: groups in the catalog's order, products in catalog order; empty groups left out. */
export function groupProducts<P extends Pick<Product, 'family'>>(catalog: GroupedCatalog<P>): { group: WizardGroup; products: P[] }[] {
  const groupOf = new Map(catalog.families.map((f) => [f.id, f.wizardGroup]));
  return catalog.wizardGroups
    .map((group) => ({ group, products: catalog.products.filter((p) => groupOf.get(p.family) === group.id) }))
    .filter((entry) => entry.products.length > 0);
}
