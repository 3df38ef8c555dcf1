/**
 * The estimate: totals, memory per GPU, then behind two disclosures the timeline chart and the
 * phase table (cards on narrow screens), and what moves the estimate most with the assumptions
 * and their sources (./Detail.tsx, loaded on demand); then pin / copy / print actions.
 */
import { paybackPlanHref } from '../../stores/payback-links.ts';
import type { ComponentChildren } from 'preact';
import type { Timeline } from '../../rules/index.ts';
import { useState } from 'preact/hooks';
import type { TimelineForm } from '../../stores/timeline.ts';
import { TIMELINE } from './labels.ts';
import { formatDays, formatGpuHours, formatHoursFromDays, formatUsd } from '../frame/format.ts';
import { Deferred } from '../frame/Deferred.tsx';
import { DETAIL } from './detail-ready.ts';

/** "$1,200 (low $800, high $3,000)" */
function triple(r: { low: number; likely: number; high: number }, unit: (n: number) => string) {
  return (
    <>
      {unit(r.likely)}
      <small>{TIMELINE.totals.likelyRange(unit(r.low), unit(r.high))}</small>
    </>
  );
}

/** Headline: team time (calendar), GPU time, GPU cost, and team cost only with a day rate; then what the cost covers. */
export function Totals({ t }: { t: Timeline }) {
  const priced = t.inputs.pricePerGpuHour.likely > 0;
  return (
    <>
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
          <dt>{t.labels.gpuCost}</dt>
          <dd>{priced ? triple(t.total.gpuCost, formatUsd) : TIMELINE.totals.costMissing}</dd>
        </div>
        {t.total.teamCost && t.labels.teamCost && (
          <div>
            <dt>{t.labels.teamCost}</dt>
            <dd>{triple(t.total.teamCost, formatUsd)}</dd>
          </div>
        )}
      </dl>
      <p class="tool__note tl-cost-note">{t.labels.note}</p>
    </>
  );
}

/** What one GPU must hold against what it has, part by part (compact). */
function MemoryFit({ t, Sub }: { t: Timeline; Sub: 'h3' | 'h4' }) {
  const m = t.memory;
  if (!m) return null;
  const gb = (n: number) => `${n >= 10 ? Math.round(n) : Math.round(n * 10) / 10} GB`;
  const parts = (Object.keys(TIMELINE.memoryParts) as (keyof typeof TIMELINE.memoryParts)[]).filter((k) => m.breakdown[k] > 0);
  return (
    <section class={m.fits ? 'tl-memory' : 'tl-memory tl-memory--over'} data-testid="memory">
      <Sub>
        {`${TIMELINE.memoryTitle}: ${TIMELINE.memoryNeeds(gb(m.perGpuGB), gb(m.availableGB))} (${m.fits ? TIMELINE.memoryFits : TIMELINE.memoryOver.toLowerCase()})`}
      </Sub>
      <dl class="tl-memory__parts">
        {parts.map((k) => (
          <div key={k}>
            <dt>{TIMELINE.memoryParts[k]}</dt>
            <dd>{gb(m.breakdown[k])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** One line for the compact result bar: likely time, GPU-hours and cost. */
export function barText(t: Timeline): string {
  return [formatDays(t.total.likely), formatGpuHours(t.total.gpuHours.likely), t.inputs.pricePerGpuHour.likely > 0 ? `GPU ${formatUsd(t.total.gpuCost.likely)}` : null]
    .filter(Boolean)
    .join(' · ');
}

/** The estimate's sections that load on demand, each behind a disclosure (open on tool pages, closed in embeds). */
const loadPhases = () => import('./Detail.tsx').then((m) => m.Phases);
// Apart, so that the chart beside the form does not bring the explanations' code (the full estimate
// with its sensitivity sweep and the assumptions' words, ~2.5 KB): below the chart in the result
// column's own scroll area, they load when the reader scrolls to them.
const loadExplanations = () => import('./Explain.tsx').then((m) => m.Explanations);

export function TimelineResult({
  uid,
  t,
  form,
  Sub,
  target,
  actions,
  stale,
  compact,
}: {
  uid: string;
  t: Timeline;
  form: TimelineForm;
  Sub: 'h3' | 'h4';
  target: string | undefined;
  actions: ComponentChildren;
  /** The result differs from the one the server rendered (the kept HTML of the disclosures is out of date). */
  stale: boolean;
  /** Embeds: the disclosures start closed. */
  compact: boolean;
}) {
  const [phasesOpen, setPhasesOpen] = useState(!compact);
  const [explainOpen, setExplainOpen] = useState(!compact);
  const toggle = (set: (open: boolean) => void) => (e: Event) => set((e.currentTarget as HTMLDetailsElement).open);
  return (
    <>
      <Totals t={t} />
      <MemoryFit t={t} Sub={Sub} />
      <details class="tl-more" open={phasesOpen} onToggle={toggle(setPhasesOpen)} data-testid="tl-phases">
        <summary>{TIMELINE.phasesSummary}</summary>
        <Deferred
          load={loadPhases}
          ready={DETAIL.Phases}
          props={{ uid, t }}
          stale={stale}
          needed={stale && phasesOpen}
        />
      </details>
      <details class="tl-more" open={explainOpen} onToggle={toggle(setExplainOpen)} data-testid="tl-explain">
        <summary>{TIMELINE.explainSummary}</summary>
        <Deferred
          load={loadExplanations}
          ready={DETAIL.Explanations}
          props={{ form, Sub, target }}
          stale={stale}
          needed={stale && explainOpen}
        />
      </details>
      {actions}
      <PaybackLink t={t} target={target} />
    </>
  );
}

/** Hand-off: this plan as a step's one-off cost in the payback calculator. */
function PaybackLink({ t, target }: { t: Timeline; target: string | undefined }) {
  const href = paybackPlanHref({ gpuHours: t.total.gpuHours, pricePerGpuHour: t.inputs.pricePerGpuHour, techniques: t.inputs.techniques });
  return href ? (
    <p class="tool__note">
      <a href={href} target={target}>
        {TIMELINE.paybackLink}
      </a>
    </p>
  ) : null;
}
