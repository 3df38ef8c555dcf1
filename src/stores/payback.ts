/**
 * Payback calculator state (the first brick of its island): the form as the reader filled it
 * (numbers as typed, "1M" included), the preset it started from, and the candidate steps with the
 * one-off costs typed for them. The result is derived with estimatePayback(); the link state goes
 * through the rules package's PAYBACK_CODEC (steps as ids, their one-off costs as a list).
 */
import { atom, computed } from 'nanostores';
import {
  encodeWith,
  PAYBACK_CODEC,
  PAYBACK_PRESETS,
  estimatePayback,
  paybackFromDecision,
  paybackStepFromPlan,
  type ApiModelId,
  type GpuId,
  type PaybackInput,
  type PaybackPresetId,
  type PaybackStepId,
  type PaybackWorkload,
  type ServingMode,
  type ToolState,
} from '../rules/index.ts';
import type { ToolPart } from './url-sync.ts';
import { toolPath } from '../config/tool-ids.ts';

/** Free-text fields ('' means "use the default"). */
export const PAYBACK_TEXT_FIELDS = [
  'requestsPerDay',
  'inputTokens',
  'outputTokens',
  'predictionsPerDay',
  'gpuCount',
  'throughputPerGpu',
  'utilization',
  'pricePerGpuHour',
  'priceInputPer1M',
  'priceOutputPer1M',
  'pricePer1kPredictions',
] as const;
export type PaybackTextField = (typeof PAYBACK_TEXT_FIELDS)[number];

export interface StepEntry {
  id: PaybackStepId;
  /** The one-off cost as typed ('' = none given). */
  oneOffCost: string;
}

export type PaybackForm = Record<PaybackTextField, string> & {
  preset: PaybackPresetId | '';
  workload: PaybackWorkload | '';
  serving: ServingMode | '';
  gpuType: GpuId | '';
  apiModel: ApiModelId | '';
  /** null: the preset's steps, with the one-off costs its plans give. */
  steps: StepEntry[] | null;
};

/** The preset the calculator opens with when neither the page nor the link names one. */
export const DEFAULT_PAYBACK_PRESET: PaybackPresetId = 'chat-8b-l40s';

const BLANK: PaybackForm = Object.freeze({
  preset: '',
  workload: '',
  serving: '',
  gpuType: '',
  apiModel: '',
  steps: null,
  ...(Object.fromEntries(PAYBACK_TEXT_FIELDS.map((f) => [f, ''])) as Record<PaybackTextField, string>),
});

/** A form from (partial) input: the given fields over `base`. */
export function formFromPaybackInput(input: Partial<PaybackInput> | undefined, base: PaybackForm = BLANK): PaybackForm {
  const form: PaybackForm = { ...base, steps: base.steps && base.steps.map((s) => ({ ...s })) };
  if (!input) return form;
  if (input.preset !== undefined) form.preset = input.preset;
  if (input.workload !== undefined) form.workload = input.workload;
  if (input.serving !== undefined) form.serving = input.serving;
  if (input.gpuType !== undefined) form.gpuType = input.gpuType;
  if (input.apiModel !== undefined) form.apiModel = input.apiModel;
  for (const f of PAYBACK_TEXT_FIELDS) if (input[f] !== undefined) form[f] = String(input[f]);
  if (input.steps !== undefined) {
    const costs = input.oneOffCosts ?? [];
    form.steps = input.steps.map((s, i) => ({ id: typeof s === 'string' ? s : s.id, oneOffCost: costs[i] === undefined ? '' : String(costs[i]) }));
  }
  return form;
}

/** The form a preset opens with: its id only (its fields and steps come from the rules). */
export function paybackPresetForm(id: PaybackPresetId): PaybackForm {
  return { ...BLANK, preset: id };
}

export const PAYBACK_DEFAULTS: PaybackForm = Object.freeze(paybackPresetForm(DEFAULT_PAYBACK_PRESET)) as PaybackForm;

/** The rules input for a form: blank fields are left out so the preset's or the rules' defaults apply. */
export function paybackInput(form: PaybackForm): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of ['preset', 'workload', 'serving', 'gpuType', 'apiModel'] as const) if (form[key] !== '') input[key] = form[key];
  for (const f of PAYBACK_TEXT_FIELDS) if (form[f].trim() !== '') input[f] = form[f];
  if (form.steps !== null) {
    input.steps = form.steps.map((s) => (s.oneOffCost.trim() === '' ? { id: s.id } : { id: s.id, oneOffCost: s.oneOffCost }));
  }
  return input;
}

/** The link state of a form (steps as ids, one-off costs as a list in the same order when all are typed). */
export function paybackState(form: PaybackForm): Record<string, unknown> {
  const state = paybackInput(form);
  delete state.steps;
  if (form.steps !== null) {
    state.steps = form.steps.map((s) => s.id);
    if (form.steps.length > 0 && form.steps.every((s) => s.oneOffCost.trim() !== '')) state.oneOffCosts = form.steps.map((s) => s.oneOffCost);
  }
  return state;
}

export const $payback = atom<PaybackForm>(PAYBACK_DEFAULTS);

/** The result for the current form, or the field errors that block one. */
export const $paybackResult = computed($payback, (form) => estimatePayback(paybackInput(form)));

export function setPaybackField<F extends PaybackTextField | 'workload' | 'serving' | 'gpuType' | 'apiModel'>(field: F, value: PaybackForm[F]): void {
  $payback.set({ ...$payback.get(), [field]: value });
}

/** Adds or removes a step; the preset's steps become an explicit list the first time. */
export function toggleStep(id: PaybackStepId, on: boolean): void {
  const form = $payback.get();
  const current = form.steps ?? presetSteps(form.preset);
  const steps = on ? (current.some((s) => s.id === id) ? current : [...current, { id, oneOffCost: '' }]) : current.filter((s) => s.id !== id);
  $payback.set({ ...form, steps });
}

export function setStepCost(id: PaybackStepId, oneOffCost: string): void {
  const form = $payback.get();
  const current = form.steps ?? presetSteps(form.preset);
  $payback.set({ ...form, steps: current.map((s) => (s.id === id ? { ...s, oneOffCost } : s)) });
}

/** A preset's steps as form entries, each with the likely one-off cost its plan gives (rounded to dollars). */
function presetSteps(preset: PaybackPresetId | ''): StepEntry[] {
  if (preset === '') return [];
  const result = estimatePayback({ preset });
  return result.ok ? result.value.steps.map((s) => ({ id: s.id, oneOffCost: String(Math.round(s.oneOffCost.likely)) })) : [];
}

export function applyPaybackPreset(id: PaybackPresetId): void {
  $payback.set(paybackPresetForm(id));
}

export function resetPayback(): void {
  $payback.set(PAYBACK_DEFAULTS);
  $paybackHandOff.set(null);
}

/** A form from URL state: the preset's form, then the explicit fields; the default form when empty (hand-off keys aside). */
export function paybackForm(state: ToolState['payback']): PaybackForm {
  const { from: _from, techniques: _techniques, planGpuHours: _hours, planPrice: _price, ...input } = state ?? {};
  if (Object.keys(input).length === 0) return { ...PAYBACK_DEFAULTS };
  return formFromPaybackInput(input, input.preset ? paybackPresetForm(input.preset) : BLANK);
}

export const paybackPart: ToolPart = {
  section: 'payback',
  codec: PAYBACK_CODEC,
  store: $payback,
  read: () => paybackState($payback.get()),
  apply: (state) => {
    const handed = paybackHandOff(state.payback);
    $payback.set(handed ? handed.form : paybackForm(state.payback));
    $paybackHandOff.set(handed ? handed.note : null);
  },
  reset: resetPayback,
};

/** The labels of the preset list, for the form's select. */
export const PAYBACK_PRESET_OPTIONS = Object.values(PAYBACK_PRESETS).map((p) => ({ id: p.id, label: p.label }));

/* ---------------------------------------------------------------- pins */

/** Most results that can be pinned side by side. */
export const MAX_PAYBACK_PINS = 3;

export interface PaybackPin {
  key: number;
  form: PaybackForm;
}

export const $paybackPins = atom<readonly PaybackPin[]>([]);
let pinCounter = 0;

/** Pins the current inputs (the oldest pin drops out beyond MAX_PAYBACK_PINS). */
export function pinPayback(form: PaybackForm = $payback.get()): void {
  $paybackPins.set([...$paybackPins.get(), { key: ++pinCounter, form }].slice(-MAX_PAYBACK_PINS));
}

export function unpinPayback(key: number): void {
  $paybackPins.set($paybackPins.get().filter((p) => p.key !== key));
}

/** Loads a pinned result's inputs back into the form. */
export function restorePaybackPin(key: number): void {
  const pin = $paybackPins.get().find((p) => p.key === key);
  if (pin) $payback.set(pin.form);
}

/**
 * Link to the payback page with a form's inputs (a pin's link, the copied text).
 * @example paybackHref(paybackPresetForm('api-support-bot')) // '/tools/payback/?pb=api-support-bot'
 */
export function paybackHref(form: PaybackForm): string {
  const query = encodeWith([PAYBACK_CODEC], { payback: paybackState(form) });
  return `${toolPath('payback')}${query && `?${query}`}`;
}

/* ---------------------------------------------------------------- hand-offs */

/** Where a hand-off came from, for the calculator's note: the tool, and for a plan the step it priced. */
export type PaybackHandOffNote = { from: 'decision' | 'comparison' } | { from: 'timeline'; step: string };

/** The hand-off the calculator shows a note for (dismissible); null when there is none. */
export const $paybackHandOff = atom<PaybackHandOffNote | null>(null);

const range = ([low, likely, high]: [number, number, number]) => ({ low, likely, high });

/**
 * The form and note for a link from another tool (src/stores/payback-links.ts writes it; the
 * rules' PAYBACK_CODEC has already checked its keys, so a bad value arrives dropped, with the
 * link warning), or null when the link names no source. The decision's techniques become steps
 * (paybackFromDecision); an estimator plan becomes a step whose one-off cost is the plan's GPU cost
 * (paybackStepFromPlan, then the rules' estimate of that cost, rounded to dollars). The rest of the
 * link's state (a preset, traffic…) is the base form.
 * @example paybackHandOff({ techniques: ['quantization'], from: 'optimize-first' })?.form.steps // [{ id: 'quantize-8bit', oneOffCost: '' }]
 */
export function paybackHandOff(state: ToolState['payback']): { form: PaybackForm; note: PaybackHandOffNote } | null {
  if (!state?.from) return null;
  const { from, techniques = [], planGpuHours, planPrice, ...rest } = state;
  const base = paybackForm(rest);
  if (from === 'comparison') return { form: base, note: { from } };
  if (from === 'timeline') {
    if (!planGpuHours || !planPrice) return null;
    const step = paybackStepFromPlan({ total: { gpuHours: range(planGpuHours) }, inputs: { pricePerGpuHour: range(planPrice), techniques } });
    const priced = step.ok ? estimatePayback({ ...paybackInput(base), steps: [step.value] }) : null;
    const cost = priced?.ok ? priced.value.steps[0] : undefined;
    if (!cost) return null;
    return { form: { ...base, steps: [{ id: cost.id, oneOffCost: String(Math.round(cost.oneOffCost.likely)) }] }, note: { from, step: cost.label } };
  }
  const decided = paybackFromDecision({ techniques });
  const steps = decided.ok ? (decided.value.steps ?? []) : [];
  return { form: steps.length ? { ...base, steps: steps.map((s) => ({ id: typeof s === 'string' ? s : s.id, oneOffCost: '' })) } : base, note: { from: 'decision' } };
}
