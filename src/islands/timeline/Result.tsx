/**
 * The estimate: totals, the timeline chart, the phase table (cards on narrow screens), what moves
 * the estimate most, the assumptions with sources, and pin / copy / print actions.
 */
import { paybackPlanHref } from '../../stores/payback-links.ts';
import type { ComponentChildren } from 'preact';
import type { Timeline } from '../../rules/index.ts';
import { TIMELINE } from './labels.ts';
import { formatDays, formatGpuHours, formatHoursFromDays, formatNumber, formatUsd } from '../frame/format.ts';
import { TimelineChart } from './Chart.tsx';

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
        {TIMELINE.memoryTitle}: {TIMELINE.memoryNeeds(gb(m.perGpuGB), gb(m.availableGB))} ({m.fits ? TIMELINE.memoryFits : TIMELINE.memoryOver.toLowerCase()})
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

function PhaseTable({ uid, t }: { uid: string; t: Timeline }) {
  const c = TIMELINE.columns;
  return (
    <>
      {/* The title stays outside the scroller so it wraps to the panel, not to the table's width. */}
      <p class="tool__note tl-table-caption" id={`${uid}-table-caption`}>
        {TIMELINE.tableCaption}
      </p>
      <section class="table-scroll tl-table-wrap" aria-labelledby={`${uid}-table-caption`}>
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
                    <td data-label={c.low}>{formatNumber(p.low)}</td>
                    <td data-label={`${c.likely} ${TIMELINE.daysUnit}`}>{formatNumber(p.likely)}</td>
                    <td data-label={c.high}>{formatNumber(p.high)}</td>
                    <td data-label={c.gpuHours}>{formatNumber(p.gpuHours.likely)}</td>
                    <td data-label={c.cost}>{p.cost ? formatUsd(p.cost.likely) : '–'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{TIMELINE.total}</th>
              <td data-label={c.low}>{formatNumber(t.total.low)}</td>
              <td data-label={`${c.likely} ${TIMELINE.daysUnit}`}>{formatNumber(t.total.likely)}</td>
              <td data-label={c.high}>{formatNumber(t.total.high)}</td>
              <td data-label={c.gpuHours}>{formatNumber(t.total.gpuHours.likely)}</td>
              <td data-label={c.cost}>{t.total.cost ? formatUsd(t.total.cost.likely) : '–'}</td>
            </tr>
          </tfoot>
        </table>
      </section>
    </>
  );
}


/** One line for the compact result bar: likely time, GPU-hours and cost. */
export function barText(t: Timeline): string {
  return [formatDays(t.total.likely), formatGpuHours(t.total.gpuHours.likely), t.inputs.pricePerGpuHour.likely > 0 ? `GPU ${formatUsd(t.total.gpuCost.likely)}` : null]
    .filter(Boolean)
    .join(' · ');
}

export function TimelineResult({ uid, t, Sub, target, actions }: { uid: string; t: Timeline; Sub: 'h3' | 'h4'; target: string | undefined; actions: ComponentChildren }) {
  return (
    <>
      <Totals t={t} />
      <MemoryFit t={t} Sub={Sub} />
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
