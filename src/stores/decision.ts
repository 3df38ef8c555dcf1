/**
 * Decision guide state: the form exactly as the reader filled it (numbers as typed, so a bad
 * entry stays on screen beside its error). The recommendation is derived in ./recommendation.ts.
 */
import { atom } from 'nanostores';
import { DECISION_CODEC, DECISION_MODEL_KINDS, type Answer, type AnswerField, type Bottleneck, type DecisionInput, type DecisionModelKind, type PercentField } from '../rules/index.ts';
import type { ToolPart } from './url-sync.ts';

export type { AnswerField, Bottleneck, DecisionModelKind, PercentField };

/** The radio questions, in the order the form asks them. */
export const ANSWER_FIELDS: readonly AnswerField[] = [
  'hasModel',
  'meetsAccuracy',
  'dataOrUseCaseChanged',
  'performanceBlocking',
  'needsIncrementalAccuracy',
  'preparingForScale',
];
export const NUMBER_FIELDS: readonly PercentField[] = ['accuracy', 'requiredAccuracy', 'baselineAccuracy'];
/** Bottleneck choices in form order (the rules accept them in any order). */
export const BOTTLENECK_CHOICES: readonly Bottleneck[] = ['latency', 'cost', 'memory', 'throughput'];

export type DecisionForm = Record<AnswerField, Answer> & Record<PercentField, string> & { bottlenecks: Bottleneck[]; modelKind: DecisionModelKind };

export const DECISION_DEFAULTS: DecisionForm = Object.freeze({
  hasModel: 'unsure',
  modelKind: 'unsure',
  meetsAccuracy: 'unsure',
  dataOrUseCaseChanged: 'unsure',
  performanceBlocking: 'unsure',
  needsIncrementalAccuracy: 'unsure',
  preparingForScale: 'unsure',
  accuracy: '',
  requiredAccuracy: '',
  baselineAccuracy: '',
  bottlenecks: [],
}) as DecisionForm;

export const $decision = atom<DecisionForm>(DECISION_DEFAULTS);

/**
 * The rules input for a form: empty boxes and "no bottleneck" are left out (the rules read a
 * missing answer as unknown); typed text goes through untouched so the rules validate it.
 */
export function decisionInput(form: DecisionForm): DecisionInput {
  const input: Record<string, unknown> = {};
  for (const f of ANSWER_FIELDS) input[f] = form[f];
  input['modelKind'] = form.modelKind;
  for (const f of NUMBER_FIELDS) if (form[f].trim() !== '') input[f] = form[f];
  if (form.bottlenecks.length) input['bottlenecks'] = [...form.bottlenecks];
  return input as DecisionInput;
}

/** The form as the URL stores it: only what differs from the defaults. */
export function decisionState(form: DecisionForm): Partial<DecisionInput> {
  const input: Record<string, unknown> = {};
  for (const f of ANSWER_FIELDS) if (form[f] !== 'unsure') input[f] = form[f];
  if (form.modelKind !== 'unsure') input['modelKind'] = form.modelKind;
  for (const f of NUMBER_FIELDS) if (form[f].trim() !== '') input[f] = form[f];
  if (form.bottlenecks.length) input['bottlenecks'] = [...form.bottlenecks];
  return input as Partial<DecisionInput>;
}

/** A form from a (validated) rules input, e.g. one decoded from the URL. */
export function decisionForm(input: Partial<DecisionInput> | undefined): DecisionForm {
  const form: DecisionForm = { ...DECISION_DEFAULTS, bottlenecks: [] };
  if (!input) return form;
  for (const f of ANSWER_FIELDS) {
    const v = input[f];
    if (v === 'yes' || v === 'no' || v === 'unsure') form[f] = v;
  }
  for (const f of NUMBER_FIELDS) {
    const v = input[f];
    if (typeof v === 'number' || typeof v === 'string') form[f] = String(v);
  }
  const kind = input.modelKind;
  if (kind !== undefined && (DECISION_MODEL_KINDS as readonly string[]).includes(kind)) form.modelKind = kind;
  const b = input.bottlenecks;
  if (Array.isArray(b)) form.bottlenecks = BOTTLENECK_CHOICES.filter((x) => b.includes(x));
  return form;
}

/**
 * Records one answer.
 * @example setAnswer('hasModel', 'no')
 */
export function setAnswer<F extends AnswerField | PercentField>(field: F, value: DecisionForm[F]): void {
  $decision.set({ ...$decision.get(), [field]: value });
}

/**
 * Records what kind of model it is.
 * @example setModelKind('llm')
 */
export function setModelKind(kind: DecisionModelKind): void {
  $decision.set({ ...$decision.get(), modelKind: kind });
}

/**
 * Turns one bottleneck on or off.
 * @example toggleBottleneck('latency', true)
 */
export function toggleBottleneck(bottleneck: Bottleneck, on: boolean): void {
  const current = $decision.get().bottlenecks.filter((b) => b !== bottleneck);
  $decision.set({ ...$decision.get(), bottlenecks: BOTTLENECK_CHOICES.filter((b) => b === bottleneck ? on : current.includes(b)) });
}

export function resetDecision(): void {
  $decision.set(DECISION_DEFAULTS);
}

/** The decision tool for the URL sync and resetAll(). */
export const decisionPart: ToolPart = {
  section: 'decision',
  codec: DECISION_CODEC,
  store: $decision,
  read: () => decisionState($decision.get()),
  apply: (state) => $decision.set(decisionForm(state.decision)),
  reset: resetDecision,
};
