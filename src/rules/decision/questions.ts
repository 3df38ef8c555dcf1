/** The four questions of the decision flowchart, each with its guide section and the answer that settles it. */
import type { DecisionQuestion } from '../types.ts';

export const DECISION_QUESTIONS: readonly DecisionQuestion[] = [
  {
    id: 'meets-bar',
    number: 1,
    question: 'Does the model reach the minimum accuracy the business needs?',
    hint: 'Measure on held-out data, and compare with what a trivial baseline scores: a number alone says little.',
    guide: '/guides/making-the-decision/#question-1-does-the-model-meet-the-bar',
    fields: ['hasModel', 'accuracy', 'requiredAccuracy', 'baselineAccuracy', 'meetsAccuracy'],
    decisive: {
      field: 'meetsAccuracy',
      answer: 'no',
      path: 'retrain-first',
      example: { hasModel: 'yes', modelKind: 'deep', meetsAccuracy: 'no', dataOrUseCaseChanged: 'no', needsIncrementalAccuracy: 'no' },
    },
    otherwise: 'If it does, optimization becomes an option: the next questions say which kind.',
  },
  {
    id: 'performance-blocking',
    number: 2,
    question: 'Do latency, memory, throughput or serving costs keep the model out of production?',
    hint: 'A model that is accurate but too slow or too expensive is a job for optimization, not for more training.',
    guide: '/guides/making-the-decision/#question-2-is-performance-blocking-production',
    fields: ['performanceBlocking', 'bottlenecks', 'preparingForScale'],
    decisive: {
      field: 'performanceBlocking',
      answer: 'yes',
      path: 'optimize-first',
      example: { hasModel: 'yes', modelKind: 'deep', meetsAccuracy: 'yes', dataOrUseCaseChanged: 'no', performanceBlocking: 'yes', bottlenecks: ['latency'] },
    },
    otherwise: 'If nothing blocks production, efficiency work can wait for a refinement cycle.',
  },
  {
    id: 'data-changed',
    number: 3,
    question: 'Has the data source, the domain or the use case changed significantly?',
    hint: 'Measure the model on a labeled sample of the new data first: retrain when it falls short there, not because something changed.',
    guide: '/guides/making-the-decision/#question-3-has-the-data-or-use-case-changed',
    fields: ['dataOrUseCaseChanged'],
    decisive: {
      field: 'dataOrUseCaseChanged',
      answer: 'yes',
      path: 'measure-first',
      example: { hasModel: 'yes', modelKind: 'deep', meetsAccuracy: 'yes', dataOrUseCaseChanged: 'yes' },
    },
    otherwise: 'If nothing changed, the model you have is still the right starting point. If it falls short on the new data, retrain it.',
  },
  {
    id: 'needs-more-points',
    number: 4,
    question: 'Does a model that already works need a few more points of accuracy?',
    hint: 'A small gap is closed faster by tuning hyperparameters, the decision threshold or an ensemble than by retraining.',
    guide: '/guides/making-the-decision/#question-4-does-a-working-model-need-a-few-more-points',
    fields: ['needsIncrementalAccuracy'],
    decisive: {
      field: 'needsIncrementalAccuracy',
      answer: 'yes',
      path: 'optimize-first',
      example: { hasModel: 'yes', modelKind: 'deep', meetsAccuracy: 'yes', dataOrUseCaseChanged: 'no', needsIncrementalAccuracy: 'yes' },
    },
    otherwise: 'If it does not, keep it healthy with monitoring and refinement cycles.',
  },
];
