import type { MemoryField, TimelineField } from '../types.ts';

/**
 * Plain-words names of the estimator's fields (and the memory check's): the one table its form's labels
 * (src/islands/timeline/labels.ts) and its error messages both read, so an error names the label the reader sees.
 * A module of its own: the estimator's link codec (../url-state/plan.ts) names fields too, and the decision
 * guide loads that codec without the estimator's messages.
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
