/**
 * Timeline estimator state: the form as the reader filled it (numbers as typed, "7B" included),
 * the preset it started from, and up to three pinned estimates. The estimate itself is derived in
 * ./estimate.ts so pages that only plan (the decision island) do not load the estimator.
 */
import { atom } from 'nanostores';
import {
  encodeWith,
  PRESETS,
  TIMELINE_CODEC,
  type DataReadiness,
  type FineTuneMethod,
  type Precision,
  type GpuId,
  type ModelKind,
  type OptimizationTechniqueId,
  type PresetId,
  type ScenarioId,
  type TimelineInput,
} from '../rules/index.ts';
import type { ToolPart } from './url-sync.ts';
import { toolPath } from '../config/tool-ids.ts';

/** The estimator's free-text fields (all accept what people type; '' means "use the default"). */
export const TEXT_FIELDS = [
  'modelParams',
  'trainingTokens',
  'totalFlops',
  'tokensPerSecond',
  'gpuCount',
  'mfu',
  'pricePerGpuHour',
  'refinementCycles',
  'dayRate',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The workload's free-text fields added for compute from the workload (the island adds their inputs). */
export const WORKLOAD_FIELDS = ['datasetTokens', 'epochs', 'activeParams', 'studentParams'] as const;
export type WorkloadField = (typeof WORKLOAD_FIELDS)[number];

/** Every free-text field of the form. */
export const ALL_TEXT_FIELDS = [...TEXT_FIELDS, ...WORKLOAD_FIELDS] as const;
type AnyTextField = TextField | WorkloadField;

/** Choice fields; '' means "use the default". */
export const CHOICE_FIELDS = ['modelKind', 'gpuType', 'dataReadiness', 'method', 'precision'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];

export type TimelineForm = Record<AnyTextField, string> & {
  preset: PresetId | '';
  scenario: ScenarioId;
  modelKind: ModelKind | '';
  gpuType: GpuId | '';
  dataReadiness: DataReadiness | '';
  method: FineTuneMethod | '';
  precision: Precision | '';
  /** null: the default techniques. */
  techniques: OptimizationTechniqueId[] | null;
};

/** The preset the estimator opens with when neither the page nor the link names one. */
export const DEFAULT_PRESET: PresetId = 'fine-tune-8b-lora';

const BLANK: TimelineForm = Object.freeze({
  preset: '',
  scenario: 'fine-tune',
  modelKind: '',
  gpuType: '',
  dataReadiness: '',
  method: '',
  precision: '',
  techniques: null,
  modelParams: '',
  trainingTokens: '',
  totalFlops: '',
  tokensPerSecond: '',
  gpuCount: '',
  mfu: '',
  pricePerGpuHour: '',
  refinementCycles: '',
  dayRate: '',
  datasetTokens: '',
  epochs: '',
  activeParams: '',
  studentParams: '',
}) as TimelineForm;

/** Fields that hold counts, shown with a suffix ("7B", "50M"). */
const COUNT_FIELDS: ReadonlySet<AnyTextField> = new Set(['modelParams', 'trainingTokens', 'tokensPerSecond', 'datasetTokens', 'activeParams', 'studentParams']);

const COUNT_SUFFIXES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
];

/**
 * A number as the form shows it: counts with the suffix people write when it is exact.
 * @example numberText('modelParams', 7e9) // '7B'
 */
export function numberText(field: AnyTextField, n: number): string {
  if (COUNT_FIELDS.has(field)) {
    for (const [size, suffix] of COUNT_SUFFIXES) {
      const short = Number((n / size).toFixed(3));
      if (n >= size && short * size === n) return `${short}${suffix}`;
    }
  }
  return String(n).replace('e+', 'e');
}

/** A form holding exactly the given inputs (no preset lookup). */
export function formFromInput(input: Partial<TimelineInput> | undefined, base: TimelineForm = BLANK): TimelineForm {
  const form: TimelineForm = { ...base, techniques: base.techniques ? [...base.techniques] : null };
  if (!input) return form;
  if (input.preset) form.preset = input.preset;
  if (input.scenario) form.scenario = input.scenario;
  if (input.modelKind) form.modelKind = input.modelKind;
  if (input.gpuType) form.gpuType = input.gpuType;
  if (input.dataReadiness) form.dataReadiness = input.dataReadiness;
  if (input.method) form.method = input.method;
  if (input.precision) form.precision = input.precision;
  if (Array.isArray(input.techniques)) form.techniques = [...input.techniques];
  for (const f of ALL_TEXT_FIELDS) {
    const v = input[f] as unknown;
    if (typeof v === 'number') form[f] = numberText(f, v);
    else if (typeof v === 'string') form[f] = v;
  }
  return form;
}

/**
 * The form a preset fills in: its inputs, and the defaults for everything else.
 * @example presetForm('pretrain-7b').modelParams // '7B'
 */
export function presetForm(id: PresetId): TimelineForm {
  return formFromInput({ ...PRESETS[id].inputs, preset: id });
}

/**
 * The preset whose chip shows as chosen: the form's preset while every field it set still holds
 * the preset's value; '' as soon as the reader changes one of them.
 * @example presetInEffect({ ...presetForm('pretrain-7b'), gpuCount: '8' }) // ''
 */
export function presetInEffect(form: TimelineForm): PresetId | '' {
  if (!form.preset) return '';
  const set = PRESETS[form.preset].inputs as Partial<TimelineInput>;
  const base = presetForm(form.preset);
  const changed =
    (set.scenario !== undefined && form.scenario !== base.scenario) ||
    CHOICE_FIELDS.some((f) => set[f] !== undefined && form[f] !== base[f]) ||
    (set.techniques !== undefined && !sameList(form.techniques, base.techniques)) ||
    ALL_TEXT_FIELDS.some((f) => set[f] !== undefined && form[f].trim() !== base[f]);
  return changed ? '' : form.preset;
}

export const TIMELINE_DEFAULTS: TimelineForm = Object.freeze(presetForm(DEFAULT_PRESET)) as TimelineForm;

/**
 * The rules input for a form: the preset plus every field the reader set (typed text goes
 * through untouched, so the rules validate and report it on its field).
 */
export function timelineInput(form: TimelineForm): TimelineInput {
  const input: Record<string, unknown> = { scenario: form.scenario };
  if (form.preset) input['preset'] = form.preset;
  for (const f of CHOICE_FIELDS) if (form[f]) input[f] = form[f];
  if (form.techniques) input['techniques'] = [...form.techniques];
  for (const f of ALL_TEXT_FIELDS) if (form[f].trim() !== '') input[f] = form[f];
  return input as unknown as TimelineInput;
}

function sameList(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  return (a ?? null) === (b ?? null) || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * The form as the URL stores it: the preset and only the fields that differ from it;
 * empty for the default form, so an untouched estimator keeps the address clean.
 */
export function timelineState(form: TimelineForm): Partial<TimelineInput> {
  if (sameForm(form, TIMELINE_DEFAULTS)) return {};
  const base = form.preset ? presetForm(form.preset) : BLANK;
  const state: Record<string, unknown> = {};
  if (form.preset) state['preset'] = form.preset;
  if (form.scenario !== base.scenario || !form.preset) state['scenario'] = form.scenario;
  for (const f of CHOICE_FIELDS) if (form[f] && form[f] !== base[f]) state[f] = form[f];
  if (form.techniques && !sameList(form.techniques, base.techniques)) state['techniques'] = [...form.techniques];
  for (const f of ALL_TEXT_FIELDS) if (form[f].trim() !== '' && form[f].trim() !== base[f]) state[f] = form[f].trim();
  return state as Partial<TimelineInput>;
}

/** A form from URL state: the preset's form, then the explicit fields; the default form when empty. */
export function timelineForm(state: Partial<TimelineInput> | undefined): TimelineForm {
  if (!state || Object.keys(state).length === 0) return { ...TIMELINE_DEFAULTS, techniques: TIMELINE_DEFAULTS.techniques && [...TIMELINE_DEFAULTS.techniques] };
  return formFromInput(state, state.preset ? presetForm(state.preset) : BLANK);
}

export function sameForm(a: TimelineForm, b: TimelineForm): boolean {
  return (
    a.preset === b.preset &&
    a.scenario === b.scenario &&
    CHOICE_FIELDS.every((f) => a[f] === b[f]) &&
    sameList(a.techniques, b.techniques) &&
    ALL_TEXT_FIELDS.every((f) => a[f].trim() === b[f].trim())
  );
}

export const $timeline = atom<TimelineForm>(TIMELINE_DEFAULTS);

/**
 * Sets one field as typed or chosen.
 * @example setField('modelParams', '13B')
 */
export function setField<F extends AnyTextField | ChoiceField | 'scenario'>(field: F, value: TimelineForm[F]): void {
  $timeline.set({ ...$timeline.get(), [field]: value });
}

/**
 * Turns one optimization technique on or off (starting from the techniques in effect).
 * @example toggleTechnique('distillation', true, ['quantization'])
 */
export function toggleTechnique(id: OptimizationTechniqueId, on: boolean, current: readonly OptimizationTechniqueId[]): void {
  const rest = current.filter((t) => t !== id);
  setTechniques(on ? [...rest, id] : rest);
}

export function setTechniques(techniques: OptimizationTechniqueId[]): void {
  $timeline.set({ ...$timeline.get(), techniques });
}

/**
 * Fills the form from a preset (every other field back to its default).
 * @example applyPreset('pretrain-7b')
 */
export function applyPreset(id: PresetId): void {
  $timeline.set(presetForm(id));
}

/**
 * Sets some inputs and keeps the others, e.g. the scenario and techniques "Plan this" carries.
 * @example setTimelineInput({ scenario: 'optimize-existing', techniques: ['quantization'] })
 */
export function setTimelineInput(input: Partial<TimelineInput>): void {
  $timeline.set(formFromInput(input, $timeline.get()));
}

export function resetTimeline(): void {
  $timeline.set(TIMELINE_DEFAULTS);
}

/** The estimator for the URL sync and resetAll(). */
export const timelinePart: ToolPart = {
  section: 'timeline',
  codec: TIMELINE_CODEC,
  store: $timeline,
  read: () => timelineState($timeline.get()),
  apply: (state) => $timeline.set(timelineForm(state.timeline)),
  reset: resetTimeline,
};

/* ---------------------------------------------------------------- pins */

/** Most estimates that can be pinned side by side. */
export const MAX_PINS = 3;

export interface Pin {
  /** Stable key for the list (a counter, never time or randomness). */
  key: number;
  form: TimelineForm;
}

export const $pins = atom<readonly Pin[]>([]);
let pinCounter = 0;

/**
 * Pins the current estimate (the oldest pin drops out beyond MAX_PINS).
 * @example pinEstimate() // $pins.get().length === 1
 */
export function pinEstimate(form: TimelineForm = $timeline.get()): void {
  const pins = [...$pins.get(), { key: ++pinCounter, form }];
  $pins.set(pins.slice(-MAX_PINS));
}

export function unpinEstimate(key: number): void {
  $pins.set($pins.get().filter((p) => p.key !== key));
}

/** Loads a pinned estimate back into the form. */
export function restorePin(key: number): void {
  const pin = $pins.get().find((p) => p.key === key);
  if (pin) $timeline.set(pin.form);
}

export function clearPins(): void {
  $pins.set([]);
}

/**
 * Link to the estimator page with a form's inputs (a pin's "Link to this estimate", the copied text).
 * @example timelineHref(presetForm('pretrain-7b')) // '/tools/timeline/?preset=pretrain-7b'
 */
export function timelineHref(form: TimelineForm): string {
  const query = encodeWith([TIMELINE_CODEC], { timeline: timelineState(form) });
  return `${toolPath('timeline')}${query && `?${query}`}`;
}
