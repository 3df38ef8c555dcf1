/**
 * The decision table. Rules are data, evaluated in priority order; every rule that matches is
 * recorded, and the first one decides the path. When none matches, FALLBACK_RULE applies.
 * Each rule names the fact-sheet rows it rests on (`evidence`) and the thresholds its condition
 * uses; a rule that uses an unpublished threshold (a rule of thumb) is at most `conditional`.
 */
import { DECISION } from '../constants/decision.ts';
import type { DecisionRule, DecisionThresholdId, TechniqueId } from '../types.ts';
import type { DecisionFacts } from './facts.ts';

/** A rule of the table plus its condition over the derived facts. */
export interface EvaluatedRule extends DecisionRule {
  readonly when: (facts: DecisionFacts) => boolean;
  /** Techniques depend on the named bottlenecks (the `techniques` field lists them all). */
  readonly byBottleneck: boolean;
  /** Techniques put first when the model is a language model. */
  readonly forLanguageModels: readonly TechniqueId[];
}

const ACCURACY_TECHNIQUES = ['threshold-tuning', 'hyperparameter-tuning', 'ensembles'] as const;
const RETRAIN_TECHNIQUES = ['data-collection', 'labeling', 'retraining'] as const;
/** In the order to try them: no retraining (serving engine and compilation, batching, caching) before quantization, then pruning and distillation. */
const ALL_BOTTLENECK_TECHNIQUES = ['compilation', 'batching', 'caching', 'quantization', 'pruning', 'distillation'] as const;
const LANGUAGE_ADAPTATION = ['prompting', 'retrieval'] as const;
const ALL_THRESHOLDS: DecisionThresholdId[] = ['accuracyFloor', 'accuracyGrayZoneTop', 'baselineMargin', 'requirementMargin'];

/** The rules, highest priority first. */
export const DECISION_RULES: readonly EvaluatedRule[] = [
  {
    id: 'no-model',
    path: 'train-first',
    strength: 'strong',
    summary: 'There is no trained model for this task yet, so there is nothing to optimize.',
    guide: '/guides/when-to-train-first/#building-from-scratch',
    techniques: ['data-collection', 'labeling'],
    evidence: ['seed-order'],
    thresholds: [],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.hasModel === 'no' && f.modelKind !== 'llm',
  },
  {
    id: 'no-model-language',
    path: 'adapt-first',
    strength: 'conditional',
    summary:
      'No model of your own, but a language task: a pretrained model with good prompts, retrieval or a hosted API may do it without training. Measure before planning a fine-tune.',
    guide: '/guides/language-models/#adapt-before-you-train',
    techniques: [...LANGUAGE_ADAPTATION, 'hosted-api'],
    evidence: ['llm-prompting', 'llm-rag', 'llm-api', 'seed-order'],
    thresholds: [],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.hasModel === 'no' && f.modelKind === 'llm',
  },
  {
    id: 'language-model-adapt-first',
    path: 'adapt-first',
    strength: 'conditional',
    summary:
      'A language model falls short of the bar: better prompts and retrieval often close the gap without training. Fine-tune only if they do not.',
    guide: '/guides/language-models/#adapt-before-you-train',
    techniques: [...LANGUAGE_ADAPTATION, 'retraining'],
    evidence: ['llm-prompting', 'llm-rag', 'seed-acc'],
    thresholds: ALL_THRESHOLDS,
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.modelKind === 'llm' && f.hasModel !== 'no' && f.accuracyProblem,
  },
  {
    id: 'data-changed-measure-first',
    path: 'measure-first',
    strength: 'conditional',
    summary:
      'The data or the use case changed, but no drop below the bar has been measured: score the model on a labeled sample of the new data before retraining.',
    guide: '/guides/when-to-train-first/#measure-on-the-new-data-first',
    techniques: ['labeling', 'monitoring'],
    evidence: ['seed-acc'],
    thresholds: [],
    byBottleneck: false,
    forLanguageModels: ['retrieval'],
    when: (f) => f.changed === 'yes' && !f.measuredShortfall,
  },
  {
    id: 'data-or-use-case-changed',
    path: 'retrain-first',
    strength: 'strong',
    summary:
      'The data or the use case changed and the model, measured since, falls short: it learned something else, and optimization cannot fix that.',
    guide: '/guides/when-to-train-first/#new-data-sources',
    techniques: [...RETRAIN_TECHNIQUES],
    evidence: ['seed-acc'],
    thresholds: [],
    byBottleneck: false,
    forLanguageModels: [...LANGUAGE_ADAPTATION],
    when: (f) => f.changed === 'yes' && f.measuredShortfall,
  },
  {
    id: 'below-baseline',
    path: 'retrain-first',
    strength: 'strong',
    summary: 'Accuracy is no better than what a trivial baseline scores, so the model has not learned the task.',
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    techniques: [...RETRAIN_TECHNIQUES],
    evidence: ['seed-acc'],
    thresholds: [],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.learned === 'no',
  },
  {
    id: 'near-baseline',
    path: 'retrain-first',
    strength: 'conditional',
    summary: `Accuracy is less than ${DECISION.baselineMargin.value} points above what a trivial baseline scores (our rule of thumb): the model has barely learned the task.`,
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    techniques: [...RETRAIN_TECHNIQUES],
    evidence: ['seed-acc'],
    thresholds: ['baselineMargin'],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.learned === 'marginal',
  },
  {
    id: 'below-accuracy-floor',
    path: 'retrain-first',
    strength: 'conditional',
    summary: `Accuracy is below ${DECISION.accuracyFloor.value}%. An unsourced rule of thumb says tuning will not rescue such a model; what a trivial baseline scores settles it.`,
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    techniques: [...RETRAIN_TECHNIQUES],
    evidence: ['seed-acc'],
    thresholds: ['accuracyFloor'],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.learned === 'low',
  },
  {
    id: 'accuracy-gray-zone',
    path: 'retrain-first',
    strength: 'conditional',
    summary: `Accuracy is between ${DECISION.accuracyFloor.value}% and ${DECISION.accuracyGrayZoneTop.value}%: whether the model has learned the task depends on what a trivial baseline scores.`,
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    techniques: [...RETRAIN_TECHNIQUES],
    evidence: ['seed-acc'],
    thresholds: ['accuracyFloor', 'accuracyGrayZoneTop'],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.learned === 'gray',
  },
  {
    id: 'far-below-requirement',
    path: 'retrain-first',
    strength: 'conditional',
    summary: `Accuracy is more than ${DECISION.requirementMargin.value} points below what the business needs (our rule of thumb for “far”): a gap that size usually calls for better data or training, not tuning.`,
    guide: '/guides/making-the-decision/#question-1-does-the-model-meet-the-bar',
    techniques: [...RETRAIN_TECHNIQUES],
    evidence: ['seed-acc'],
    thresholds: ['requirementMargin'],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.gap === 'far',
  },
  {
    id: 'fails-the-bar',
    path: 'retrain-first',
    strength: 'conditional',
    summary: 'The model does not reach the accuracy the business needs, and this is not a matter of a few points.',
    guide: '/guides/making-the-decision/#question-1-does-the-model-meet-the-bar',
    techniques: [...RETRAIN_TECHNIQUES],
    evidence: ['seed-acc'],
    thresholds: [],
    byBottleneck: false,
    forLanguageModels: [],
    when: (f) => f.gap === 'below' && f.needsIncremental !== 'yes',
  },
  {
    id: 'close-to-requirement',
    path: 'optimize-first',
    strength: 'conditional',
    summary: `Accuracy is within ${DECISION.requirementMargin.value} points of the requirement (our rule of thumb): tuning the model you have is the cheaper way to close the gap.`,
    guide: '/guides/when-to-optimize-first/#a-few-more-points-of-accuracy',
    techniques: [...ACCURACY_TECHNIQUES],
    evidence: ['opt-threshold', 'opt-hpo', 'opt-ensemble'],
    thresholds: ['requirementMargin'],
    byBottleneck: false,
    forLanguageModels: [...LANGUAGE_ADAPTATION],
    when: (f) => f.gap === 'close',
  },
  {
    id: 'needs-more-points',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'A working model needs a few more points: thresholds, tuning or an ensemble get them without retraining from scratch.',
    guide: '/guides/when-to-optimize-first/#a-few-more-points-of-accuracy',
    techniques: [...ACCURACY_TECHNIQUES],
    evidence: ['opt-threshold', 'opt-hpo', 'opt-ensemble'],
    thresholds: [],
    byBottleneck: false,
    forLanguageModels: [...LANGUAGE_ADAPTATION],
    when: (f) => f.needsIncremental === 'yes',
  },
  {
    id: 'performance-blocking',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'The model is accurate enough, but latency, memory or throughput keeps it out of production.',
    guide: '/guides/when-to-optimize-first/#accurate-but-too-slow',
    techniques: [...ALL_BOTTLENECK_TECHNIQUES],
    evidence: ['opt-vllm', 'opt-compile', 'opt-int8', 'opt-24', 'opt-distil'],
    thresholds: [],
    byBottleneck: true,
    forLanguageModels: [],
    when: (f) => f.performanceBlocking === 'yes' && (f.bottlenecks.length === 0 || f.bottlenecks.some((b) => b !== 'cost')),
  },
  {
    id: 'serving-costs',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'The model is accurate enough, but serving it costs too much to run in production.',
    guide: '/guides/when-to-optimize-first/#serving-costs-too-much',
    techniques: ['batching', 'caching', 'quantization', 'distillation'],
    evidence: ['opt-vllm', 'opt-int8', 'opt-distil'],
    thresholds: [],
    byBottleneck: true,
    forLanguageModels: [],
    when: (f) => f.performanceBlocking === 'yes' && f.bottlenecks.includes('cost'),
  },
  {
    id: 'preparing-for-scale',
    path: 'optimize-first',
    strength: 'strong',
    summary: 'Production load is coming: latency, memory and throughput problems show up under real traffic.',
    guide: '/guides/when-to-optimize-first/#preparing-for-production-scale',
    techniques: [...ALL_BOTTLENECK_TECHNIQUES],
    evidence: ['opt-vllm', 'opt-compile'],
    thresholds: [],
    byBottleneck: true,
    forLanguageModels: [],
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
  evidence: ['seed-order'],
  thresholds: [],
};
