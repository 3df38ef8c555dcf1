/** The techniques a recommendation can name, with labels and guide links, and which bottleneck each addresses. */
import type { Bottleneck, TechniqueId, TechniqueInfo } from '../types.ts';
import { RETRAINS, TECHNIQUE_LABELS } from './technique-labels.ts';

import { TECHNIQUE_IDS } from './ids.ts';

export { TECHNIQUE_IDS };

/** Every technique a recommendation can name. */
export const TECHNIQUES: Readonly<Record<TechniqueId, TechniqueInfo>> = {
  quantization: {
    id: 'quantization',
    label: TECHNIQUE_LABELS.quantization,
    guide: '/guides/model-optimization/#quantization',
    needsRetraining: RETRAINS.quantization,
    optimizes: true,
  },
  pruning: {
    id: 'pruning',
    label: TECHNIQUE_LABELS.pruning,
    guide: '/guides/model-optimization/#pruning-and-sparsity',
    needsRetraining: RETRAINS.pruning,
    optimizes: true,
  },
  distillation: {
    id: 'distillation',
    label: TECHNIQUE_LABELS.distillation,
    guide: '/guides/model-optimization/#distillation',
    needsRetraining: RETRAINS.distillation,
    optimizes: true,
  },
  compilation: {
    id: 'compilation',
    label: TECHNIQUE_LABELS.compilation,
    guide: '/guides/model-optimization/#compilation-and-serving-engines',
    needsRetraining: RETRAINS.compilation,
    optimizes: true,
  },
  batching: {
    id: 'batching',
    label: TECHNIQUE_LABELS.batching,
    guide: '/guides/model-optimization/#batching-and-caching',
    needsRetraining: RETRAINS.batching,
    optimizes: true,
  },
  caching: {
    id: 'caching',
    label: TECHNIQUE_LABELS.caching,
    guide: '/guides/model-optimization/#batching-and-caching',
    needsRetraining: RETRAINS.caching,
    optimizes: true,
  },
  'hyperparameter-tuning': {
    id: 'hyperparameter-tuning',
    label: TECHNIQUE_LABELS['hyperparameter-tuning'],
    guide: '/guides/model-optimization/#hyperparameter-tuning',
    needsRetraining: RETRAINS['hyperparameter-tuning'],
    optimizes: true,
  },
  'threshold-tuning': {
    id: 'threshold-tuning',
    label: TECHNIQUE_LABELS['threshold-tuning'],
    guide: '/guides/model-optimization/#threshold-tuning',
    needsRetraining: RETRAINS['threshold-tuning'],
    optimizes: true,
  },
  ensembles: {
    id: 'ensembles',
    label: TECHNIQUE_LABELS.ensembles,
    guide: '/guides/model-optimization/#ensembles',
    needsRetraining: RETRAINS.ensembles,
    optimizes: true,
  },
  'data-collection': {
    id: 'data-collection',
    label: TECHNIQUE_LABELS['data-collection'],
    guide: '/guides/timelines-and-costs/#data-preparation-time',
    needsRetraining: RETRAINS['data-collection'],
    optimizes: false,
  },
  labeling: {
    id: 'labeling',
    label: TECHNIQUE_LABELS.labeling,
    guide: '/guides/timelines-and-costs/#data-preparation-time',
    needsRetraining: RETRAINS.labeling,
    optimizes: false,
  },
  retraining: {
    id: 'retraining',
    label: TECHNIQUE_LABELS.retraining,
    guide: '/guides/sequential-approach/#phase-1-initial-training',
    needsRetraining: RETRAINS.retraining,
    optimizes: false,
  },
  monitoring: {
    id: 'monitoring',
    label: TECHNIQUE_LABELS.monitoring,
    guide: '/guides/sequential-approach/#phase-4-iterative-refinement',
    needsRetraining: RETRAINS.monitoring,
    optimizes: false,
  },
  prompting: {
    id: 'prompting',
    label: TECHNIQUE_LABELS.prompting,
    guide: '/guides/language-models/#prompting',
    needsRetraining: RETRAINS.prompting,
    optimizes: false,
  },
  retrieval: {
    id: 'retrieval',
    label: TECHNIQUE_LABELS.retrieval,
    guide: '/guides/language-models/#retrieval-augmented-generation',
    needsRetraining: RETRAINS.retrieval,
    optimizes: false,
  },
  'hosted-api': {
    id: 'hosted-api',
    label: TECHNIQUE_LABELS['hosted-api'],
    guide: '/guides/language-models/#hosted-model-apis',
    needsRetraining: RETRAINS['hosted-api'],
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
