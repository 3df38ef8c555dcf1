/** The decision guide's link state. */
import { checkDecisionField } from '../decision/input.ts';
import type { DecisionField } from '../types.ts';
import type { SectionCodec } from './codec.ts';
import type { UrlKey } from './keys.ts';

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
  // Added after the first links were shared: links without it read as "not sure".
  { key: 'mk', section: 'decision', field: 'modelKind' },
];

export const DECISION_CODEC: SectionCodec = {
  section: 'decision',
  keys: DECISION_KEYS,
  check: (field, raw) => checkDecisionField(field as DecisionField, raw),
};
