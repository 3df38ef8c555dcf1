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

export function Totals({ t }: { t: Timeline }) {
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


/** One line for the compact result bar: likely time, GPU-hours and cost. */
export function barText(t: Timeline): string {
  return [formatDays(t.total.likely), formatGpuHours(t.total.gpuHours.likely), t.total.cost ? formatUsd(t.total.cost.likely) : null]
    .filter(Boolean)
    .join(' · ');
}

export function TimelineResult({ uid, t, Sub, target, actions }: { uid: string; t: Timeline; Sub: 'h3' | 'h4'; target: string | undefined; actions: ComponentChildren }) {
  return (
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
