/** The techniques a recommendation can name, with labels and guide links, and which bottleneck each addresses. */
import type { Bottleneck, TechniqueId, TechniqueInfo } from '../types.ts';

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
] as const satisfies readonly TechniqueId[];

/** Every technique a recommendation can name. */
export const TECHNIQUES: Readonly<Record<TechniqueId, TechniqueInfo>> = {
  quantization: {
    id: 'quantization',
    label: 'Quantization',
    summary: 'Store weights (and sometimes activations) in 8 or 4 bits instead of 16 to cut memory and, with the right kernels, latency.',
    guide: '/guides/model-optimization/#quantization',
    needsRetraining: false,
    optimizes: true,
  },
  pruning: {
    id: 'pruning',
    label: 'Pruning and sparsity',
    summary: 'Remove weights the model barely uses, for example in a 2:4 pattern the GPU can skip, then retrain to recover accuracy.',
    guide: '/guides/model-optimization/#pruning-and-sparsity',
    needsRetraining: true,
    optimizes: true,
  },
  distillation: {
    id: 'distillation',
    label: 'Distillation',
    summary: 'Train a smaller student model to imitate the large one; it is a training run of its own.',
    guide: '/guides/model-optimization/#distillation',
    needsRetraining: true,
    optimizes: true,
  },
  compilation: {
    id: 'compilation',
    label: 'Compilation and serving engines',
    summary: 'Let a compiler or an inference engine fuse operations and schedule the GPU better, with no change to the weights.',
    guide: '/guides/model-optimization/#compilation-and-serving-engines',
    needsRetraining: false,
    optimizes: true,
  },
  batching: {
    id: 'batching',
    label: 'Batching',
    summary: 'Serve several requests in one pass so the GPU does more useful work per second.',
    guide: '/guides/model-optimization/#batching-and-caching',
    needsRetraining: false,
    optimizes: true,
  },
  caching: {
    id: 'caching',
    label: 'Caching',
    summary: 'Reuse work already done: repeated answers, shared prompt prefixes, the attention key-value cache.',
    guide: '/guides/model-optimization/#batching-and-caching',
    needsRetraining: false,
    optimizes: true,
  },
  'hyperparameter-tuning': {
    id: 'hyperparameter-tuning',
    label: 'Hyperparameter tuning',
    summary: 'Search learning rate, regularization and similar settings, stopping weak trials early; each trial is a partial training run.',
    guide: '/guides/model-optimization/#hyperparameter-tuning',
    needsRetraining: true,
    optimizes: true,
  },
  'threshold-tuning': {
    id: 'threshold-tuning',
    label: 'Threshold tuning',
    summary: 'Move the score cut-off to the point that best serves the metric that matters, such as precision or recall. No retraining.',
    guide: '/guides/model-optimization/#threshold-tuning',
    needsRetraining: false,
    optimizes: true,
  },
  ensembles: {
    id: 'ensembles',
    label: 'Ensembles',
    summary: 'Combine several models’ predictions for a few more points, paying roughly one model’s serving cost per member.',
    guide: '/guides/model-optimization/#ensembles',
    needsRetraining: true,
    optimizes: true,
  },
  'data-collection': {
    id: 'data-collection',
    label: 'Data collection',
    summary: 'Gather examples that match the task and the data the model will see in production.',
    guide: '/guides/timelines-and-costs/#data-preparation-time',
    needsRetraining: false,
    optimizes: false,
  },
  labeling: {
    id: 'labeling',
    label: 'Labeling',
    summary: 'Give examples correct answers, and check the labels you already have: wrong labels teach the wrong task.',
    guide: '/guides/timelines-and-costs/#data-preparation-time',
    needsRetraining: false,
    optimizes: false,
  },
  retraining: {
    id: 'retraining',
    label: 'Retraining',
    summary: 'Train again, from a pretrained model or from scratch, on data that reflects the task as it is now.',
    guide: '/guides/sequential-approach/#phase-1-initial-training',
    needsRetraining: true,
    optimizes: false,
  },
  monitoring: {
    id: 'monitoring',
    label: 'Monitoring',
    summary: 'Track accuracy, latency and cost in production so drift and regressions show up before users notice them.',
    guide: '/guides/sequential-approach/#phase-4-iterative-refinement',
    needsRetraining: false,
    optimizes: false,
  },
};

/** Techniques that address each bottleneck, in the order they are usually tried. */
export const BOTTLENECK_TECHNIQUES: Readonly<Record<Bottleneck, readonly TechniqueId[]>> = {
  latency: ['quantization', 'pruning', 'distillation', 'compilation'],
  cost: ['quantization', 'distillation', 'batching', 'caching'],
  memory: ['quantization', 'pruning', 'distillation'],
  throughput: ['batching', 'compilation', 'caching'],
};
