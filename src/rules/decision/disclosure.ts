/**
 * Progressive disclosure: which questions matter given the answers so far. The form shows only
 * these once JavaScript runs; with it off, every question shows. The rules read every answer given
 * either way, so the result is the same for the same answers.
 */
import type { DecisionField } from '../types.ts';
import { DECISION_FIELDS, readDecisionInput } from './input.ts';

/** Asked whatever the other answers are. */
const ALWAYS: readonly DecisionField[] = ['hasModel', 'modelKind'];

/** Asked once a model exists: how well it does, what changed, what blocks it. */
const ABOUT_THE_MODEL: readonly DecisionField[] = [
  'accuracy',
  'requiredAccuracy',
  'baselineAccuracy',
  'meetsAccuracy',
  'dataOrUseCaseChanged',
  'performanceBlocking',
  'needsIncrementalAccuracy',
  'preparingForScale',
];

/**
 * The questions relevant to the answers so far, in form order: the model questions only when a
 * model exists, "does it meet the bar?" only while the two accuracy numbers are not both given,
 * and the bottleneck question only when performance blocks or production load is coming. A field
 * whose value is not valid stays listed, so its error can be fixed. Never throws.
 *
 * @example
 * relevantQuestions({});                                  // ['hasModel', 'modelKind']
 * relevantQuestions({ hasModel: 'yes', performanceBlocking: 'yes' }).includes('bottlenecks'); // true
 */
export function relevantQuestions(input: unknown): DecisionField[] {
  const { value: answers, errors, isRecord } = readDecisionInput(input);
  if (!isRecord) return [...DECISION_FIELDS];
  const relevant = new Set<DecisionField>(ALWAYS);
  if (answers.hasModel === 'yes') {
    for (const field of ABOUT_THE_MODEL) relevant.add(field);
    if (answers.accuracy !== undefined && answers.requiredAccuracy !== undefined) relevant.delete('meetsAccuracy');
    if (answers.performanceBlocking === 'yes' || answers.preparingForScale === 'yes') relevant.add('bottlenecks');
  }
  for (const error of errors) relevant.add(error.field as DecisionField);
  return DECISION_FIELDS.filter((field) => relevant.has(field));
}
