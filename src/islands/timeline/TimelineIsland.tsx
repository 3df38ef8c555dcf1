/**
 * Timeline estimator island: the fields (Form.tsx; counts accept "7B"), then the estimate from the
 * rules package's estimateTimeline() (Result.tsx, Chart.tsx). Estimates can be pinned (Pins.tsx,
 * up to three, each restorable by link), copied as text or CSV, and printed.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { PRESETS, type PresetId } from '../../rules/index.ts';
import { $estimate, figuresFor } from '../../stores/estimate.ts';
import { toolSearch } from '../../stores/url-sync.ts';
import { $handOffNote, $plan, FROM_KEY, takePlan } from '../../stores/plan-request.ts';
import {
  $pins,
  $timeline,
  applyPreset,
  MAX_PINS,
  pinEstimate,
  presetForm,
  sameForm,
  setTimelineInput,
  TIMELINE_DEFAULTS,
  timelineHref,
  timelinePart,
  type Pin,
} from '../../stores/timeline.ts';
import { ExportActions } from '../frame/ExportActions.tsx';
import { COMMON } from '../frame/labels.ts';
import { formatDays, formatGpuHours } from '../frame/format.ts';
import { useHydrated } from '../frame/hydrated.ts';
import type { IslandProps } from '../frame/props.ts';
import { fieldErrors as collectErrors, ToolFrame } from '../frame/ToolFrame.tsx';
import { useToolPart } from '../frame/use-tool-part.ts';
import { TimelineFields } from './Form.tsx';
import { TIMELINE } from './labels.ts';
import type { Pins as PinsList } from './Pins.tsx';
import { FitWarning } from './Fit.tsx';
import { barText, TimelineResult } from './Result.tsx';

export interface TimelineIslandProps extends IslandProps {
  /** The preset the island opens with (a guide's `<TimelineTool preset="…" />`). */
  preset?: PresetId | undefined;
}

export default function TimelineIsland({ uid, preset, level = 2, urlSync = false, embed, embedded = false }: TimelineIslandProps) {
  const initial = preset ? presetForm(preset) : TIMELINE_DEFAULTS;
  const form = useStore($timeline, { ssr: () => initial });
  const result = useStore($estimate, { ssr: () => figuresFor(initial) });
  const pins = useStore($pins, { ssr: () => [] as readonly Pin[] });
  const hydrated = useHydrated();
  // A guide's preset applies when the link did not set the estimator (and nothing else has).
  useToolPart(timelinePart, urlSync, () => {
    if (preset && sameForm($timeline.get(), TIMELINE_DEFAULTS)) applyPreset(preset);
    // A "Plan this" link from the decision guide on another page: say where the inputs came from
    // (the decision's words load only for such a link).
    if (urlSync && new URLSearchParams(location.search).has(FROM_KEY)) {
      void import('../../stores/plan-note.ts').then(({ handOffNoteFor }) => {
        const note = handOffNoteFor(location.search);
        if (note) $handOffNote.set(note);
      });
    }
  });
  const note = useStore($handOffNote, { ssr: () => null });
  // "Plan this" from a decision island on the same page (now, or before this island hydrated).
  useEffect(
    () =>
      $plan.subscribe((plan) => {
        if (!plan) return;
        const { preset: planned, ...rest } = takePlan() ?? plan;
        if (planned) applyPreset(planned);
        setTimelineInput(rest);
      }),
    [],
  );
  // The pins' code (cards, titles, workload words) loads with the first pin.
  const [Pins, setPins] = useState<typeof PinsList | null>(null);
  useEffect(() => {
    if (pins.length > 0 && !Pins) void import('./Pins.tsx').then((m) => setPins(() => m.Pins));
  }, [pins.length, Pins]);

  const t = result.ok ? result.value : null;
  const { byField: errors, list: fieldErrors } = collectErrors(uid, result.ok ? null : result.errors);
  const live = t
    ? TIMELINE.announce(formatDays(t.total.likely), formatGpuHours(t.total.gpuHours.likely))
    : `${COMMON.problems(fieldErrors.length)}. ${TIMELINE.errorsFallback}`;

  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const target = embedded ? '_blank' : undefined;

  const pageLink = () => new URL(timelineHref(form), embed?.site ?? location.href).href;
  // The export code loads when the reader first copies (it is not needed to show the estimate).
  const exported = () => import('./export.ts');

  const actions = t && (
    <ExportActions
      labels={TIMELINE}
      pinLabel={pins.length >= MAX_PINS ? TIMELINE.pinFull(MAX_PINS) : TIMELINE.pin}
      hydrated={hydrated}
      onPin={pinEstimate}
      text={async () => {
        const m = await exported();
        const full = m.estimateFor(form);
        return m.timelineText(full.ok ? full.value : t, pageLink());
      }}
      csv={async () => (await exported()).timelineCsv(t)}
    />
  );

  return (
    <ToolFrame
      tool="timeline"
      uid={uid}
      level={level}
      hydrated={hydrated}
      titles={{ form: TIMELINE.formTitle, result: TIMELINE.resultTitle }}
      errors={fieldErrors}
      live={live}
      form={<TimelineFields uid={uid} form={form} t={t} errors={errors} notes={result.ok ? result.warnings : []} hydrated={hydrated} compact={embedded} />}
      result={
        t ? (
          <>
            <FitWarning t={t} notes={result.ok ? result.warnings : []} hydrated={hydrated} testId="fit-result" />
            {note && (
              <div class="handoff-note" data-testid="handoff-note">
                <p>{note}</p>
                <button type="button" class="button button--quiet button--small" onClick={() => $handOffNote.set(null)}>
                  {TIMELINE.dismiss}
                </button>
              </div>
            )}
            {/* The page's default result is a preset's: say so, until the reader changes something. */}
            {!note && form.preset && sameForm(form, initial) && <p class="result__example">{TIMELINE.example(PRESETS[form.preset].label)}</p>}
            <TimelineResult
              uid={uid}
              t={t}
              form={form}
              Sub={Sub}
              target={target}
              actions={actions}
              stale={hydrated && !sameForm(form, initial)}
              compact={embedded}
            />
          </>
        ) : (
          <p>{TIMELINE.errorsFallback}</p>
        )
      }
      bar={t ? `${t.memory && !t.memory.fits ? `${TIMELINE.memoryOver} · ` : ''}${barText(t)}` : TIMELINE.errorsFallback}
      after={Pins && <Pins uid={uid} pins={pins} H={H} Sub={Sub} target={target} />}
      embed={embed && { ...embed, search: hydrated ? toolSearch([timelinePart]) : '' }}
      report={
        embedded && t
          ? { totals: { days: t.total.likely, gpuHours: t.total.gpuHours.likely, costUsd: t.total.cost?.likely ?? null } }
          : undefined
      }
    />
  );
}
