import { z } from 'astro/zod';
import { anchorIdSchema } from './common.ts';

/** A regular expression written as a string; it must compile. */
const patternSchema = z.string().min(1).refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { error: 'This is not a valid regular expression. Fix its syntax (JavaScript, Unicode mode).' },
);

/** One kind of section and the texts that name it (content/corpus/sections.yaml). */
export const sectionRuleSchema = z
  .object({
    /** The section's public anchor: one of the contract's (`summary`, `affected-software`, `workarounds`, …). */
    anchor: anchorIdSchema,
    /** 1: tried over the whole page first; 2: only fills an anchor that no tier-1 heading took. */
    tier: z.union([z.literal(1), z.literal(2)]),
    /** The pattern a heading's normalised text matches when it names the section. */
    match: patternSchema,
    /** Whether letter case does not matter to `match` and `not`. */
    caseless: z.boolean().default(false),
    /** What `match` matches that does not name the section. */
    not: patternSchema.exactOptional(),
  })
  .strict();

/** The corpus's section vocabulary: section kinds, plain labels and short anchors for frequent headings. */
export const corpusSectionsSchema = z
  .object({
    /** The section kinds, in the order they are tried (every tier-1 rule before the tier-2 ones). */
    sections: z.array(sectionRuleSchema).min(1),
    /** The exact texts that stand as a label in a plain (not bold) paragraph. */
    plainLabels: z.array(z.string().min(1)),
    /** Short stable anchors for frequent headings that are not contract sections, by normalised text. */
    slugs: z.record(z.string().min(1), anchorIdSchema),
  })
  .strict();

export type CorpusSections = z.output<typeof corpusSectionsSchema>;
