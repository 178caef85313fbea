import { z } from 'astro/zod';
import { localizedSchema, productIdSchema } from './common.ts';

/** How a person groups Windows versions; used to group products in lists and the wizard. */
export const PRODUCT_FAMILIES = [
  'windows-xp',
  'windows-xp-64',
  'windows-server-2003',
  'windows-nt4',
  'windows-2000',
  'windows-9x',
] as const;

/** One product of the shared catalog (`content/products.yaml`), referenced by every bulletin. */
export const productSchema = z
  .object({
    /** The permanent id, part of public URLs (`/{lang}/products/{id}/`). Never change it. */
    id: productIdSchema,
    /** The group lists and the wizard put it in, e.g. windows-xp (also the product index's #family-… anchor). */
    family: z.enum(PRODUCT_FAMILIES),
    /** Its name as readers know it, e.g. "Windows XP Service Pack 1"; a plain string when both languages agree. */
    name: localizedSchema,
  })
  .strict();
export type Product = z.output<typeof productSchema>;

/**
 * A product as the `products` collection stores it. The store does not keep the catalog's order,
 * which lists show, so each entry carries its place.
 */
export const catalogEntrySchema = productSchema.extend({
  /** Its place in content/products.yaml, from 0. */
  position: z.number().int().min(0),
});

/** The whole catalog file. */
export const productCatalogSchema = z.object({
  /** Every product, at least one, in the order lists show them. */
  products: z.array(productSchema).min(1),
}).strict();
