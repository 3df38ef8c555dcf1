/** Validation of the estimator's inputs (shared with the URL decoder), and preset merging. */
import { MESSAGES } from '../messages.ts';
import type { Issue, TimelineField, TimelineInput } from '../types.ts';
import { checkChoice, checkList, checkNumber, type Check } from '../validate/fields.ts';
import { TIMELINE_LIMITS } from '../validate/limits.ts';
import { checkFields, viewRecord } from '../validate/record.ts';
import { GPU_IDS } from './gpus.ts';
import { DATA_READINESS_IDS, FINE_TUNE_METHODS, MODEL_KIND_IDS, OPTIMIZATION_TECHNIQUE_IDS, PRECISIONS, SCENARIO_IDS, TIMELINE_FIELDS } from './options.ts';
import { TIMELINE_FIELD_LABELS as L } from './field-labels.ts';
import { PRESET_IDS, PRESETS } from './presets.ts';

type Checker = (raw: unknown) => Check<unknown>;

/** One check per field. */
const CHECKS: Readonly<Record<TimelineField, Checker>> = {
  scenario: (raw) => checkChoice(L.scenario, raw, SCENARIO_IDS),
  preset: (raw) => checkChoice(L.preset, raw, PRESET_IDS),
  modelKind: (raw) => checkChoice(L.modelKind, raw, MODEL_KIND_IDS),
  modelParams: (raw) => checkNumber(L.modelParams, raw, TIMELINE_LIMITS.modelParams, { suffixes: true }),
  trainingTokens: (raw) => checkNumber(L.trainingTokens, raw, TIMELINE_LIMITS.trainingTokens, { suffixes: true }),
  totalFlops: (raw) => checkNumber(L.totalFlops, raw, TIMELINE_LIMITS.totalFlops),
  tokensPerSecond: (raw) => checkNumber(L.tokensPerSecond, raw, TIMELINE_LIMITS.tokensPerSecond, { suffixes: true }),
  gpuType: (raw) => checkChoice(L.gpuType, raw, GPU_IDS),
  gpuCount: (raw) => checkNumber(L.gpuCount, raw, TIMELINE_LIMITS.gpuCount),
  mfu: (raw) => checkNumber(L.mfu, raw, TIMELINE_LIMITS.mfu, { percent: 'ratio' }),
  pricePerGpuHour: (raw) => checkNumber(L.pricePerGpuHour, raw, TIMELINE_LIMITS.pricePerGpuHour),
  dataReadiness: (raw) => checkChoice(L.dataReadiness, raw, DATA_READINESS_IDS),
  techniques: (raw) => checkList(L.techniques, raw, OPTIMIZATION_TECHNIQUE_IDS),
  refinementCycles: (raw) => checkNumber(L.refinementCycles, raw, TIMELINE_LIMITS.refinementCycles),
  dayRate: (raw) => checkNumber(L.dayRate, raw, TIMELINE_LIMITS.dayRate),
  method: (raw) => checkChoice(L.method, raw, FINE_TUNE_METHODS),
  datasetTokens: (raw) => checkNumber(L.datasetTokens, raw, TIMELINE_LIMITS.datasetTokens, { suffixes: true }),
  epochs: (raw) => checkNumber(L.epochs, raw, TIMELINE_LIMITS.epochs),
  activeParams: (raw) => checkNumber(L.activeParams, raw, TIMELINE_LIMITS.activeParams, { suffixes: true }),
  studentParams: (raw) => checkNumber(L.studentParams, raw, TIMELINE_LIMITS.studentParams, { suffixes: true }),
  precision: (raw) => checkChoice(L.precision, raw, PRECISIONS),
};

/** Checks one field's raw value. */
export function checkTimelineField(field: TimelineField, raw: unknown): Check<unknown> {
  return CHECKS[field](raw);
}

export type TimelineParse = { ok: true; value: TimelineInput } | { ok: false; errors: Issue[] };

/** Validates every field, then fills the preset's inputs where a field was not given. */
export function parseTimelineInput(input: unknown): TimelineParse {
  const view = viewRecord(input);
  if (view.kind === 'invalid') {
    return { ok: false, errors: [{ field: 'input', code: 'not-an-object', message: MESSAGES.notAnObject('The estimator inputs') }] };
  }
  const given: Partial<Record<TimelineField, unknown>> = {};
  const errors: Issue[] = [];
  if (view.kind === 'record') {
    checkFields(
      view.value,
      TIMELINE_FIELDS,
      (field, raw) => CHECKS[field](raw),
      (field) => MESSAGES.unreadable(L[field]),
      given,
      errors,
    );
  }
  const preset = given.preset === undefined ? undefined : PRESETS[given.preset as keyof typeof PRESETS].inputs;
  const merged = { ...preset, ...given } as Partial<TimelineInput>;
  if (merged.scenario === undefined && !errors.some((e) => e.field === 'scenario')) {
    errors.push({ field: 'scenario', code: 'required', message: MESSAGES.required(L.scenario, SCENARIO_IDS) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: merged as TimelineInput };
}
