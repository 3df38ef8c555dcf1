/** The estimator's own warnings (the shared field messages are in ../messages.ts). */
import { TIMELINE_FIELD_LABELS, type TimelineLabelled } from './field-labels.ts';

export const TIMELINE_MESSAGES = {
  ignoredForKind: (field: TimelineLabelled) =>
    `${TIMELINE_FIELD_LABELS[field]} was ignored because 6 × parameters × tokens applies only to language models; classic models use GPU-hour defaults unless you give total FLOPs.`,
  doesNotFit: (gpu: string, perGpuGB: number, availableGB: number, minGpus: number | null) =>
    minGpus === null
      ? `This plan needs about ${Math.ceil(perGpuGB)} GB on each ${gpu}, which has ${availableGB} GB, and no number of them fits: the activations alone are too large. Shorten the sequences, lower the batch, or choose a GPU with more memory.`
      : `This plan needs about ${Math.ceil(perGpuGB)} GB on each ${gpu}, which has ${availableGB} GB. It fits on ${minGpus} or more of them (with the weights and optimizer state sharded across the GPUs).`,
  noFp8: (gpu: string) => `Precision FP8 was ignored because the ${gpu} has no FP8 matrix units; the estimate uses BF16.`,
  fallbackCompute: () =>
    'Fine-tune compute uses typical GPU-hours because the data size is unknown. Enter the dataset tokens and epochs to compute it from the model size.',
  throughputNeedsTokens: () => 'Measured tokens per second per GPU was ignored because a fine-tune has no default token count. Enter the training tokens too.',
} as const;
