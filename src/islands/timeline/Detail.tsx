/**
 * The estimate's detail, loaded on demand (frame/Deferred.tsx): the phase chart and table, what
 * moves the estimate most, and the assumptions with their sources. Until it loads, the island
 * keeps the server's HTML of these parts; it loads when they are open and the result has changed.
 */
import { useMemo } from 'preact/hooks';
import type { Timeline } from '../../rules/index.ts';
import { estimateFor } from '../../stores/estimate-explained.ts';
import type { TimelineForm } from '../../stores/timeline.ts';
import { formatDays, formatNumber, formatUsd } from '../frame/format.ts';
import { Assumptions } from '../frame/Assumptions.tsx';
import { TimelineChart } from './Chart.tsx';
import { TIMELINE } from './labels.ts';
import { TIMELINE_MORE } from './labels-more.ts';
import { DETAIL } from './detail-ready.ts';

/** The chart and the phase table. */
export function Phases({ uid, t }: { uid: string; t: Timeline }) {
  return (
    <>
      <TimelineChart id={uid} timeline={t} />
      <PhaseTable uid={uid} t={t} />
    </>
  );
}

/** What moves the estimate most, and the assumptions with links to their sources (the full estimate). */
export function Explanations({ form, Sub, target }: { form: TimelineForm; Sub: 'h3' | 'h4'; target: string | undefined }) {
  const result = useMemo(() => estimateFor(form), [form]);
  if (!result.ok) return null;
  const t = result.value;
  return (
    <>
      {t.sensitivity.length > 0 && (
        <>
          <Sub>{TIMELINE_MORE.sensitivityTitle}</Sub>
          <ol>
            {t.sensitivity.map((s) => (
              <li key={s.input}>
                {s.label}: {TIMELINE_MORE.sensitivityItem(formatDays(s.deltaDays))}
              </li>
            ))}
          </ol>
        </>
      )}
      <Sub>{TIMELINE_MORE.assumptionsTitle}</Sub>
      <Assumptions items={t.assumptions} target={target} />
    </>
  );
}

function PhaseTable({ uid, t }: { uid: string; t: Timeline }) {
  const c = TIMELINE_MORE.columns;
  return (
    <>
      {/* The title stays outside the scroller so it wraps to the panel, not to the table's width. */}
      <p class="tool__note tl-table-caption" id={`${uid}-table-caption`}>
        {TIMELINE_MORE.tableCaption}
      </p>
      <section class="table-scroll tl-table-wrap" aria-labelledby={`${uid}-table-caption`}>
        <table class="tl-table" aria-labelledby={`${uid}-table-caption`}>
          <thead>
            <tr>
              <th scope="col">{c.phase}</th>
              <th scope="col">
                {c.low} <span class="visually-hidden">{TIMELINE_MORE.daysUnit}</span>
              </th>
              <th scope="col">
                {c.likely} {TIMELINE_MORE.daysUnit}
              </th>
              <th scope="col">
                {c.high} <span class="visually-hidden">{TIMELINE_MORE.daysUnit}</span>
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
                  <td colSpan={5}>{TIMELINE_MORE.skipped}</td>
                ) : (
                  <>
                    <td data-label={c.low}>{formatNumber(p.low)}</td>
                    <td data-label={`${c.likely} ${TIMELINE_MORE.daysUnit}`}>{formatNumber(p.likely)}</td>
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
              <td data-label={`${c.likely} ${TIMELINE_MORE.daysUnit}`}>{formatNumber(t.total.likely)}</td>
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

// Registers the parts for Result.tsx (see ./detail-ready.ts).
DETAIL.Phases = Phases;
DETAIL.Explanations = Explanations;
