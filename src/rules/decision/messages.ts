/** The decision guide's own warnings (the shared field messages are in ../messages.ts). */
import { DECISION } from '../constants/decision.ts';
import { formatNumber } from '../messages.ts';
import type { DecisionField } from '../types.ts';

/**
 * Plain-words names of the decision guide's fields: the one table its form's labels
 * (src/islands/decision/labels.ts) and its error messages both read, so an error names the label the reader sees.
 */
export const DECISION_FIELD_LABELS = {
  hasModel: 'The answer to “Is there a trained model for this task?”',
  accuracy: 'Accuracy on held-out data',
  requiredAccuracy: 'Accuracy the business needs',
  baselineAccuracy: 'Accuracy of a trivial baseline',
  meetsAccuracy: 'The answer to “Does the model meet the accuracy bar?”',
  dataOrUseCaseChanged: 'The answer to “Has the data or the use case changed?”',
  performanceBlocking: 'The answer to “Is performance blocking production?”',
  bottlenecks: 'Bottlenecks',
  needsIncrementalAccuracy: 'The answer to “Does a working model need a few more points?”',
  preparingForScale: 'The answer to “Are you about to face production load?”',
  modelKind: 'Model kind',
} as const satisfies Record<DecisionField, string>;

export const DECISION_MESSAGES = {
  conflictingMeets: (accuracy: number, required: number) =>
    `Your answer about meeting the accuracy bar disagrees with the numbers: ${formatNumber(accuracy)}% against a required ${formatNumber(required)}%. The numbers are used.`,
  baselineMissing: (accuracy: number) =>
    `An accuracy of ${formatNumber(accuracy)}% is in the ${DECISION.accuracyFloor.value}–${DECISION.accuracyGrayZoneTop.value}% gray zone of the usual rule of thumb. Enter the baseline accuracy (what always guessing the most common answer, or the current process, scores) to get a firm answer.`,
} as const;
