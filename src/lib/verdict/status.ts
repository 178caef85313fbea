/**
 * The one vocabulary for a product's status. Each status has one set of labels, in three forms for the
 * three places it is said: the verdict for a machine (wizard, verdict pages), what a bulletin says of
 * a product (product pages), and the heading over a list of products with that status (at a glance).
 */
import type { UiKey } from '../i18n/translate.ts';
import type { Verdict } from './decide.ts';
import type { WizardStatus } from './wizard-facts.ts';

/** Every form's label key per status; a status a form never shows has none. */
export const STATUS_LABELS = {
  /** The verdict for a machine: "Patched". */
  verdict: {
    affected: 'status.verdict.affected',
    patched: 'status.verdict.patched',
    'not-affected': 'status.verdict.not-affected',
    unknown: 'status.verdict.unknown',
  },
  /** What the bulletin says of the product: "The fix will be included in this service pack". */
  product: {
    affected: 'status.product.affected',
    patched: 'status.product.patched',
    'not-affected': 'status.product.not-affected',
    'not-listed': 'status.product.not-listed',
  },
  /** A heading over the products with that status: "Inclusion in future service packs". */
  list: {
    affected: 'status.list.affected',
    patched: 'status.list.patched',
    'not-affected': 'status.list.not-affected',
  },
} as const satisfies {
  verdict: Record<Verdict, UiKey>;
  product: Record<WizardStatus, UiKey>;
  list: Record<Exclude<WizardStatus, 'not-listed'>, UiKey>;
};

/** The label key of `status` in `form`. */
export function statusLabel<F extends keyof typeof STATUS_LABELS>(form: F, status: keyof (typeof STATUS_LABELS)[F]): UiKey {
  return STATUS_LABELS[form][status] as UiKey;
}
