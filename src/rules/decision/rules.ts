/**
 * The decision table. Rules are data, evaluated in priority order; every rule that matches is
 * recorded, and the first one decides the path. When none matches, FALLBACK_RULE applies.
 */
import { DECISION } from '../constants/decision.ts';
import type { DecisionRule } from '../types.ts';
import type { DecisionFacts } from './facts.ts';
import { BOTTLENECK_TECHNIQUES } from './techniques.ts';

/** A rule of the table plus its condition over the derived facts. */
export interface EvaluatedRule extends DecisionRule {
  readonly when: (facts: DecisionFacts) => boolean;
  /** Techniques depend on the named bottlenecks (the `techniques` field lists them all). */
  readonly byBottleneck: boolean;
}

const ACCURACY_TECHNIQUES = ['hyperparameter-tuning', 'threshold-tuning', 'ensembles'] as const;
const RETRAIN_TECHNIQUES = ['data-collection', 'labeling', 'retraining'] as const;
const ALL_BOTTLENECK_TECHNIQUES = ['quantization', 'pruning', 'distillation', 'compilation', 'batching', 'caching'] as const;

/** The rules, highest priority first. */
export const DECISION_RULES: readonly EvaluatedRule[] = [
  {
    id: 'no-model',
    path: 'train-first',
    strength: 'strong',
    summary: 'There is no trained model for this task yet, so there is nothing to optimize.',
    guide: '/guides/when-to-train-first/#building-from-scratch',
    techniques: ['data-collection', 'labeling'],
    byBottleneck: false,
    when: (f) => f.hasModel === 'no',
  },
  {
    id: 'data-or-use-case-changed',
    path: 'retrain-first',
    strength: 'strong',
    summary: 'The data source, the domain or the use case changed: the model learned something else, and optimization cannot fix that.',
    guide: '/guides/when-to-train-first/#new-data-sources',
    techniques: [...RETRAIN_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.changed === 'yes',
  },
  {
    id: 'below-baseline',
    path: 'retrain-first',
    strength: 'strong',
    summary: `Accuracy is not more than ${DECISION.baselineMargin.value} points above what a trivial baseline scores, so the model has not learned the task.`,
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    techniques: [...RETRAIN_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.learned === 'no' && f.baselineGiven,
  },
  {
    id: 'below-accuracy-floor',
    path: 'retrain-first',
    strength: 'strong',
    summary: `Accuracy is below ${DECISION.accuracyFloor.value}%, where, by the usual rule of thumb, tuning will not rescue the model.`,
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    techniques: [...RETRAIN_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.learned === 'no' && !f.baselineGiven,
  },
  {
    id: 'accuracy-gray-zone',
    path: 'retrain-first',
    strength: 'conditional',
    summary: `Accuracy is between ${DECISION.accuracyFloor.value}% and ${DECISION.accuracyGrayZoneTop.value}%: whether the model has learned the task depends on what a trivial baseline scores.`,
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    techniques: [...RETRAIN_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.learned === 'gray',
  },
  {
    id: 'far-below-requirement',
    path: 'retrain-first',
    strength: 'strong',
    summary: `Accuracy is more than ${DECISION.requirementMargin.value} points below what the business needs: a gap that size calls for better data or training, not tuning.`,
    guide: '/guides/making-the-decision/#question-1-does-the-model-meet-the-bar',
    techniques: [...RETRAIN_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.gap === 'far',
  },
  {
    id: 'fails-the-bar',
    path: 'retrain-first',
    strength: 'conditional',
    summary: 'The model does not reach the accuracy the business needs, and this is not a matter of a few points.',
    guide: '/guides/making-the-decision/#question-1-does-the-model-meet-the-bar',
    techniques: [...RETRAIN_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.gap === 'below' && f.needsIncremental !== 'yes',
  },
  {
    id: 'close-to-requirement',
    path: 'optimize-first',
    strength: 'conditional',
    summary: `Accuracy is within ${DECISION.requirementMargin.value} points of the requirement: tuning the model you have is the cheaper way to close the gap.`,
    guide: '/guides/when-to-optimize-first/#a-few-more-points-of-accuracy',
    techniques: [...ACCURACY_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.gap === 'close',
  },
  {
    id: 'needs-more-points',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'A working model needs a few more points: tuning, thresholds or an ensemble get them without retraining from scratch.',
    guide: '/guides/when-to-optimize-first/#a-few-more-points-of-accuracy',
    techniques: [...ACCURACY_TECHNIQUES],
    byBottleneck: false,
    when: (f) => f.needsIncremental === 'yes',
  },
  {
    id: 'performance-blocking',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'The model is accurate enough, but latency, memory or throughput keeps it out of production.',
    guide: '/guides/when-to-optimize-first/#accurate-but-too-slow',
    techniques: [...ALL_BOTTLENECK_TECHNIQUES],
    byBottleneck: true,
    when: (f) => f.performanceBlocking === 'yes' && (f.bottlenecks.length === 0 || f.bottlenecks.some((b) => b !== 'cost')),
  },
  {
    id: 'serving-costs',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'The model is accurate enough, but serving it costs too much to run in production.',
    guide: '/guides/when-to-optimize-first/#serving-costs-too-much',
    techniques: [...BOTTLENECK_TECHNIQUES.cost],
    byBottleneck: true,
    when: (f) => f.performanceBlocking === 'yes' && f.bottlenecks.includes('cost'),
  },
  {
    id: 'preparing-for-scale',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'Production load is coming: latency, memory and throughput problems show up under real traffic.',
    guide: '/guides/when-to-optimize-first/#preparing-for-production-scale',
    techniques: [...ALL_BOTTLENECK_TECHNIQUES],
    byBottleneck: true,
    when: (f) => f.preparingForScale === 'yes',
  },
];

/** Applies when no rule matches. */
export const FALLBACK_RULE: DecisionRule = {
  id: 'refine-by-default',
  path: 'refine-iteratively',
  strength: 'strong',
  summary: 'Nothing blocks the model: keep it healthy with monitoring, targeted retraining and efficiency work in cycles.',
  guide: '/guides/sequential-approach/#phase-4-iterative-refinement',
  techniques: ['monitoring', 'retraining'],
};
