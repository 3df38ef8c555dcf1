/**
 * Each technique's name, and whether it retrains a model: in a module of their own, because a
 * bundle takes a shared module whole, and the estimator (which shows only the names of the
 * optimization techniques and asks which retrain) should not load every guide link of TECHNIQUES.
 */
import type { TechniqueId } from '../types.ts';

/** Each technique's name as pages show it. */
export const TECHNIQUE_LABELS: Readonly<Record<TechniqueId, string>> = {
  quantization: 'Quantization',
  pruning: 'Pruning and sparsity',
  distillation: 'Distillation',
  compilation: 'Compilation and serving engines',
  batching: 'Batching',
  caching: 'Caching',
  'hyperparameter-tuning': 'Hyperparameter tuning',
  'threshold-tuning': 'Threshold tuning',
  ensembles: 'Ensembles',
  'data-collection': 'Data collection',
  labeling: 'Labeling',
  retraining: 'Retraining',
  monitoring: 'Monitoring',
  prompting: 'Prompting',
  retrieval: 'Retrieval (RAG)',
  'hosted-api': 'A hosted model API',
};

/** True when the technique needs a training run (distillation, pruning with retraining, …). */
export const RETRAINS: Readonly<Record<TechniqueId, boolean>> = {
  quantization: false,
  pruning: true,
  distillation: true,
  compilation: false,
  batching: false,
  caching: false,
  'hyperparameter-tuning': true,
  'threshold-tuning': false,
  ensembles: true,
  'data-collection': false,
  labeling: false,
  retraining: true,
  monitoring: false,
  prompting: false,
  retrieval: false,
  'hosted-api': false,
};

