/** Validation of the decision tool's answers (shared with the URL decoder). */
import { MESSAGES } from '../messages.ts';
import type { Answer, Bottleneck, DecisionField, Issue } from '../types.ts';
import { checkAnswer, checkList, checkNumber, type Check } from '../validate/fields.ts';
import { PERCENT } from '../validate/limits.ts';
import { readField, viewRecord } from '../validate/record.ts';
import { BOTTLENECKS } from './ids.ts';

/** Answers after validation: a missing answer is 'unsure', a missing number undefined. */
export interface ParsedDecision {
  hasModel: Answer;
  accuracy: number | undefined;
  requiredAccuracy: number | undefined;
  baselineAccuracy: number | undefined;
  meetsAccuracy: Answer;
  dataOrUseCaseChanged: Answer;
  performanceBlocking: Answer;
  bottlenecks: Bottleneck[];
  needsIncrementalAccuracy: Answer;
  preparingForScale: Answer;
}

export const ANSWER_FIELDS = [
  'hasModel',
  'meetsAccuracy',
  'dataOrUseCaseChanged',
  'performanceBlocking',
  'needsIncrementalAccuracy',
  'preparingForScale',
] as const;

export const PERCENT_FIELDS = ['accuracy', 'requiredAccuracy', 'baselineAccuracy'] as const;

/** Every DecisionInput field, in the order forms ask them. */
export const DECISION_FIELDS = [
  'hasModel',
  'accuracy',
  'requiredAccuracy',
  'baselineAccuracy',
  'meetsAccuracy',
  'dataOrUseCaseChanged',
  'performanceBlocking',
  'bottlenecks',
  'needsIncrementalAccuracy',
  'preparingForScale',
] as const satisfies readonly DecisionField[];

/** Checks one field's raw value. */
export function checkDecisionField(field: DecisionField, raw: unknown): Check<Answer | number | Bottleneck[]> {
  if (field === 'bottlenecks') return checkList(field, raw, BOTTLENECKS);
  if (field === 'accuracy' || field === 'requiredAccuracy' || field === 'baselineAccuracy') {
    return checkNumber(field, raw, PERCENT, { percent: 'percent' });
  }
  return checkAnswer(field, raw);
}

export type DecisionParse = { ok: true; value: ParsedDecision } | { ok: false; errors: Issue[] };

/** Validates the whole input; every bad field is reported, not just the first. */
export function parseDecisionInput(input: unknown): DecisionParse {
  const view = viewRecord(input);
  if (view.kind === 'invalid') {
    return { ok: false, errors: [{ field: 'input', code: 'not-an-object', message: MESSAGES.notAnObject('The decision answers') }] };
  }
  const value: ParsedDecision = {
    hasModel: 'unsure',
    accuracy: undefined,
    requiredAccuracy: undefined,
    baselineAccuracy: undefined,
    meetsAccuracy: 'unsure',
    dataOrUseCaseChanged: 'unsure',
    performanceBlocking: 'unsure',
    bottlenecks: [],
    needsIncrementalAccuracy: 'unsure',
    preparingForScale: 'unsure',
  };
  if (view.kind === 'empty') return { ok: true, value };
  const errors: Issue[] = [];
  const target = value as unknown as Record<DecisionField, unknown>;
  for (const field of DECISION_FIELDS) {
    const read = readField(view.value, field);
    if (!read.ok) {
      errors.push({ field, code: 'unreadable', message: MESSAGES.unreadable(field) });
      continue;
    }
    const check = checkDecisionField(field, read.value);
    if (!check.ok) errors.push({ field, code: check.code, message: check.message });
    else if (check.value !== undefined) target[field] = check.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
