/** The decision tool's id lists, apart from their labels so a link can be checked without them. */
import type { Answer, Bottleneck, DecisionModelKind, PathId } from '../types.ts';

export const ANSWERS = ['yes', 'no', 'unsure'] as const satisfies readonly Answer[];
export const BOTTLENECKS = ['latency', 'cost', 'memory', 'throughput'] as const satisfies readonly Bottleneck[];
export const PATH_IDS = [
  'train-first',
  'retrain-first',
  'optimize-first',
  'refine-iteratively',
  'measure-first',
  'adapt-first',
] as const satisfies readonly PathId[];
/** Language model, other deep model, classic ML, or not known. */
export const DECISION_MODEL_KINDS = ['llm', 'deep', 'classic', 'unsure'] as const satisfies readonly DecisionModelKind[];
