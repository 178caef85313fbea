/**
 * What one bulletin says of one catalog product: the one product view that the product pages, their
 * feeds, the check, the wizards, the JSON API and CSAF all read (src/data/bulletin-products.ts builds it
 * once per build). Curated and imported bulletins are both converted into it, so no surface decides a
 * status on its own.
 */
import { z } from 'astro/zod';

/**
 * A product's standing in one bulletin:
 * - `affected`: the bulletin lists it as affected, so its update applies;
 * - `fixed`: the bulletin says this service pack includes the fix (the curated bulletins' "patched");
 * - `included`: a service pack released after the bulletin, of a release it affects, that it does not
 *   name: service packs roll up the security updates released before them, so it includes the fix;
 * - `not-affected`: the bulletin lists it as not affected.
 */
export const PRODUCT_STATUSES = ['affected', 'fixed', 'included', 'not-affected'] as const;
export const productStatusSchema = z.enum(PRODUCT_STATUSES);
export type ProductStatus = z.infer<typeof productStatusSchema>;

/**
 * Why the status was given:
 * - `row`: a row of the bulletin's software lists names the product itself;
 * - `release`: a row names the product's release alone, without a service pack, and the bulletin names no
 *   service pack of that release (the row stands for the release and the service packs out on the
 *   bulletin's publication date);
 * - `service-pack`: the bulletin says this service pack (or an earlier one of the same release) includes the fix;
 * - `later-service-pack`: the service pack came out after the bulletin (status `included`).
 */
export const STATUS_REASONS = ['row', 'release', 'service-pack', 'later-service-pack'] as const;
export const statusReasonSchema = z.enum(STATUS_REASONS);
export type StatusReason = z.infer<typeof statusReasonSchema>;

const kbSchema = z.string().regex(/^\d{5,7}$/);
const bulletinIdSchema = z.string().regex(/^MS\d{2}-\d{3}$/);

/** One software row of a bulletin, as it names one product: what decided the product's status. */
export const productRowSchema = z
  .object({
    /** The row is in the affected list (else in the not-affected list). */
    affected: z.boolean(),
    /** The KB number the row gives, digits only, where it gives one. */
    kb: kbSchema.exactOptional(),
    /** The row's download links, in the source's order. */
    downloads: z.array(z.string()),
    /** The other catalog products the row names: a component's platforms, a platform's components. */
    with: z.array(z.string()),
    /** The row names the product's release alone: its name (or component) as the source gives it. */
    release: z.string().exactOptional(),
  })
  .strict();
export type ProductRow = z.infer<typeof productRowSchema>;

/** One bulletin's word on one catalog product. */
export const bulletinProductSchema = z
  .object({
    /** The bulletin, upper case: MS08-067. */
    bulletin: bulletinIdSchema,
    /** The catalog product's id (`/{lang}/products/{id}/`). */
    product: z.string().min(1),
    /** Its standing in the bulletin. */
    status: productStatusSchema,
    /** Why the status was given. */
    reason: statusReasonSchema,
    /** The KB numbers of the updates its rows give (digits), in the source's order, each once. */
    kbs: z.array(kbSchema),
    /** The download links of those rows, in the source's order, each once. */
    downloads: z.array(z.string()),
    /** The other products those rows name with it, each once. */
    with: z.array(z.string()),
    /** The bulletin names the product only as its release (reason `release`): the row's name as the source gives it. */
    release: z.string().exactOptional(),
    /** Curated bulletins: the lowest version of the key file their file tables list for it (fixed at or above). */
    fixedVersion: z.object({ /** The key file. */ file: z.string(), /** Its version. */ version: z.string() }).strict().exactOptional(),
    /** The rows that decided the status, in the source's order (none for `service-pack` and `later-service-pack`). */
    rows: z.array(productRowSchema),
  })
  .strict();
export type BulletinProduct = z.infer<typeof bulletinProductSchema>;
