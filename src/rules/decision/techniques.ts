/** The techniques a recommendation can name, with labels and guide links, and which bottleneck each addresses. */
import type { Bottleneck, TechniqueId, TechniqueInfo } from '../types.ts';

import { TECHNIQUE_IDS } from './ids.ts';

export { TECHNIQUE_IDS };

/** Every technique a recommendation can name. */
export const TECHNIQUES: Readonly<Record<TechniqueId, TechniqueInfo>> = {
  quantization: {
    id: 'quantization',
    label: 'Quantization',
    guide: '/guides/model-optimization/#quantization',
    needsRetraining: false,
    optimizes: true,
  },
  pruning: {
    id: 'pruning',
    label: 'Pruning and sparsity',
    guide: '/guides/model-optimization/#pruning-and-sparsity',
    needsRetraining: true,
    optimizes: true,
  },
  distillation: {
    id: 'distillation',
    label: 'Distillation',
    guide: '/guides/model-optimization/#distillation',
    needsRetraining: true,
    optimizes: true,
  },
  compilation: {
    id: 'compilation',
    label: 'Compilation and serving engines',
    guide: '/guides/model-optimization/#compilation-and-serving-engines',
    needsRetraining: false,
    optimizes: true,
  },
  batching: {
    id: 'batching',
    label: 'Batching',
    guide: '/guides/model-optimization/#batching-and-caching',
    needsRetraining: false,
    optimizes: true,
  },
  caching: {
    id: 'caching',
    label: 'Caching',
    guide: '/guides/model-optimization/#batching-and-caching',
    needsRetraining: false,
    optimizes: true,
  },
  'hyperparameter-tuning': {
    id: 'hyperparameter-tuning',
    label: 'Hyperparameter tuning',
    guide: '/guides/model-optimization/#hyperparameter-tuning',
    needsRetraining: true,
    optimizes: true,
  },
  'threshold-tuning': {
    id: 'threshold-tuning',
    label: 'Threshold tuning',
    guide: '/guides/model-optimization/#threshold-tuning',
    needsRetraining: false,
    optimizes: true,
  },
  ensembles: {
    id: 'ensembles',
    label: 'Ensembles',
    guide: '/guides/model-optimization/#ensembles',
    needsRetraining: true,
    optimizes: true,
  },
  'data-collection': {
    id: 'data-collection',
    label: 'Data collection',
    guide: '/guides/timelines-and-costs/#data-preparation-time',
    needsRetraining: false,
    optimizes: false,
  },
  labeling: {
    id: 'labeling',
    label: 'Labeling',
    guide: '/guides/timelines-and-costs/#data-preparation-time',
    needsRetraining: false,
    optimizes: false,
  },
  retraining: {
    id: 'retraining',
    label: 'Retraining',
    guide: '/guides/sequential-approach/#phase-1-initial-training',
    needsRetraining: true,
    optimizes: false,
  },
  monitoring: {
    id: 'monitoring',
    label: 'Monitoring',
    guide: '/guides/sequential-approach/#phase-4-iterative-refinement',
    needsRetraining: false,
    optimizes: false,
  },
  prompting: {
    id: 'prompting',
    label: 'Prompting',
    guide: '/guides/language-models/#prompting',
    needsRetraining: false,
    optimizes: false,
  },
  retrieval: {
    id: 'retrieval',
    label: 'Retrieval (RAG)',
    guide: '/guides/language-models/#retrieval-augmented-generation',
    needsRetraining: false,
    optimizes: false,
  },
  'hosted-api': {
    id: 'hosted-api',
    label: 'A hosted model API',
    guide: '/guides/language-models/#hosted-model-apis',
    needsRetraining: false,
    optimizes: false,
  },
};

/**
 * Techniques that address each bottleneck, in the order to try them: those that leave the weights
 * alone (a serving engine and compilation, batching, caching) before quantization, and those that
 * need a training run (pruning with retraining, distillation) last (opt-vllm, opt-compile, opt-effort).
 */
export const BOTTLENECK_TECHNIQUES: Readonly<Record<Bottleneck, readonly TechniqueId[]>> = {
  latency: ['compilation', 'batching', 'quantization', 'pruning', 'distillation'],
  cost: ['batching', 'caching', 'quantization', 'distillation'],
  memory: ['quantization', 'pruning', 'distillation'],
  throughput: ['compilation', 'batching', 'caching'],
};

/** What a language model adds per bottleneck: buying capacity through a hosted API (llm-api). */
export const LANGUAGE_MODEL_BOTTLENECK_TECHNIQUES: Readonly<Record<Bottleneck, readonly TechniqueId[]>> = {
  latency: [],
  cost: ['hosted-api'],
  memory: ['hosted-api'],
  throughput: ['hosted-api'],
};
