/**
 * Every guide section the rules link to. The guides' H2 headings produce these anchors
 * (github-slugger), so a heading must not change without changing this list.
 */
import type { GuideLink } from './types.ts';

export const GUIDE_LINKS = [
  '/guides/when-to-train-first/#building-from-scratch',
  '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
  '/guides/when-to-train-first/#new-data-sources',
  '/guides/when-to-train-first/#a-changed-use-case',
  '/guides/when-to-optimize-first/#accurate-but-too-slow',
  '/guides/when-to-optimize-first/#serving-costs-too-much',
  '/guides/when-to-optimize-first/#a-few-more-points-of-accuracy',
  '/guides/when-to-optimize-first/#preparing-for-production-scale',
  '/guides/sequential-approach/#phase-1-initial-training',
  '/guides/sequential-approach/#phase-2-validation-and-testing',
  '/guides/sequential-approach/#phase-3-strategic-optimization',
  '/guides/sequential-approach/#phase-4-iterative-refinement',
  '/guides/making-the-decision/#question-1-does-the-model-meet-the-bar',
  '/guides/making-the-decision/#question-2-is-performance-blocking-production',
  '/guides/making-the-decision/#question-3-has-the-data-or-use-case-changed',
  '/guides/making-the-decision/#question-4-does-a-working-model-need-a-few-more-points',
  '/guides/model-optimization/#quantization',
  '/guides/model-optimization/#pruning-and-sparsity',
  '/guides/model-optimization/#distillation',
  '/guides/model-optimization/#compilation-and-serving-engines',
  '/guides/model-optimization/#batching-and-caching',
  '/guides/model-optimization/#hyperparameter-tuning',
  '/guides/model-optimization/#threshold-tuning',
  '/guides/model-optimization/#ensembles',
  '/guides/timelines-and-costs/#estimating-training-compute',
  '/guides/timelines-and-costs/#data-preparation-time',
  '/guides/timelines-and-costs/#what-moves-the-numbers',
  '/guides/model-training/#how-to-know-training-worked',
  '/guides/model-optimization/#prompting',
  '/guides/model-optimization/#retrieval-augmented-generation',
  '/guides/model-optimization/#hosted-model-apis',
  '/guides/when-to-train-first/#language-models-adapt-before-you-train',
  '/guides/when-to-train-first/#measure-on-the-new-data-first',
] as const satisfies readonly GuideLink[];
