/** The estimator's own warnings (the shared field messages are in ../messages.ts). */
import type { MemoryField, TimelineField } from '../types.ts';

/**
 * Plain-words names of the estimator's fields (and the memory check's): the one table its form's labels
 * (src/islands/timeline/labels.ts) and its error messages both read, so an error names the label the reader sees.
 */
export const TIMELINE_FIELD_LABELS = {
  scenario: 'Scenario',
  preset: 'Preset',
  modelKind: 'Model kind',
  modelParams: 'Model size (parameters)',
  trainingTokens: 'Training tokens',
  totalFlops: 'Total training FLOPs',
  tokensPerSecond: 'Measured tokens per second per GPU',
  gpuType: 'GPU type',
  gpuCount: 'Number of GPUs',
  mfu: 'MFU (model FLOPs utilization)',
  pricePerGpuHour: 'Price per GPU-hour',
  dataReadiness: 'Data readiness',
  techniques: 'Optimization techniques',
  refinementCycles: 'Refinement cycles',
  dayRate: 'Team day rate',
  method: 'Fine-tuning method',
  datasetTokens: 'Dataset tokens (one epoch)',
  epochs: 'Epochs',
  activeParams: 'Active parameters per token',
  studentParams: 'Student model size (parameters)',
  precision: 'Precision',
  sequenceLength: 'Sequence length (tokens)',
  batchSize: 'Batch size per GPU',
} as const satisfies Record<TimelineField | MemoryField, string>;

export type TimelineLabelled = keyof typeof TIMELINE_FIELD_LABELS;

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
