/** The six paths a recommendation can take, with labels, summaries and guide links (techniques: ./techniques.ts). */
import type { PathId, PathInfo } from '../types.ts';

/** The recommendations, with a one-line summary and the guide section that explains each. */
export const PATHS: Readonly<Record<PathId, PathInfo>> = {
  'train-first': {
    id: 'train-first',
    label: 'Train first',
    summary: 'There is no model to improve yet: collect data, train a first model and prove it can learn the task.',
    guide: '/guides/when-to-train-first/#building-from-scratch',
    startPhase: 'initial-training',
    scenario: 'train-from-scratch',
  },
  'retrain-first': {
    id: 'retrain-first',
    label: 'Retrain first',
    summary: 'Fix what the model learns (data, labels, training) before tuning it: optimization cannot repair a root cause.',
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    startPhase: 'initial-training',
    scenario: 'fine-tune',
  },
  'optimize-first': {
    id: 'optimize-first',
    label: 'Optimize first',
    summary: 'The model has learned the task: make it faster, cheaper or a few points better without starting over.',
    guide: '/guides/sequential-approach/#phase-3-strategic-optimization',
    startPhase: 'optimization',
    scenario: 'optimize-existing',
  },
  'refine-iteratively': {
    id: 'refine-iteratively',
    label: 'Refine iteratively',
    summary: 'Nothing is blocking: monitor the model, retrain for the weaknesses you find and optimize for efficiency, in cycles.',
    guide: '/guides/sequential-approach/#phase-4-iterative-refinement',
    startPhase: 'refinement',
    scenario: 'fine-tune',
  },
  'measure-first': {
    id: 'measure-first',
    label: 'Measure first',
    summary: 'Something changed, but no drop has been measured: check the model on the new data, and retrain only if the drop is real.',
    guide: '/guides/when-to-train-first/#measure-on-the-new-data-first',
    startPhase: 'validation',
    scenario: 'fine-tune',
  },
  'adapt-first': {
    id: 'adapt-first',
    label: 'Prompt and retrieve first',
    summary: 'Start from a pretrained language model: prompting, retrieval of your documents or a hosted API before any training.',
    guide: '/guides/language-models/#adapt-before-you-train',
    startPhase: 'validation',
    scenario: 'fine-tune',
  },
};
