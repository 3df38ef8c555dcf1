/** The short, readable query keys of every tool input, in the order links write them. */
import type { DecisionField, TimelineField } from '../types.ts';

export type Section = 'decision' | 'comparison' | 'timeline';
export type ComparisonField = 'text' | 'tags' | 'highlightFor';

export interface UrlKey {
  key: string;
  section: Section;
  field: DecisionField | ComparisonField | TimelineField;
}

/** Longest query string read (characters), and most parameters read. */
export const MAX_SEARCH_LENGTH = 2000;
export const MAX_SEARCH_PARAMS = 40;

/** The decision guide's keys. */
export const DECISION_KEYS: readonly UrlKey[] = [
  { key: 'has', section: 'decision', field: 'hasModel' },
  { key: 'acc', section: 'decision', field: 'accuracy' },
  { key: 'req', section: 'decision', field: 'requiredAccuracy' },
  { key: 'base', section: 'decision', field: 'baselineAccuracy' },
  { key: 'meets', section: 'decision', field: 'meetsAccuracy' },
  { key: 'chg', section: 'decision', field: 'dataOrUseCaseChanged' },
  { key: 'perf', section: 'decision', field: 'performanceBlocking' },
  { key: 'bn', section: 'decision', field: 'bottlenecks' },
  { key: 'more', section: 'decision', field: 'needsIncrementalAccuracy' },
  { key: 'scale', section: 'decision', field: 'preparingForScale' },
];

/** The comparison filter's keys. */
export const COMPARISON_KEYS: readonly UrlKey[] = [
  { key: 'q', section: 'comparison', field: 'text' },
  { key: 'tags', section: 'comparison', field: 'tags' },
  { key: 'hl', section: 'comparison', field: 'highlightFor' },
];

/** The timeline estimator's keys. */
export const TIMELINE_KEYS: readonly UrlKey[] = [
  { key: 'sc', section: 'timeline', field: 'scenario' },
  { key: 'preset', section: 'timeline', field: 'preset' },
  { key: 'kind', section: 'timeline', field: 'modelKind' },
  { key: 'params', section: 'timeline', field: 'modelParams' },
  { key: 'tok', section: 'timeline', field: 'trainingTokens' },
  { key: 'flops', section: 'timeline', field: 'totalFlops' },
  { key: 'tps', section: 'timeline', field: 'tokensPerSecond' },
  { key: 'gpu', section: 'timeline', field: 'gpuType' },
  { key: 'n', section: 'timeline', field: 'gpuCount' },
  { key: 'mfu', section: 'timeline', field: 'mfu' },
  { key: 'price', section: 'timeline', field: 'pricePerGpuHour' },
  { key: 'data', section: 'timeline', field: 'dataReadiness' },
  { key: 'opt', section: 'timeline', field: 'techniques' },
  { key: 'cyc', section: 'timeline', field: 'refinementCycles' },
  { key: 'rate', section: 'timeline', field: 'dayRate' },
];

/** Every tool's keys: decision, then comparison, then timeline. */
export const URL_KEYS: readonly UrlKey[] = [...DECISION_KEYS, ...COMPARISON_KEYS, ...TIMELINE_KEYS];
