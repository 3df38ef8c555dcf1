/** The decision tool's id lists, apart from their labels so a link can be checked without them. */
export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export const BOTTLENECKS = ['latency', 'cost', 'memory', 'throughput'] as const;
export const PATH_IDS = [
  'train-first',
  'retrain-first',
  'optimize-first',
  'refine-iteratively',
  'measure-first',
  'adapt-first',
] as const;
/** Language model, other deep model, classic ML, or not known. */
export const DECISION_MODEL_KINDS = ['llm', 'deep', 'classic', 'unsure'] as const;
/** The techniques a recommendation can name (labels and guides in ./techniques.ts). */
export const TECHNIQUE_IDS = [
  'quantization',
  'pruning',
  'distillation',
  'compilation',
  'batching',
  'caching',
  'hyperparameter-tuning',
  'threshold-tuning',
  'ensembles',
  'data-collection',
  'labeling',
  'retraining',
  'monitoring',
  'prompting',
  'retrieval',
  'hosted-api',
] as const;
