/** The payback calculator's inputs: example, traffic, how it is served today, and the steps to compare. */
import {
  API_MODEL_IDS,
  API_MODELS,
  GPU_IDS,
  GPUS,
  PAYBACK_PRESET_IDS,
  PAYBACK_PRESETS,
  PAYBACK_STEP_IDS,
  PAYBACK_STEPS,
  SERVING_MODES,
  WORKLOADS,
  type Payback,
  type PaybackPresetId,
  type ApiModelId,
  type PaybackStepId,
  type ResolvedPaybackInput,
} from '../../rules/index.ts';
import { applyPaybackPreset, paybackPart, setPaybackField, setStepCost, toggleStep, type PaybackForm, type PaybackTextField } from '../../stores/payback.ts';
import { Checkboxes, Choices, SelectField, TextField } from '../frame/Field.tsx';
import { compactNumber, formatNumber } from '../frame/format.ts';
import { inputName } from '../frame/names.ts';
import { PAYBACK } from './labels.ts';

const PRESET_CHOICES = PAYBACK_PRESET_IDS.map((id) => ({ value: id, label: PAYBACK_PRESETS[id].label }));
const WORKLOAD_CHOICES = Object.values(WORKLOADS).map((w) => ({ value: w.id, label: w.label }));
const SERVING_CHOICES = Object.values(SERVING_MODES).map((m) => ({ value: m.id, label: m.label }));
const apiName = (id: ApiModelId) => `${API_MODELS[id].provider} ${API_MODELS[id].label}`;
const GPU_CHOICES = GPU_IDS.map((id) => ({ value: id, label: GPUS[id].label }));
const API_CHOICES = API_MODEL_IDS.map((id) => ({ value: id, label: apiName(id) }));
/**
 * What a blank field stands for in the current result (the example's value, else the rules'
 * default), shown greyed as its placeholder: an example fills the fields it sets without typing
 * them in, so a blank field must not look like nothing, nor like the hint's fallback.
 */
function shown(f: PaybackTextField, r: ResolvedPaybackInput): string | undefined {
  if (f === 'requestsPerDay' || f === 'predictionsPerDay') return (f === 'requestsPerDay') === (r.workload === 'llm') ? compactNumber(r.perDay) : undefined;
  if (f === 'utilization') return `${Math.round(r.utilization * 100)}%`;
  const v = f === 'pricePerGpuHour' ? r.pricePerGpuHour?.likely : r[f];
  // Prices keep their cents (1.77, 0.15); counts get thousands separators (3,900).
  return v == null ? undefined : v < 10 ? String(v) : formatNumber(v);
}

/** A select's choices with a first, blank choice that names what the result uses for it ("Default (NVIDIA L40S)"). */
const withDefault = (choices: { value: string; label: string }[], used: string | undefined) => [{ value: '', label: used ? PAYBACK.defaultChoice(used) : PAYBACK.noChoice }, ...choices];
const STEP_CHOICES = PAYBACK_STEP_IDS.map((id) => ({ value: id, label: PAYBACK_STEPS[id].label }));

interface Props {
  uid: string;
  form: PaybackForm;
  /** The current result (null while a field is wrong): fills the choices a blank form leaves open. */
  p: Payback | null;
  errors: Partial<Record<string, string>>;
}

export function PaybackFields({ uid, form, p, errors }: Props) {
  const workload = form.workload || p?.inputs.workload || 'llm';
  const serving = form.serving || p?.inputs.serving || 'self-hosted';
  const steps = form.steps ?? p?.steps.map((s) => ({ id: s.id, oneOffCost: String(Math.round(s.oneOffCost.likely)) })) ?? [];
  const field = (f: PaybackTextField) => (
    <TextField
      key={f}
      id={`${uid}-${f}`}
      name={inputName(paybackPart, f)}
      label={PAYBACK.fields[f].label}
      hint={PAYBACK.fields[f].hint}
      error={errors[f]}
      value={form[f]}
      placeholder={p ? shown(f, p.inputs) : undefined}
      inputMode={f === 'requestsPerDay' || f === 'predictionsPerDay' || f === 'utilization' || f === 'throughputPerGpu' ? 'text' : 'decimal'}
      onValue={(v) => setPaybackField(f, v)}
    />
  );
  return (
    <>
      <SelectField
        id={`${uid}-preset`}
        name={inputName(paybackPart, 'preset')}
        label={PAYBACK.presetLabel}
        hint={PAYBACK.presetHint}
        choices={PRESET_CHOICES}
        value={form.preset}
        onValue={(v) => applyPaybackPreset(v as PaybackPresetId)}
      />
      <Choices id={`${uid}-workload`} name={inputName(paybackPart, 'workload')} legend={PAYBACK.workloadLegend} choices={WORKLOAD_CHOICES} value={workload} error={errors.workload} onValue={(v) => setPaybackField('workload', v as PaybackForm['workload'])} />
      <fieldset class="field">
        <legend class="field__label">{PAYBACK.trafficLegend}</legend>
        {workload === 'llm' ? (['requestsPerDay', 'inputTokens', 'outputTokens'] as const).map(field) : field('predictionsPerDay')}
      </fieldset>
      <Choices id={`${uid}-serving`} name={inputName(paybackPart, 'serving')} legend={PAYBACK.servingLegend} choices={SERVING_CHOICES} value={serving} error={errors.serving} onValue={(v) => setPaybackField('serving', v as PaybackForm['serving'])} />
      <fieldset class="field">
        <legend class="field__label">{PAYBACK.selfHostedLegend}</legend>
        <SelectField id={`${uid}-gpuType`} name={inputName(paybackPart, 'gpuType')} label={PAYBACK.fields.gpuType.label} choices={withDefault(GPU_CHOICES, p ? GPUS[p.inputs.gpuType].label : undefined)} value={form.gpuType} error={errors.gpuType} onValue={(v) => setPaybackField('gpuType', v as PaybackForm['gpuType'])} />
        {(['gpuCount', 'throughputPerGpu', 'utilization', 'pricePerGpuHour'] as const).map(field)}
      </fieldset>
      <fieldset class="field">
        <legend class="field__label">{PAYBACK.apiLegend}</legend>
        {workload === 'llm' ? (
          <>
            <SelectField id={`${uid}-apiModel`} name={inputName(paybackPart, 'apiModel')} label={PAYBACK.fields.apiModel.label} hint={PAYBACK.fields.apiModel.hint} choices={withDefault(API_CHOICES, p?.inputs.apiModel ? apiName(p.inputs.apiModel) : undefined)} value={form.apiModel} error={errors.apiModel} onValue={(v) => setPaybackField('apiModel', v as PaybackForm['apiModel'])} />
            {(['priceInputPer1M', 'priceOutputPer1M'] as const).map(field)}
          </>
        ) : (
          field('pricePer1kPredictions')
        )}
      </fieldset>
      <Checkboxes
        id={`${uid}-steps`}
        name={inputName(paybackPart, 'steps')}
        legend={PAYBACK.stepsLegend}
        hint={PAYBACK.stepsHint}
        choices={STEP_CHOICES}
        values={steps.map((s) => s.id)}
        error={errors.steps}
        onToggle={(v, on) => toggleStep(v as PaybackStepId, on)}
      />
      {steps.map((s) => (
        <TextField
          key={s.id}
          id={`${uid}-cost-${s.id}`}
          name={`${inputName(paybackPart, 'oneOffCosts')}-${s.id}`}
          label={PAYBACK.stepCost(PAYBACK_STEPS[s.id].label)}
          value={s.oneOffCost}
          onValue={(v) => setStepCost(s.id, v)}
        />
      ))}
    </>
  );
}
