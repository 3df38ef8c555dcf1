/**
 * Validation of the payback calculator's inputs (shared with its URL decoder) and preset merging.
 * Bounds only catch typos and keep every product finite; they are not domain figures.
 */
import type { Issue, IssueCode, Range } from '../types.ts';
import { GPU_IDS } from '../timeline/gpus.ts';
import { MESSAGES } from '../messages.ts';
import { checkChoice, checkNumber, isBlank, type Check } from '../validate/fields.ts';
import { MAX_CHOICE_TEXT } from '../validate/limits.ts';
import type { NumberOptions } from '../validate/number.ts';
import { checkFields, readField, viewRecord } from '../validate/record.ts';
import { PAYBACK_LABELS, PAYBACK_MESSAGES as M, type PaybackLabel, type PaybackRule } from './messages.ts';
import { API_MODEL_IDS, MAX_STEPS, PAYBACK_FIELDS, SERVING_MODE_IDS, STEP_IDS, WORKLOAD_IDS } from './options.ts';
import { PAYBACK_PRESET_IDS, PAYBACK_PRESETS } from './presets.ts';
import type { PaybackField, PaybackInput, PaybackStepId, PaybackStepInput, PlanCost } from './types.ts';

export const PAYBACK_LIMITS = {
  perDay: { min: 1, max: 1e12, example: '1000000 or 1M' },
  inputTokens: { min: 0, max: 1e7, example: '1000' },
  outputTokens: { min: 1, max: 1e7, example: '300' },
  gpuCount: { min: 1, max: 1e6, integer: true, example: '2' },
  throughputPerGpu: { min: 0.01, max: 1e9, example: '3900' },
  utilization: { min: 0.01, max: 1, example: '0.6 or 60%' },
  price: { min: 0, max: 1e4, unit: 'US dollars', example: '2.5' },
  cost: { min: 0, max: 1e10, unit: 'US dollars', example: '5000' },
  gpuHours: { min: 0, max: 1e9, example: '24' },
  teamDays: { min: 0, max: 1e5, example: '10' },
  dayRate: { min: 0, max: 1e7, unit: 'US dollars', example: '1200' },
  speedup: { min: 0.01, max: 1000, example: '1.5' },
} as const satisfies Record<string, PaybackRule>;

export type Checked<T> = Check<T>;

const BLANK = { ok: true, value: undefined } as const;

/** A number within `rule`'s range (the shared check, naming the field as the payback form does). */
export function checkPaybackNumber(field: PaybackLabel, raw: unknown, rule: PaybackRule, options: NumberOptions = {}): Checked<number> {
  return checkNumber(PAYBACK_LABELS[field], raw, rule, options);
}

/** One of `allowed`, compared trimmed and lower-cased. */
export function checkPaybackChoice<T extends string>(field: PaybackLabel, raw: unknown, allowed: readonly T[]): Checked<T> {
  return checkChoice(PAYBACK_LABELS[field], raw, allowed);
}

/** The items of a list (at most `max`): an array or a comma-separated string. */
function listItems(raw: unknown, max: number = MAX_STEPS): unknown[] | 'too-many' | 'invalid-type' | 'unreadable' {
  if (typeof raw === 'string') {
    if (raw.length > MAX_CHOICE_TEXT * max) return 'too-many';
    const parts = raw.split(',').filter((part) => part.trim() !== '');
    return parts.length > max ? 'too-many' : parts;
  }
  try {
    if (!Array.isArray(raw)) return 'invalid-type';
    return raw.length > max ? 'too-many' : Array.from(raw);
  } catch {
    return 'unreadable';
  }
}

function listProblem(
  field: PaybackLabel,
  problem: 'too-many' | 'invalid-type' | 'unreadable',
  allowed: readonly string[],
  max: number = MAX_STEPS,
): Checked<never> {
  if (problem === 'too-many') return { ok: false, code: 'too-many', message: MESSAGES.tooMany(PAYBACK_LABELS[field], max) };
  if (problem === 'unreadable') return { ok: false, code: 'unreadable', message: MESSAGES.unreadable(PAYBACK_LABELS[field]) };
  return { ok: false, code: 'invalid-type', message: MESSAGES.invalidList(PAYBACK_LABELS[field], allowed) };
}

/** A list of known ids (at most one per allowed id, or MAX_STEPS for steps), as links carry lists. */
export function checkIdList<T extends string>(field: PaybackLabel, raw: unknown, allowed: readonly T[], max: number): Checked<T[]> {
  if (raw === undefined || raw === null) return BLANK;
  const items = listItems(raw, max);
  if (!Array.isArray(items)) return listProblem(field, items, allowed, max);
  const value: T[] = [];
  for (const item of items) {
    const checked = checkPaybackChoice(field, item, allowed);
    if (!checked.ok || checked.value === undefined) return { ok: false, code: 'invalid-choice', message: MESSAGES.invalidList(PAYBACK_LABELS[field], allowed) };
    value.push(checked.value);
  }
  return { ok: true, value };
}

/** Step ids (the link form of `steps`): a list of known ids. */
export function checkStepIds(raw: unknown): Checked<PaybackStepId[]> {
  return checkIdList('steps', raw, STEP_IDS, MAX_STEPS);
}

/** One-off costs in step order (the link form). */
export function checkCostList(raw: unknown): Checked<number[]> {
  if (raw === undefined || raw === null) return BLANK;
  const items = listItems(raw);
  if (!Array.isArray(items)) return listProblem('oneOffCosts', items, ['numbers']);
  const value: number[] = [];
  for (const item of items) {
    const checked = checkPaybackNumber('oneOffCosts', item, PAYBACK_LIMITS.cost);
    if (!checked.ok) return checked;
    if (checked.value === undefined) return { ok: false, code: 'required', message: MESSAGES.numberRange(PAYBACK_LABELS.oneOffCosts, PAYBACK_LIMITS.cost) };
    value.push(checked.value);
  }
  return { ok: true, value };
}

/** A number, or a { low, likely, high } object with low ≤ likely ≤ high, each within `rule`. */
export function checkRange(field: PaybackLabel, raw: unknown, rule: PaybackRule): Checked<Range> {
  if (isBlank(raw)) return BLANK;
  const view = viewRecord(raw);
  if (view.kind !== 'record') {
    const single = checkPaybackNumber(field, raw, rule);
    return single.ok ? { ok: true, value: { low: single.value!, likely: single.value!, high: single.value! } } : single;
  }
  const parts: number[] = [];
  for (const key of ['low', 'likely', 'high'] as const) {
    const read = readField(view.value, key);
    if (!read.ok) return { ok: false, code: 'unreadable', message: MESSAGES.unreadable(PAYBACK_LABELS[field]) };
    const checked = checkPaybackNumber(field, read.value, rule);
    if (!checked.ok) return checked;
    if (checked.value === undefined) return { ok: false, code: 'invalid-type', message: M.range(field) };
    parts.push(checked.value);
  }
  const [low, likely, high] = parts as [number, number, number];
  if (!(low <= likely && likely <= high)) return { ok: false, code: 'out-of-range', message: M.range(field) };
  return { ok: true, value: { low, likely, high } };
}

/** The shape of an estimator plan: `{ gpuHours: {low,likely,high}, pricePerGpuHour, teamDays?, dayRate? }`. */
export function checkPlan(raw: unknown): Checked<PlanCost> {
  if (isBlank(raw)) return BLANK;
  const view = viewRecord(raw);
  const bad = { ok: false, code: 'invalid-type', message: M.planShape() } as const;
  if (view.kind !== 'record') return bad;
  const fields: Record<string, unknown> = {};
  for (const key of ['gpuHours', 'pricePerGpuHour', 'teamDays', 'dayRate']) {
    const read = readField(view.value, key);
    if (!read.ok) return { ok: false, code: 'unreadable', message: MESSAGES.unreadable(PAYBACK_LABELS.plan) };
    fields[key] = read.value;
  }
  const gpuHours = checkRange('plan', fields.gpuHours, PAYBACK_LIMITS.gpuHours);
  const price = checkRange('plan', fields.pricePerGpuHour, PAYBACK_LIMITS.price);
  const teamDays = checkRange('plan', fields.teamDays, PAYBACK_LIMITS.teamDays);
  const dayRate = checkPaybackNumber('plan', fields.dayRate, PAYBACK_LIMITS.dayRate);
  if (!gpuHours.ok || !price.ok || !teamDays.ok || !dayRate.ok || gpuHours.value === undefined || price.value === undefined) return bad;
  const plan: PlanCost = { gpuHours: gpuHours.value, pricePerGpuHour: price.value };
  if (teamDays.value !== undefined) plan.teamDays = teamDays.value;
  if (dayRate.value !== undefined) plan.dayRate = dayRate.value;
  return { ok: true, value: plan };
}

/** One step: an id, or an object with an id and optional one-off cost, plan and speed-up. */
function checkStep(raw: unknown, index: number, errors: Issue[]): PaybackStepInput | undefined {
  const path = `steps.${index}`;
  const view = viewRecord(raw);
  if (view.kind !== 'record') {
    const id = checkPaybackChoice('steps', raw, STEP_IDS);
    if (id.ok && id.value !== undefined) return { id: id.value };
    errors.push({ field: path, code: 'invalid-choice', message: MESSAGES.invalidList(PAYBACK_LABELS.steps, STEP_IDS) });
    return undefined;
  }
  const values: Record<string, unknown> = {};
  for (const key of ['id', 'oneOffCost', 'plan', 'speedup']) {
    const read = readField(view.value, key);
    if (!read.ok) {
      errors.push({ field: `${path}.${key}`, code: 'unreadable', message: MESSAGES.unreadable(PAYBACK_LABELS[key as PaybackLabel]) });
      return undefined;
    }
    values[key] = read.value;
  }
  const id = checkPaybackChoice('id', values.id, STEP_IDS);
  const oneOffCost = checkRange('oneOffCost', values.oneOffCost, PAYBACK_LIMITS.cost);
  const plan = checkPlan(values.plan);
  const speedup = checkRange('speedup', values.speedup, PAYBACK_LIMITS.speedup);
  const before = errors.length;
  if (!id.ok || id.value === undefined)
    errors.push({ field: `${path}.id`, code: id.ok ? 'required' : id.code, message: MESSAGES.invalidChoice(PAYBACK_LABELS.id, STEP_IDS) });
  if (!oneOffCost.ok) errors.push({ field: `${path}.oneOffCost`, code: oneOffCost.code, message: oneOffCost.message });
  if (!plan.ok) errors.push({ field: `${path}.plan`, code: plan.code, message: plan.message });
  if (!speedup.ok) errors.push({ field: `${path}.speedup`, code: speedup.code, message: speedup.message });
  if (errors.length > before) return undefined;
  const step: PaybackStepInput = { id: (id as { value: PaybackStepId }).value };
  if (oneOffCost.ok && oneOffCost.value !== undefined) step.oneOffCost = oneOffCost.value;
  if (plan.ok && plan.value !== undefined) step.plan = plan.value;
  if (speedup.ok && speedup.value !== undefined) step.speedup = speedup.value;
  return step;
}

function checkSteps(raw: unknown, errors: Issue[]): PaybackStepInput[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const items = listItems(raw);
  if (!Array.isArray(items)) {
    const problem = listProblem('steps', items, STEP_IDS) as { code: IssueCode; message: string };
    errors.push({ field: 'steps', code: problem.code, message: problem.message });
    return undefined;
  }
  const steps: PaybackStepInput[] = [];
  items.forEach((item, index) => {
    const step = checkStep(item, index, errors);
    if (step) steps.push(step);
  });
  return steps;
}

type Checker = (raw: unknown) => Checked<unknown>;

/** One check per scalar field (steps and one-off costs have their own). */
const CHECKS: Readonly<Record<Exclude<PaybackField, 'steps'>, Checker>> = {
  preset: (raw) => checkPaybackChoice('preset', raw, PAYBACK_PRESET_IDS),
  workload: (raw) => checkPaybackChoice('workload', raw, WORKLOAD_IDS),
  requestsPerDay: (raw) => checkPaybackNumber('requestsPerDay', raw, PAYBACK_LIMITS.perDay, { suffixes: true }),
  inputTokens: (raw) => checkPaybackNumber('inputTokens', raw, PAYBACK_LIMITS.inputTokens, { suffixes: true }),
  outputTokens: (raw) => checkPaybackNumber('outputTokens', raw, PAYBACK_LIMITS.outputTokens, { suffixes: true }),
  predictionsPerDay: (raw) => checkPaybackNumber('predictionsPerDay', raw, PAYBACK_LIMITS.perDay, { suffixes: true }),
  serving: (raw) => checkPaybackChoice('serving', raw, SERVING_MODE_IDS),
  gpuType: (raw) => checkPaybackChoice('gpuType', raw, GPU_IDS),
  gpuCount: (raw) => checkPaybackNumber('gpuCount', raw, PAYBACK_LIMITS.gpuCount),
  throughputPerGpu: (raw) => checkPaybackNumber('throughputPerGpu', raw, PAYBACK_LIMITS.throughputPerGpu, { suffixes: true }),
  utilization: (raw) => checkPaybackNumber('utilization', raw, PAYBACK_LIMITS.utilization, { percent: 'ratio' }),
  pricePerGpuHour: (raw) => checkPaybackNumber('pricePerGpuHour', raw, PAYBACK_LIMITS.price),
  apiModel: (raw) => checkPaybackChoice('apiModel', raw, API_MODEL_IDS),
  priceInputPer1M: (raw) => checkPaybackNumber('priceInputPer1M', raw, PAYBACK_LIMITS.price),
  priceOutputPer1M: (raw) => checkPaybackNumber('priceOutputPer1M', raw, PAYBACK_LIMITS.price),
  pricePer1kPredictions: (raw) => checkPaybackNumber('pricePer1kPredictions', raw, PAYBACK_LIMITS.price),
  oneOffCosts: checkCostList,
};

/** Checks one field's raw value as links carry it (steps as a list of ids). */
export function checkPaybackField(field: PaybackField, raw: unknown): Checked<unknown> {
  return field === 'steps' ? checkStepIds(raw) : CHECKS[field](raw);
}

export type PaybackParse = { ok: true; value: PaybackInput } | { ok: false; errors: Issue[] };

/** Validates every field, then fills the preset's inputs where a field was not given. */
export function parsePaybackInput(input: unknown): PaybackParse {
  const view = viewRecord(input);
  if (view.kind === 'invalid') {
    return { ok: false, errors: [{ field: 'input', code: 'not-an-object', message: M.notAnObject('The payback inputs') }] };
  }
  const given: Record<string, unknown> = {};
  const errors: Issue[] = [];
  if (view.kind === 'record') {
    // The step list reports its own issues, per step and field (steps.0.oneOffCost…).
    const check = (field: PaybackField, raw: unknown) => (field === 'steps' ? { ok: true as const, value: checkSteps(raw, errors) } : CHECKS[field](raw));
    checkFields(view.value, PAYBACK_FIELDS, check, (field) => MESSAGES.unreadable(PAYBACK_LABELS[field]), given, errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  const preset = given.preset === undefined ? undefined : PAYBACK_PRESETS[given.preset as keyof typeof PAYBACK_PRESETS].inputs;
  return { ok: true, value: { ...preset, ...given } as PaybackInput };
}
