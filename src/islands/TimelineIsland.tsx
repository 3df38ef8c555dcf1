/**
 * Timeline estimator island: presets and fields (counts accept "7B"), then the estimate from the
 * rules package's estimateTimeline(): totals, a timeline chart with its data table, the most
 * sensitive inputs and the assumptions with sources. Estimates can be pinned (up to three, each
 * restorable by link), copied as text or CSV, and printed.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DATA_READINESS,
  encodeWith,
  GPU_IDS,
  GPUS,
  MODEL_KINDS,
  OPTIMIZATION_TECHNIQUE_IDS,
  PRESET_IDS,
  PRESETS,
  SCENARIOS,
  TECHNIQUES,
  TIMELINE_CODEC,
  type Issue,
  type OptimizationTechniqueId,
  type PresetId,
  type ScenarioId,
  type Timeline,
} from '../rules/index.ts';
import { COMMON } from '../i18n/common.ts';
import { TIMELINE } from '../i18n/timeline.ts';
import { $estimate, estimateFor } from '../stores/estimate.ts';
import { $urlIssues, toolSearch } from '../stores/persistence.ts';
import { $plan, takePlan } from '../stores/plan.ts';
import {
  $pins,
  $timeline,
  applyPreset,
  MAX_PINS,
  pinEstimate,
  presetForm,
  restorePin,
  sameForm,
  setField,
  setTimelineInput,
  TIMELINE_DEFAULTS,
  timelinePart,
  timelineState,
  toggleTechnique,
  unpinEstimate,
  type Pin,
  type TextField as TextFieldId,
  type TimelineForm,
} from '../stores/timeline.ts';
import { copyText, selectAll } from './parts/clipboard.ts';
import { EmbedPanel } from './parts/EmbedPanel.tsx';
import { ErrorSummary } from './parts/ErrorSummary.tsx';
import { Checkboxes, Choices, FormActions, SelectField, TextField } from './parts/Field.tsx';
import { formatDays, formatGpuHours, formatHoursFromDays, formatNumber, formatUsd } from './parts/format.ts';
import { useHydrated } from './parts/hydrated.ts';
import { useLiveRegion } from './parts/live.ts';
import { inputName } from './parts/names.ts';
import { TimelineChart } from './parts/TimelineChart.tsx';
import { hardwareText } from './parts/hardware.ts';
import { timelineCsv, timelineText } from './parts/timeline-export.ts';
import { UrlWarning } from './parts/UrlWarning.tsx';
import { useToolPart } from './parts/url-sync.ts';

export interface TimelineIslandProps {
  uid: string;
  /** The preset the island opens with (a guide's `<TimelineTool preset="…" />`). */
  preset?: PresetId | undefined;
  level?: 2 | 3;
  urlSync?: boolean;
  site?: string | undefined;
  embedded?: boolean;
}

const SCENARIO_CHOICES = (Object.keys(SCENARIOS) as ScenarioId[]).map((id) => ({ value: id, label: SCENARIOS[id].label }));
const KIND_CHOICES = Object.values(MODEL_KINDS).map((k) => ({ value: k.id, label: k.label }));
const GPU_CHOICES = GPU_IDS.map((id) => ({ value: id, label: `${GPUS[id].label} (${GPUS[id].peakTflops} TFLOP/s)` }));
const TECHNIQUE_CHOICES = OPTIMIZATION_TECHNIQUE_IDS.map((id) => ({ value: id, label: TECHNIQUES[id].label }));
const DATA_CHOICES = Object.values(DATA_READINESS).map((d) => ({ value: d.id, label: `${d.label}: ${d.summary}` }));
const TRAINING_FIELDS: readonly TextFieldId[] = ['modelParams', 'trainingTokens'];
const HARDWARE_FIELDS: readonly TextFieldId[] = ['gpuCount', 'mfu', 'pricePerGpuHour'];
const ADVANCED_FIELDS: readonly TextFieldId[] = ['totalFlops', 'tokensPerSecond', 'dayRate'];

/** "$1,200 (low $800, high $3,000)" */
function triple(r: { low: number; likely: number; high: number }, unit: (n: number) => string) {
  return (
    <>
      {unit(r.likely)}
      <small>{TIMELINE.totals.likelyRange(unit(r.low), unit(r.high))}</small>
    </>
  );
}

function Totals({ t }: { t: Timeline }) {
  return (
    <dl class="tl-totals">
      <div>
        <dt>{TIMELINE.totals.time}</dt>
        <dd>
          {triple(t.total, formatDays)}
          <small>{TIMELINE.totals.hours(formatHoursFromDays(t.total.likely))}</small>
        </dd>
      </div>
      <div>
        <dt>{TIMELINE.totals.gpuHours}</dt>
        <dd>{triple(t.total.gpuHours, formatGpuHours)}</dd>
      </div>
      <div>
        <dt>{TIMELINE.totals.cost}</dt>
        <dd>{t.total.cost ? triple(t.total.cost, formatUsd) : TIMELINE.totals.costMissing}</dd>
      </div>
    </dl>
  );
}

function PhaseTable({ uid, t }: { uid: string; t: Timeline }) {
  const c = TIMELINE.columns;
  return (
    <>
      {/* The title stays outside the scroller so it wraps to the panel, not to the table's width. */}
      <p class="tool__note" id={`${uid}-table-caption`}>
        {TIMELINE.tableCaption}
      </p>
      <section class="table-scroll" aria-labelledby={`${uid}-table-caption`} tabIndex={0}>
        <table class="tl-table" aria-labelledby={`${uid}-table-caption`}>
          <thead>
            <tr>
              <th scope="col">{c.phase}</th>
              <th scope="col">
                {c.low} <span class="visually-hidden">{TIMELINE.daysUnit}</span>
              </th>
              <th scope="col">
                {c.likely} {TIMELINE.daysUnit}
              </th>
              <th scope="col">
                {c.high} <span class="visually-hidden">{TIMELINE.daysUnit}</span>
              </th>
              <th scope="col">{c.gpuHours}</th>
              <th scope="col">{c.cost}</th>
            </tr>
          </thead>
          <tbody>
            {t.phases.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                {p.skipped ? (
                  <td colSpan={5}>{TIMELINE.skipped}</td>
                ) : (
                  <>
                    <td>{formatNumber(p.low)}</td>
                    <td>{formatNumber(p.likely)}</td>
                    <td>{formatNumber(p.high)}</td>
                    <td>{formatNumber(p.gpuHours.likely)}</td>
                    <td>{p.cost ? formatUsd(p.cost.likely) : '–'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{TIMELINE.total}</th>
              <td>{formatNumber(t.total.low)}</td>
              <td>{formatNumber(t.total.likely)}</td>
              <td>{formatNumber(t.total.high)}</td>
              <td>{formatNumber(t.total.gpuHours.likely)}</td>
              <td>{t.total.cost ? formatUsd(t.total.cost.likely) : '–'}</td>
            </tr>
          </tfoot>
        </table>
      </section>
    </>
  );
}

/** Link to the estimator with a form's inputs (absolute inside embeds, so it opens the site). */
function formHref(form: TimelineForm): string {
  const query = encodeWith([TIMELINE_CODEC], { timeline: timelineState(form) });
  return `/tools/timeline/${query && `?${query}`}`;
}

function PinCard({ pin, n, target, Sub }: { pin: Pin; n: number; target: string | undefined; Sub: 'h3' | 'h4' }) {
  const result = estimateFor(pin.form);
  if (!result.ok) return null;
  const t = result.value;
  return (
    <li class="pin">
      <Sub>{pin.form.preset ? `${TIMELINE.pinLabel(n)}: ${PRESETS[pin.form.preset].label}` : TIMELINE.pinLabel(n)}</Sub>
      <dl>
        <dt>{TIMELINE.scenarioLabel}</dt>
        <dd>{SCENARIOS[t.scenario].label}</dd>
        <dt>{TIMELINE.hardwareLabel}</dt>
        <dd>{hardwareText(t)}</dd>
        <dt>{TIMELINE.totals.time}</dt>
        <dd>{formatDays(t.total.likely)}</dd>
        <dt>{TIMELINE.totals.gpuHours}</dt>
        <dd>{formatGpuHours(t.total.gpuHours.likely)}</dd>
        <dt>{TIMELINE.totals.cost}</dt>
        <dd>{t.total.cost ? formatUsd(t.total.cost.likely) : TIMELINE.totals.costMissing}</dd>
      </dl>
      <p class="tool-actions pin-actions">
        <button type="button" class="button button--small" onClick={() => restorePin(pin.key)}>
          {TIMELINE.pinRestore}
        </button>
        <a class="button button--quiet button--small" href={formHref(pin.form)} target={target}>
          {TIMELINE.pinLink}
        </a>
        <button type="button" class="button button--quiet button--small" onClick={() => unpinEstimate(pin.key)}>
          {TIMELINE.pinRemove}
        </button>
      </p>
    </li>
  );
}

export default function TimelineIsland({ uid, preset, level = 2, urlSync = false, site, embedded = false }: TimelineIslandProps) {
  const initial = preset ? presetForm(preset) : TIMELINE_DEFAULTS;
  const form = useStore($timeline, { ssr: () => initial });
  const result = useStore($estimate, { ssr: () => estimateFor(initial) });
  const pins = useStore($pins, { ssr: () => [] as readonly Pin[] });
  const urlIssues = useStore($urlIssues, { ssr: () => [] as Issue[] });
  const hydrated = useHydrated();
  // A guide's preset applies when the link did not set the estimator (and nothing else has).
  useToolPart(timelinePart, urlSync, () => {
    if (preset && sameForm($timeline.get(), TIMELINE_DEFAULTS)) applyPreset(preset);
  });
  // "Plan this" from a decision island on the same page (now, or before this island hydrated).
  useEffect(
    () =>
      $plan.subscribe((plan) => {
        if (plan) setTimelineInput(takePlan() ?? plan);
      }),
    [],
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  const copyBox = useRef<HTMLTextAreaElement>(null);
  const [manualCopy, setManualCopy] = useState('');
  const [status, setStatus] = useState('');

  const t = result.ok ? result.value : null;
  const errors: Partial<Record<string, string>> = {};
  if (!result.ok) for (const issue of result.errors) errors[issue.field] ??= issue.message;
  const fieldErrors = result.ok ? [] : result.errors.map((e) => ({ target: `${uid}-${e.field}`, message: e.message }));
  const live = useLiveRegion(
    t ? TIMELINE.announce(formatDays(t.total.likely), formatGpuHours(t.total.gpuHours.likely)) : `${COMMON.problems(fieldErrors.length)}. ${TIMELINE.errorsFallback}`,
  );
  const notes: Issue[] = result.ok ? result.warnings : [];
  const noteFor = (field: string) => notes.find((w) => w.field === field)?.message;

  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const target = embedded ? '_blank' : undefined;
  const techniques = form.techniques ?? t?.inputs.techniques ?? [];
  const training = form.scenario !== 'optimize-existing' || TRAINING_FIELDS.some((f) => errors[f]);
  const gpu = GPUS[form.gpuType || t?.inputs.gpuType || 'h100-sxm'];

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
        inputMode={f === 'modelParams' || f === 'trainingTokens' || f === 'totalFlops' || f === 'tokensPerSecond' || f === 'mfu' ? 'text' : 'decimal'}
        onValue={(v) => setField(f, v)}
      />
    );
  };

  const copy = async (kind: 'text' | 'csv', t: Timeline) => {
    const text = kind === 'csv' ? timelineCsv(t) : timelineText(t, pageLink());
    setManualCopy('');
    if (await copyText(text)) setStatus(TIMELINE.copied);
    else {
      setManualCopy(text);
      setStatus(COMMON.copyFailed);
      setTimeout(() => selectAll(copyBox.current));
    }
  };
  const pageLink = () => new URL(formHref(form), site ?? location.href).href;

  return (
    <div class="tool tool--timeline">
      <UrlWarning issues={urlIssues} />
      <div class="tool__grid">
        <form
          id={`${uid}-form`}
          class="tool__form"
          method="get"
          action="/tools/timeline/"
          aria-labelledby={`${uid}-form-title`}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (fieldErrors.length > 1) summaryRef.current?.focus();
            else if (fieldErrors.length === 1) document.getElementById(fieldErrors[0]!.target)?.focus();
            else document.getElementById(`${uid}-result-title`)?.focus();
          }}
        >
          <H class="tool__title" id={`${uid}-form-title`} tabIndex={-1} data-tool-heading>
            {TIMELINE.formTitle}
          </H>
          <ErrorSummary id={`${uid}-errors`} title={COMMON.errorSummaryTitle} errors={fieldErrors} summaryRef={summaryRef} />
          <fieldset class="field" aria-describedby={`${uid}-presets-hint`}>
            <legend class="field__label">{TIMELINE.presetsLegend}</legend>
            <p class="field__hint" id={`${uid}-presets-hint`}>
              {TIMELINE.presetsHint}
            </p>
            <p class="presets">
              {PRESET_IDS.map((id) => (
                <button
                  key={id}
                  type="button"
                  class="chip"
                  aria-pressed={form.preset === id ? 'true' : 'false'}
                  disabled={!hydrated}
                  onClick={() => applyPreset(id)}
                >
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
          {training && (
            <fieldset class="field">
              <legend class="field__label">{TIMELINE.trainingLegend}</legend>
              <SelectField
                id={`${uid}-modelKind`}
                name={inputName(timelinePart, 'modelKind')}
                label={TIMELINE.fields.modelKind.label}
                choices={KIND_CHOICES}
                value={form.modelKind || t?.inputs.modelKind || 'llm'}
                error={errors['modelKind']}
                onValue={(v) => setField('modelKind', v as TimelineForm['modelKind'])}
              />
              <div class="field-grid">{TRAINING_FIELDS.map(field)}</div>
            </fieldset>
          )}
          <fieldset class="field">
            <legend class="field__label">{TIMELINE.hardwareLegend}</legend>
            <SelectField
              id={`${uid}-gpuType`}
              name={inputName(timelinePart, 'gpuType')}
              label={TIMELINE.fields.gpuType.label}
              choices={GPU_CHOICES}
              value={gpu.id}
              error={errors['gpuType']}
              onValue={(v) => setField('gpuType', v as TimelineForm['gpuType'])}
            />
            <div class="field-grid">{HARDWARE_FIELDS.map(field)}</div>
          </fieldset>
          <fieldset class="field">
            <legend class="field__label">{TIMELINE.projectLegend}</legend>
            <SelectField
              id={`${uid}-dataReadiness`}
              name={inputName(timelinePart, 'dataReadiness')}
              label={TIMELINE.fields.dataReadiness.label}
              choices={DATA_CHOICES}
              value={form.dataReadiness || t?.inputs.dataReadiness || 'needs-cleaning'}
              error={errors['dataReadiness']}
              onValue={(v) => setField('dataReadiness', v as TimelineForm['dataReadiness'])}
            />
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
          </fieldset>
          <details class="field" open={ADVANCED_FIELDS.some((f) => form[f] !== '' || errors[f]) || undefined}>
            <summary>{TIMELINE.advanced}</summary>
            <div class="field-grid">{ADVANCED_FIELDS.map(field)}</div>
          </details>
          <FormActions hydrated={hydrated} />
        </form>

        <section class="result" aria-labelledby={`${uid}-result-title`} data-testid="timeline-result">
          <H class="tool__title" id={`${uid}-result-title`} tabIndex={-1}>
            {TIMELINE.resultTitle}
          </H>
          {t ? (
            <>
              <Totals t={t} />
              <TimelineChart id={uid} timeline={t} />
              <PhaseTable uid={uid} t={t} />
              {t.sensitivity.length > 0 && (
                <>
                  <Sub>{TIMELINE.sensitivityTitle}</Sub>
                  <ol>
                    {t.sensitivity.map((s) => (
                      <li key={s.input}>
                        {s.label}: {TIMELINE.sensitivityItem(formatDays(s.deltaDays))}
                      </li>
                    ))}
                  </ol>
                </>
              )}
              <Sub>{TIMELINE.assumptionsTitle}</Sub>
              <ul class="tl-assumptions">
                {t.assumptions.map((a) => (
                  <li key={a.id}>
                    {a.text}
                    {a.sourceIds.map((id, i) => (
                      <a key={id} class="tl-source" href={`/methodology/#${id}`} target={target}>
                        {TIMELINE.sourceLink(i + 1, a.sourceIds.length)}
                      </a>
                    ))}
                  </li>
                ))}
              </ul>
              <p class="tool-actions">
                <button type="button" class="button" disabled={!hydrated} onClick={() => (pinEstimate(), setStatus(TIMELINE.pinned))}>
                  {pins.length >= MAX_PINS ? TIMELINE.pinFull(MAX_PINS) : TIMELINE.pin}
                </button>
                <button type="button" class="button button--quiet" disabled={!hydrated} onClick={() => copy('text', t)}>
                  {TIMELINE.copyText}
                </button>
                <button type="button" class="button button--quiet" disabled={!hydrated} onClick={() => copy('csv', t)}>
                  {TIMELINE.copyCsv}
                </button>
                <button type="button" class="button button--quiet" disabled={!hydrated} onClick={() => window.print()}>
                  {TIMELINE.print}
                </button>
              </p>
              <p role="status" class="tool__note">
                {status}
              </p>
              {manualCopy && (
                <textarea class="copy-box" ref={copyBox} readOnly aria-label={TIMELINE.copyText} value={manualCopy} rows={8} />
              )}
            </>
          ) : (
            <p>{TIMELINE.errorsFallback}</p>
          )}
        </section>
      </div>
      {pins.length > 0 && (
        <section class="tl-pins" aria-labelledby={`${uid}-pins-title`}>
          <H id={`${uid}-pins-title`}>{TIMELINE.pinsTitle}</H>
          <p class="tool__note">{TIMELINE.pinsHint}</p>
          <ul class="pins">
            {pins.map((pin, i) => (
              <PinCard key={pin.key} pin={pin} n={i + 1} target={target} Sub={Sub} />
            ))}
          </ul>
        </section>
      )}
      {site && <EmbedPanel uid={uid} tool="timeline" site={site} search={hydrated ? toolSearch([timelinePart]) : ''} hydrated={hydrated} />}
      <p class="visually-hidden" role="status">
        {live}
      </p>
    </div>
  );
}
