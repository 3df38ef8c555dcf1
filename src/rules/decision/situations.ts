/**
 * The eight situations of the "when to train first" and "when to optimize first" guides, each with
 * an example input and the path it must lead to (the tests run every one).
 */
import type { SeedSituation } from '../types.ts';

export const SEED_SITUATIONS: readonly SeedSituation[] = [
  {
    id: 'building-from-scratch',
    title: 'Building a new capability',
    summary: 'No model exists for the task yet.',
    guide: '/guides/when-to-train-first/#building-from-scratch',
    input: { hasModel: 'no', modelKind: 'deep' },
    expectedPath: 'train-first',
  },
  {
    id: 'model-not-learned',
    title: 'The model has not learned the task',
    summary: 'A fraud model scores 88% where always answering “not fraud” scores 90%.',
    guide: '/guides/when-to-train-first/#the-model-has-not-learned-the-task',
    input: { hasModel: 'yes', modelKind: 'classic', accuracy: 88, baselineAccuracy: 90, requiredAccuracy: 95, dataOrUseCaseChanged: 'no' },
    expectedPath: 'retrain-first',
  },
  {
    id: 'new-data-sources',
    title: 'New data sources',
    summary: 'A model trained on one country’s invoices now receives another country’s; it scored 93% against a bar of 90% before the change.',
    guide: '/guides/when-to-train-first/#new-data-sources',
    input: { hasModel: 'yes', modelKind: 'classic', accuracy: 93, requiredAccuracy: 90, dataOrUseCaseChanged: 'yes' },
    expectedPath: 'measure-first',
  },
  {
    id: 'changed-use-case',
    title: 'A changed use case',
    summary: 'A support classifier built for routing tickets must now predict churn, and on a labeled sample it falls far short.',
    guide: '/guides/when-to-train-first/#a-changed-use-case',
    input: { hasModel: 'yes', modelKind: 'deep', meetsAccuracy: 'no', dataOrUseCaseChanged: 'yes' },
    expectedPath: 'retrain-first',
  },
  {
    id: 'accurate-but-slow',
    title: 'Accurate but too slow',
    summary: 'A model meets its accuracy target but answers in 2 seconds where the product needs 200 milliseconds.',
    guide: '/guides/when-to-optimize-first/#accurate-but-too-slow',
    input: {
      hasModel: 'yes',
      modelKind: 'deep',
      accuracy: 94,
      requiredAccuracy: 90,
      dataOrUseCaseChanged: 'no',
      performanceBlocking: 'yes',
      bottlenecks: ['latency'],
    },
    expectedPath: 'optimize-first',
  },
  {
    id: 'serving-costs',
    title: 'Serving costs too much',
    summary: 'The model works, but its GPU bill is larger than the revenue it brings in.',
    guide: '/guides/when-to-optimize-first/#serving-costs-too-much',
    input: { hasModel: 'yes', modelKind: 'deep', meetsAccuracy: 'yes', dataOrUseCaseChanged: 'no', performanceBlocking: 'yes', bottlenecks: ['cost'] },
    expectedPath: 'optimize-first',
  },
  {
    id: 'few-more-points',
    title: 'A few more points of accuracy',
    summary: 'A model scores 87% and the business asks for 90%.',
    guide: '/guides/when-to-optimize-first/#a-few-more-points-of-accuracy',
    input: { hasModel: 'yes', modelKind: 'classic', accuracy: 87, requiredAccuracy: 90, dataOrUseCaseChanged: 'no' },
    expectedPath: 'optimize-first',
  },
  {
    id: 'production-scale',
    title: 'Preparing for production scale',
    summary: 'A pilot served 100 users; the launch will bring 100,000.',
    guide: '/guides/when-to-optimize-first/#preparing-for-production-scale',
    input: {
      hasModel: 'yes',
      modelKind: 'deep',
      meetsAccuracy: 'yes',
      dataOrUseCaseChanged: 'no',
      performanceBlocking: 'no',
      preparingForScale: 'yes',
      bottlenecks: ['throughput'],
    },
    expectedPath: 'optimize-first',
  },
];
