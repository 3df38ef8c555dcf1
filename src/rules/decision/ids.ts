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
