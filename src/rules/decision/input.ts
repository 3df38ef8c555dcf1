/** Validation of the decision tool's answers (shared with the URL decoder). */
import { MESSAGES } from '../messages.ts';
import type { Answer, Bottleneck, DecisionField, DecisionModelKind, Issue } from '../types.ts';
import { checkAnswer, checkChoice, checkList, checkNumber, type Check } from '../validate/fields.ts';
import { MAX_CHOICE_TEXT } from '../validate/limits.ts';
import { PERCENT } from '../validate/limits.ts';
import { checkFields, viewRecord } from '../validate/record.ts';
import { BOTTLENECKS, DECISION_MODEL_KINDS } from './ids.ts';
import { DECISION_FIELD_LABELS as L } from './messages.ts';

/** Answers after validation: a missing answer is 'unsure', a missing number undefined. */
export interface ParsedDecision {
  hasModel: Answer;
  modelKind: DecisionModelKind;
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
  'modelKind',
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

const MODEL_KIND_NAMES = ['llm (a language model)', 'deep (another deep model)', 'classic (classic machine learning)', 'not sure'];

/** llm / deep / classic / unsure; also "not sure". */
function checkModelKind(raw: unknown): Check<DecisionModelKind> {
  if (typeof raw === 'string' && /^\s*not[\s-]sure\s*$/i.test(raw.slice(0, MAX_CHOICE_TEXT + 1))) return { ok: true, value: 'unsure' };
  return checkChoice(L.modelKind, raw, DECISION_MODEL_KINDS, MODEL_KIND_NAMES);
}

/** Checks one field's raw value. */
export function checkDecisionField(field: DecisionField, raw: unknown): Check<Answer | DecisionModelKind | number | Bottleneck[]> {
  if (field === 'bottlenecks') return checkList(L.bottlenecks, raw, BOTTLENECKS);
  if (field === 'modelKind') return checkModelKind(raw);
  if (field === 'accuracy' || field === 'requiredAccuracy' || field === 'baselineAccuracy') {
    return checkNumber(L[field], raw, PERCENT, { percent: 'percent' });
  }
  return checkAnswer(L[field], raw);
}

export type DecisionParse = { ok: true; value: ParsedDecision } | { ok: false; errors: Issue[] };

/** A lenient read: every valid answer, with the bad fields reported beside them (missing ones stay "not sure"). */
export interface DecisionRead {
  value: ParsedDecision;
  errors: Issue[];
  /** False when the input as a whole is not a set of answers. */
  isRecord: boolean;
}

/** Reads what can be read; `parseDecisionInput` turns any error into a failure. */
export function readDecisionInput(input: unknown): DecisionRead {
  const view = viewRecord(input);
  const value: ParsedDecision = {
    hasModel: 'unsure',
    modelKind: 'unsure',
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
  if (view.kind === 'invalid') {
    return { value, isRecord: false, errors: [{ field: 'input', code: 'not-an-object', message: MESSAGES.notAnObject('The decision answers') }] };
  }
  if (view.kind === 'empty') return { value, isRecord: true, errors: [] };
  const errors: Issue[] = [];
  const target = value as unknown as Record<DecisionField, unknown>;
  checkFields(view.value, DECISION_FIELDS, checkDecisionField, (field) => MESSAGES.unreadable(L[field]), target, errors);
  return { value, isRecord: true, errors };
}

/** Validates the whole input; every bad field is reported, not just the first. */
export function parseDecisionInput(input: unknown): DecisionParse {
  const { value, errors } = readDecisionInput(input);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
