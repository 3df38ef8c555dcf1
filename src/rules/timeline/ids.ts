/** The estimator's id lists, apart from their labels so a link can be checked without them. */
export const SCENARIO_IDS = ['train-from-scratch', 'fine-tune', 'optimize-existing'] as const;
export const DATA_READINESS_IDS = ['ready', 'needs-cleaning', 'needs-labeling', 'needs-collection'] as const;
export const MODEL_KIND_IDS = ['llm', 'classic'] as const;
export const PHASE_IDS = ['data-preparation', 'initial-training', 'validation', 'optimization', 'refinement'] as const;
export const OPTIMIZATION_TECHNIQUE_IDS = [
  'quantization',
  'pruning',
  'distillation',
  'compilation',
  'batching',
  'caching',
  'hyperparameter-tuning',
  'threshold-tuning',
  'ensembles',
] as const;
export const FINE_TUNE_METHODS = ['full', 'lora', 'qlora'] as const;
export const MEMORY_METHODS = ['full', 'lora', 'qlora', 'inference'] as const;
export const PRECISIONS = ['bf16', 'fp8'] as const;
