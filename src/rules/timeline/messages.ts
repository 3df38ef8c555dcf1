/** The estimator's own warnings (the shared field messages are in ../messages.ts). */
import { FIELD_LABELS, type LabelledField } from '../messages.ts';

export const TIMELINE_MESSAGES = {
  noDefaultPrice: (gpu: string) =>
    `There is no default price for the ${gpu}, so costs are shown as unknown. Enter your own price per GPU-hour to see them.`,
  ignoredForKind: (field: LabelledField) =>
    `${FIELD_LABELS[field]} was ignored because 6 × parameters × tokens applies only to language models; classic models use GPU-hour defaults unless you give total FLOPs.`,
  throughputNeedsTokens: () =>
    'Measured tokens per second per GPU was ignored because a fine-tune has no default token count. Enter the training tokens too.',
} as const;
