import { z } from 'astro/zod';
import { localizedSchema, productIdSchema } from './common.ts';

/** An id of a family or wizard group: lower-case ASCII words joined by hyphens. */
const groupIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: 'Ids are lower-case ASCII words joined by hyphens, e.g. "windows-xp" or "internet-explorer".',
});

/**
 * A group of step 1 of the "am I affected?" wizard ("Which version of Windows is the computer running?"): how a person
 * thinks of their software, which may join several families (NT 4.0, 2000 and 9x under "Older versions of Windows").
 */
export const wizardGroupSchema = z
  .object({
    /** The id families point to with `wizardGroup`, e.g. `older`. */
    id: groupIdSchema,
    /** The group's legend in the wizard and heading in its list of verdict pages. */
    label: localizedSchema,
  })
  .strict();
export type WizardGroup = z.output<typeof wizardGroupSchema>;

/** A product family: how products are listed on the products pages (`/{lang}/products/#family-{id}`). */
export const productFamilySchema = z
  .object({
    /** The id products point to with `family`; part of the anchor `#family-{id}`, so never change it. */
    id: groupIdSchema,
    /** Its heading on the products pages, e.g. "Windows 98 and Windows Millennium Edition". */
    label: localizedSchema,
    /** The wizard group its products are offered under in the curated bulletins' wizards (an id from `wizardGroups`); none for a family no curated wizard offers. */
    wizardGroup: groupIdSchema.exactOptional(),
    /** The question of "what does this machine need?" (`/{lang}/check/`) its products answer: the Windows (`os`), Internet Explorer (`ie`) or Office (`office`) it runs. */
    check: z.enum(['os', 'ie', 'office'], { error: 'check is one of os, ie or office: the question of the check page the products answer.' }).exactOptional(),
  })
  .strict();
export type ProductFamily = z.output<typeof productFamilySchema>;

/**
 * How Windows' `systeminfo` output names a Windows product: the check page reads a pasted output and picks
 * the product whose `name` is the longest one the output's OS name contains, then its architecture,
 * service pack and build.
 */
export const systeminfoSchema = z
  .object({
    /** Text the OS name contains ("Windows Server 2008 R2"); of two that match, the longer wins. */
    name: z.string().min(1),
    /** The architectures the system type may say (`unknown`: it says none); any when left out. */
    arch: z.array(z.enum(['x86', 'x64', 'itanium', 'unknown'])).min(1).exactOptional(),
    /** The service pack the version line names; none when left out. */
    servicePack: z.number().int().min(1).exactOptional(),
    /** The build the version line gives (Windows 10's releases), where it decides. */
    build: z.number().int().min(1).exactOptional(),
  })
  .strict();
export type Systeminfo = z.output<typeof systeminfoSchema>;

/** A general-availability date: a day, or a month where the source gives no day. */
const releasedSchema = z.string().regex(/^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, {
  error: 'released is a date, YYYY-MM-DD, or YYYY-MM where the source gives only the month (quote neither).',
});

/** One product of the shared catalog (`content/products.yaml`), referenced by every bulletin. */
export const productSchema = z
  .object({
    /** The permanent id, part of public URLs (`/{lang}/products/{id}/`). Never change it. */
    id: productIdSchema,
    /** The family lists and the wizard put it under: an id from `families`, e.g. windows-xp (also the product index's #family-… anchor). */
    family: groupIdSchema,
    /** Its name as readers know it, e.g. "Windows XP Service Pack 1"; a plain string when both languages agree. */
    name: localizedSchema,
    /**
     * A release's service packs, oldest first (product ids of either catalog file). A bulletin that names the
     * release alone speaks of those out on its publication date (see `released`), and a fix a service pack
     * includes reaches the later ones.
     */
    servicePacks: z.array(productIdSchema).min(1).exactOptional(),
    /**
     * Its general availability, `YYYY-MM-DD`, or `YYYY-MM` where the source gives only the month: from
     * Microsoft's lifecycle data where it has the product, else the public page named in a YAML comment.
     * A release named alone stands for the service packs out on a bulletin's publication date, and a later
     * one includes the fix; a service pack without one is spoken of whatever the bulletin's date.
     */
    released: releasedSchema.exactOptional(),
    /** How Windows' `systeminfo` names this product, for the check's paste (see `systeminfoSchema`). */
    systeminfo: systeminfoSchema.exactOptional(),
  })
  .strict();
export type Product = z.output<typeof productSchema>;

/** The whole catalog file. */
export const productCatalogSchema = z
  .object({
    /** The wizard's groups, in the order step 1 shows them. */
    wizardGroups: z.array(wizardGroupSchema).min(1),
    /** The families, in the order the products pages list them. */
    families: z.array(productFamilySchema).min(1),
    /** Every product, in the order lists show them (within its family and wizard group). */
    products: z.array(productSchema).min(1),
  })
  .strict();
export type ProductCatalog = z.output<typeof productCatalogSchema>;

/** The corpus's products beyond the curated catalog (`content/corpus/products.yaml`): families and products, no wizard groups. */
export const corpusProductsSchema = z
  .object({
    /** Families the curated catalog does not have, in the order the products pages list them. */
    families: z.array(productFamilySchema),
    /** Every product, in the order lists show them; `family` may name a family of either file. */
    products: z.array(productSchema).min(1),
  })
  .strict();
export type CorpusProducts = z.output<typeof corpusProductsSchema>;
