/** The estimator's inputs: presets, scenario, model and data, hardware and price, follow-up work. */
import {
  DATA_READINESS,
  GPU_IDS,
  FINE_TUNE_METHODS,
  GPUS,
  METHODS,
  MODEL_KINDS,
  PRECISION_OPTIONS,
  PRECISIONS,
  relevantInputs,
  OPTIMIZATION_TECHNIQUE_IDS,
  PRESET_IDS,
  PRESETS,
  SCENARIOS,
  TECHNIQUE_LABELS,
  type Issue,
  type OptimizationTechniqueId,
  type ScenarioId,
  type Timeline,
} from '../../rules/index.ts';
import {
  applyPreset,
  presetInEffect,
  setField,
  timelinePart,
  toggleTechnique,
  type TextField as PlainField,
  type TimelineForm,
  type WorkloadField,
} from '../../stores/timeline.ts';
import { Checkboxes, Choices, SelectField, TextField, type Choice } from '../frame/Field.tsx';
import { inputName } from '../frame/names.ts';
import { TIMELINE } from './labels.ts';
import { FitWarning } from './Fit.tsx';

const SCENARIO_CHOICES = (Object.keys(SCENARIOS) as ScenarioId[]).map((id) => ({
  value: id,
  label: SCENARIOS[id].label,
}));
const KIND_CHOICES = Object.values(MODEL_KINDS).map((k) => ({
  value: k.id,
  label: k.label,
}));
const GPU_CHOICES = GPU_IDS.map((id) => ({
  value: id,
  label: `${GPUS[id].label} (${GPUS[id].peakTflops} TFLOP/s)`,
}));
const TECHNIQUE_CHOICES = OPTIMIZATION_TECHNIQUE_IDS.map((id) => ({
  value: id,
  label: TECHNIQUE_LABELS[id],
}));
const DATA_CHOICES = Object.values(DATA_READINESS).map((d) => ({
  value: d.id,
  label: `${d.label}: ${d.summary}`,
}));
type TextFieldId = PlainField | WorkloadField;
const METHOD_CHOICES = FINE_TUNE_METHODS.map((id) => ({
  value: id,
  label: METHODS[id].label,
}));
const PRECISION_CHOICES = PRECISIONS.map((id) => ({
  value: id,
  label: PRECISION_OPTIONS[id].label,
}));
const COUNT_INPUTS: ReadonlySet<TextFieldId> = new Set([
  'modelParams',
  'trainingTokens',
  'totalFlops',
  'tokensPerSecond',
  'mfu',
  'datasetTokens',
  'activeParams',
  'studentParams',
]);
const TRAINING_FIELDS: readonly TextFieldId[] = ['modelParams', 'trainingTokens'];
const HARDWARE_FIELDS: readonly TextFieldId[] = ['gpuCount', 'mfu', 'pricePerGpuHour'];
const ADVANCED_FIELDS: readonly TextFieldId[] = ['totalFlops', 'tokensPerSecond', 'dayRate'];

interface Props {
  uid: string;
  form: TimelineForm;
  /** The current estimate (null while a field is wrong): fills the choices a blank form leaves open. */
  t: Timeline | null;
  errors: Partial<Record<string, string>>;
  /** The estimate's notes, shown as a field's hint. */
  notes: readonly Issue[];
  hydrated: boolean;
  /** Embeds: the steps a reader changes less often start closed. */
  compact?: boolean;
}

/** Which fields each step holds (a step with a wrong field opens). */
const STEP_FIELDS = {
  model: ['modelKind', 'modelParams', 'trainingTokens', 'method', 'datasetTokens', 'epochs', 'activeParams', 'studentParams', 'precision'],
  hardware: ['gpuType', 'gpuCount', 'mfu', 'pricePerGpuHour'],
  project: ['dataReadiness', 'techniques', 'refinementCycles'],
} as const;

export function TimelineFields({ uid, form, t, errors, notes, hydrated, compact = false }: Props) {
  const noteFor = (field: string) => notes.find((w) => w.field === field && w.code !== 'does-not-fit')?.message;
  const techniques = form.techniques ?? t?.inputs.techniques ?? [];
  const training = form.scenario !== 'optimize-existing' || TRAINING_FIELDS.some((f) => errors[f]);
  const gpu = GPUS[form.gpuType || t?.inputs.gpuType || 'h100-sxm'];
  const kind = form.modelKind || t?.inputs.modelKind || 'llm';
  const relevant = relevantInputs({
    scenario: form.scenario,
    modelKind: kind,
    techniques,
    gpuType: gpu.id,
  });
  // With JavaScript off every input shows (the server cannot follow the answers); after that, only those that apply.
  // Those that do not apply yet carry data-disclose="later": hidden by CSS while JavaScript is on
  // but the island has not run (as in the decision guide), shown when it is off.
  const applies = (f: keyof typeof relevant) => relevant[f] || !!errors[f];
  const shows = (f: keyof typeof relevant) => !hydrated || applies(f);
  const later = (f: keyof typeof relevant) => (applies(f) ? undefined : 'later');
  const workload = (['datasetTokens', 'epochs', 'activeParams', 'studentParams'] as const).filter(shows);
  const workloadLater = (['method', 'precision', ...workload] as const).every((f) => !applies(f)) ? 'later' : undefined;
  const chosen = presetInEffect(form);
  /**
   * A step of the form: a disclosure, open on tool pages and in guides; in an embed only the
   * hardware starts open. With JavaScript off every step opens and closes natively.
   */
  const step = (key: keyof typeof STEP_FIELDS, title: string, body: preact.ComponentChildren) => (
    <details class="tl-step" data-step={key} open={!compact || key === 'hardware' || STEP_FIELDS[key].some((f) => errors[f]) || undefined}>
      <summary class="tl-step__title">{title}</summary>
      {body}
    </details>
  );

  /** One of the form's selects: its label, error and change handler from the field's id. */
  const select = <K extends 'modelKind' | 'gpuType' | 'dataReadiness'>(f: K, choices: readonly Choice[], value: string) => (
    <SelectField
      id={`${uid}-${f}`}
      name={inputName(timelinePart, f)}
      label={TIMELINE.fields[f].label}
      choices={choices}
      value={value}
      error={errors[f]}
      onValue={(v) => setField(f, v as TimelineForm[K])}
    />
  );
  const field = (f: TextFieldId) => {
    let hint: string | undefined = TIMELINE.fields[f].hint;
    if (f === 'pricePerGpuHour' && !gpu.price) hint = TIMELINE.noPrice;
    return (
      <TextField
        key={f}
        id={`${uid}-${f}`}
        name={inputName(timelinePart, f)}
        label={TIMELINE.fields[f].label}
        hint={noteFor(f) ?? hint}
        error={errors[f]}
        value={form[f]}
        inputMode={COUNT_INPUTS.has(f) ? 'text' : 'decimal'}
        onValue={(v) => setField(f, v)}
      />
    );
  };

  return (
    <>
      <fieldset class="field" aria-describedby={`${uid}-presets-hint`}>
        <legend class="field__label">{TIMELINE.presetsLegend}</legend>
        <p class="field__hint" id={`${uid}-presets-hint`}>
          {TIMELINE.presetsHint}
        </p>
        <p class="presets">
          {PRESET_IDS.map((id) => (
            <button key={id} type="button" class="chip" aria-pressed={chosen === id ? 'true' : 'false'} disabled={!hydrated} onClick={() => applyPreset(id)}>
              {PRESETS[id].label}
            </button>
          ))}
        </p>
      </fieldset>
      <Choices
        id={`${uid}-scenario`}
        name={inputName(timelinePart, 'scenario')}
        legend={TIMELINE.scenarioLegend}
        choices={SCENARIO_CHOICES}
        value={form.scenario}
        error={errors['scenario']}
        inline={false}
        onValue={(v) => setField('scenario', v as ScenarioId)}
      />
      {(training || shows('method') || shows('precision') || workload.length > 0) &&
        step(
          'model',
          TIMELINE.modelStep,
          <>
            {training && (
              <fieldset class="field">
                <legend class="visually-hidden">{TIMELINE.trainingLegend}</legend>
                {select('modelKind', KIND_CHOICES, form.modelKind || t?.inputs.modelKind || 'llm')}
                <div class="field-grid">{TRAINING_FIELDS.map(field)}</div>
              </fieldset>
            )}
            {(shows('method') || shows('precision') || workload.length > 0) && (
              <fieldset class="field" data-testid="workload-fields" data-disclose={workloadLater}>
                <legend class="field__label">{TIMELINE.workloadLegend}</legend>
                {shows('method') && (
                  <div data-disclose={later('method')}>
                    <Choices
                      id={`${uid}-method`}
                      name={inputName(timelinePart, 'method')}
                      legend={TIMELINE.fields.method.label}
                      choices={METHOD_CHOICES}
                      value={form.method || t?.inputs.method || 'lora'}
                      error={errors['method']}
                      inline={false}
                      onValue={(v) => setField('method', v as TimelineForm['method'])}
                    />
                  </div>
                )}
                {workload.length > 0 && (
                  <div class="field-grid">
                    {workload.map((f) => (
                      <div key={f} data-disclose={later(f)}>
                        {field(f)}
                      </div>
                    ))}
                  </div>
                )}
                {shows('precision') && (
                  <div data-disclose={later('precision')}>
                    <Choices
                      id={`${uid}-precision`}
                      name={inputName(timelinePart, 'precision')}
                      legend={TIMELINE.fields.precision.label}
                      hint={noteFor('precision') ?? (gpu.fp8Tflops !== null ? TIMELINE.fields.precision.hint : undefined)}
                      choices={PRECISION_CHOICES}
                      value={form.precision || t?.inputs.precision || 'bf16'}
                      error={errors['precision']}
                      onValue={(v) => setField('precision', v as TimelineForm['precision'])}
                    />
                  </div>
                )}
              </fieldset>
            )}
          </>,
        )}
      {step(
        'hardware',
        TIMELINE.hardwareLegend,
        <fieldset class="field">
          <legend class="visually-hidden">{TIMELINE.hardwareLegend}</legend>
          {select('gpuType', GPU_CHOICES, gpu.id)}
          <div class="field-grid">{HARDWARE_FIELDS.map(field)}</div>
          <FitWarning t={t} notes={notes} hydrated={hydrated} testId="fit-form" />
        </fieldset>,
      )}
      {step(
        'project',
        TIMELINE.projectLegend,
        <fieldset class="field">
          <legend class="visually-hidden">{TIMELINE.projectLegend}</legend>
          {select('dataReadiness', DATA_CHOICES, form.dataReadiness || t?.inputs.dataReadiness || 'needs-cleaning')}
          <Checkboxes
            id={`${uid}-techniques`}
            name={inputName(timelinePart, 'techniques')}
            legend={TIMELINE.fields.techniques.label}
            hint={TIMELINE.fields.techniques.hint}
            error={errors['techniques']}
            choices={TECHNIQUE_CHOICES}
            values={techniques}
            onToggle={(id, on) => toggleTechnique(id as OptimizationTechniqueId, on, techniques)}
          />
          {field('refinementCycles')}
        </fieldset>,
      )}
      <details class="tl-step" data-step="more" open={ADVANCED_FIELDS.some((f) => form[f] !== '' || errors[f]) || undefined}>
        <summary class="tl-step__title">{TIMELINE.advanced}</summary>
        <div class="field-grid">{ADVANCED_FIELDS.map(field)}</div>
      </details>
    </>
  );
}
