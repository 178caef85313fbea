import { z } from 'astro/zod';
import { anchorIdSchema, localizedSchema } from './common.ts';

/** A product family the bulletin lists can be filtered by (content/corpus/families.yaml). */
export const corpusFamilySchema = z
  .object({
    /** Its id, used in filter links and URLs: `internet-explorer`. */
    id: anchorIdSchema,
    /** Its name in both languages (one string when the same): `Internet Explorer`. */
    label: localizedSchema,
    /** Texts that, found in an affected software name (case-insensitive), put the bulletin in this family: `[Internet Explorer]`. */
    match: z.array(z.string().min(1)).min(1, { error: 'List at least one text to match in software names.' }),
  })
  .strict();

/** The families, in the order the filters offer them; ids are unique. */
export const corpusFamiliesSchema = z.array(corpusFamilySchema).superRefine((families, ctx) => {
  const seen = new Set<string>();
  families.forEach((family, index) => {
    if (seen.has(family.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${family.id}" is listed twice. Give each family its own id.` });
    seen.add(family.id);
  });
});

export type CorpusFamily = z.output<typeof corpusFamilySchema>;
