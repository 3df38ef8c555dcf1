/** The estimator's id lists, apart from their labels so a link can be checked without them. */
import type { DataReadiness, FineTuneMethod, MemoryMethod, ModelKind, OptimizationTechniqueId, PhaseId, Precision, ScenarioId } from '../types.ts';

export const SCENARIO_IDS = ['train-from-scratch', 'fine-tune', 'optimize-existing'] as const satisfies readonly ScenarioId[];
export const DATA_READINESS_IDS = ['ready', 'needs-cleaning', 'needs-labeling', 'needs-collection'] as const satisfies readonly DataReadiness[];
export const MODEL_KIND_IDS = ['llm', 'classic'] as const satisfies readonly ModelKind[];
export const PHASE_IDS = ['data-preparation', 'initial-training', 'validation', 'optimization', 'refinement'] as const satisfies readonly PhaseId[];
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
] as const satisfies readonly OptimizationTechniqueId[];
export const FINE_TUNE_METHODS = ['full', 'lora', 'qlora'] as const satisfies readonly FineTuneMethod[];
export const MEMORY_METHODS = ['full', 'lora', 'qlora', 'inference'] as const satisfies readonly MemoryMethod[];
export const PRECISIONS = ['bf16', 'fp8'] as const satisfies readonly Precision[];
