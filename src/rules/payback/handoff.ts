/**
 * Hand-offs into the payback calculator: a decision's suggested techniques become candidate steps,
 * and an estimator plan becomes a step's one-off cost. Both read only the fields they need
 * (structural types of our own), so they do not depend on the other tools' full result types.
 */
import { PATH_IDS, TECHNIQUE_IDS } from '../decision/ids.ts';
import { MESSAGES } from '../messages.ts';
import { fail, ok } from '../result.ts';
import type { Issue, Range, Result } from '../types.ts';
import { readField, viewRecord } from '../validate/record.ts';
import { checkIdList, checkPaybackChoice, checkRange, PAYBACK_LIMITS, type Checked } from './input.ts';
import { PAYBACK_LABELS, PAYBACK_MESSAGES as M, type PaybackRule } from './messages.ts';
import { STEP_IDS } from './options.ts';
import type { PaybackHandOffField, PaybackInput, PaybackStepId, PaybackStepInput, PlanCost } from './types.ts';

/** Which payback step each decision or estimator technique stands for (techniques without a serving effect map to none). */
export const TECHNIQUE_STEPS: Readonly<Record<string, PaybackStepId>> = {
  quantization: 'quantize-8bit',
  distillation: 'distill',
  batching: 'serving-engine',
  compilation: 'serving-engine',
  caching: 'caching',
  retraining: 'retrain',
};

/** Steps for a list of technique ids, in order, without duplicates; unknown ids are skipped. */
function stepsFor(techniques: readonly unknown[]): PaybackStepId[] {
  const steps: PaybackStepId[] = [];
  for (const technique of techniques) {
    const step = typeof technique === 'string' && Object.hasOwn(TECHNIQUE_STEPS, technique) ? TECHNIQUE_STEPS[technique] : undefined;
    if (step !== undefined && !steps.includes(step)) steps.push(step);
  }
  return steps;
}

/** Reads `value.key` as an array, or null. */
function arrayAt(value: unknown, key: string): unknown[] | null {
  const view = viewRecord(value);
  if (view.kind !== 'record') return null;
  const read = readField(view.value, key);
  try {
    return read.ok && Array.isArray(read.value) ? Array.from(read.value as unknown[]) : null;
  } catch {
    return null;
  }
}

const notARecommendation: Issue = {
  field: 'techniques',
  code: 'invalid-type',
  message: 'The decision result must list its suggested techniques, for example { techniques: ["quantization", "batching"] }.',
};

/**
 * The payback input a decision result pre-fills: its suggested techniques as candidate steps.
 *
 * @example
 * paybackFromDecision({ path: 'optimize-first', techniques: ['quantization', 'batching', 'monitoring'] }).value;
 * // { steps: ['quantize-8bit', 'serving-engine'] }
 */
export function paybackFromDecision(recommendation: unknown): Result<PaybackInput> {
  const techniques = arrayAt(recommendation, 'techniques');
  if (techniques === null) return fail([notARecommendation]);
  return ok({ steps: stepsFor(techniques) });
}

/** Reads `value.a.b`, or undefined when a step of the path is missing or unreadable. */
function at(value: unknown, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const view = viewRecord(current);
    if (view.kind !== 'record') return undefined;
    const read = readField(view.value, key);
    if (!read.ok) return undefined;
    current = read.value;
  }
  return current;
}

/** Reads `value.a.b` as a low/likely/high range within `rule`, or undefined. */
function rangeAt(value: unknown, path: readonly string[], rule: (typeof PAYBACK_LIMITS)[keyof typeof PAYBACK_LIMITS]): Range | undefined {
  const checked = checkRange('plan', at(value, path), rule);
  return checked.ok ? checked.value : undefined;
}

const notAPlan: Issue = { field: 'plan', code: 'invalid-type', message: M.planShape() };

/**
 * A candidate step whose one-off cost is an estimator plan: the plan's total GPU-hours at its price
 * per GPU-hour, plus its calendar days × day rate when the plan has one. The step is `step`, or the
 * first of the plan's techniques that has a serving effect, or a retrain.
 *
 * @example
 * const plan = { total: { low: 4, likely: 9, high: 20, gpuHours: { low: 2, likely: 4, high: 8 } },
 *   inputs: { pricePerGpuHour: { low: 2.5, likely: 4, high: 7 }, dayRate: null, techniques: ['quantization'] } };
 * paybackStepFromPlan(plan).value;
 * // { id: 'quantize-8bit', plan: { gpuHours: { low: 2, likely: 4, high: 8 }, pricePerGpuHour: { low: 2.5, likely: 4, high: 7 } } }
 */
export function paybackStepFromPlan(timeline: unknown, step?: unknown): Result<PaybackStepInput> {
  const gpuHours = rangeAt(timeline, ['total', 'gpuHours'], PAYBACK_LIMITS.gpuHours);
  const price = rangeAt(timeline, ['inputs', 'pricePerGpuHour'], PAYBACK_LIMITS.price);
  if (gpuHours === undefined || price === undefined) return fail([notAPlan]);
  const chosen = checkPaybackChoice('id', step, STEP_IDS);
  if (!chosen.ok) return fail([{ field: 'id', code: chosen.code, message: chosen.message }]);
  const plan: PlanCost = { gpuHours, pricePerGpuHour: price };
  const days = rangeAt(timeline, ['total'], PAYBACK_LIMITS.teamDays);
  const rate = rangeAt(timeline, ['inputs', 'dayRate'], PAYBACK_LIMITS.dayRate);
  if (days !== undefined && rate !== undefined) {
    plan.teamDays = days;
    plan.dayRate = rate.likely;
  }
  const id = chosen.value ?? stepsFor(arrayAt(at(timeline, ['inputs']), 'techniques') ?? [])[0] ?? 'retrain';
  return ok({ id, plan });
}

/* ------------------------------------------------------------------ link keys */

/** Where a link into the calculator can come from: the comparison table, the estimator, or a decision path. */
export const PAYBACK_HANDOFF_SOURCES = ['comparison', 'timeline', ...PATH_IDS] as const;

/** The link-only hand-off fields, in the order links write them. */
export const PAYBACK_HANDOFF_FIELDS: readonly PaybackHandOffField[] = ['planGpuHours', 'planPrice', 'techniques', 'from'];

/**
 * A range as links carry it: "low,likely,high" (or [low, likely, high], or one number for all
 * three), each within `rule` and low ≤ likely ≤ high; the value is [low, likely, high].
 */
function checkTriple(field: 'planGpuHours' | 'planPrice', raw: unknown, rule: PaybackRule): Checked<[number, number, number]> {
  let view: unknown = raw;
  try {
    const parts = typeof raw === 'string' && raw.includes(',') ? raw.split(',', 4) : Array.isArray(raw) ? Array.from(raw as unknown[]) : null;
    if (parts !== null) {
      if (parts.length !== 3) return { ok: false, code: 'invalid-type', message: M.range(field) };
      view = { low: parts[0], likely: parts[1], high: parts[2] };
    }
  } catch {
    return { ok: false, code: 'unreadable', message: MESSAGES.unreadable(PAYBACK_LABELS[field]) };
  }
  const checked = checkRange(field, view, rule);
  if (!checked.ok || checked.value === undefined) return checked as Checked<never>;
  return { ok: true, value: [checked.value.low, checked.value.likely, checked.value.high] };
}

const HANDOFF_CHECKS: Readonly<Record<PaybackHandOffField, (raw: unknown) => Checked<unknown>>> = {
  from: (raw) => checkPaybackChoice('from', raw, PAYBACK_HANDOFF_SOURCES),
  techniques: (raw) => checkIdList('techniques', raw, TECHNIQUE_IDS, TECHNIQUE_IDS.length),
  planGpuHours: (raw) => checkTriple('planGpuHours', raw, PAYBACK_LIMITS.gpuHours),
  planPrice: (raw) => checkTriple('planPrice', raw, PAYBACK_LIMITS.price),
};

/**
 * Checks one hand-off field as a link carries it (the URL codec's check for `from`, `tech`, `pgh`, `pph`).
 * @example checkPaybackHandOffField('planGpuHours', '2,4,8') // { ok: true, value: [2, 4, 8] }
 */
export function checkPaybackHandOffField(field: PaybackHandOffField, raw: unknown): Checked<unknown> {
  return HANDOFF_CHECKS[field](raw);
}

/** Whether a link field is one of the hand-off fields. */
export function isHandOffField(field: string): field is PaybackHandOffField {
  return (PAYBACK_HANDOFF_FIELDS as readonly string[]).includes(field);
}
