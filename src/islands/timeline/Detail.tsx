/**
 * The estimate's phase chart and table, loaded on demand (frame/Deferred.tsx). Until it loads, the
 * island keeps the server's HTML of this part; it loads when the part is open, near the screen and
 * the result has changed. What moves the estimate and the assumptions are in ./Explain.tsx.
 */
import type { Timeline } from '../../rules/index.ts';
import { formatNumber, formatUsd } from '../frame/format.ts';
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

function PhaseTable({ uid, t }: { uid: string; t: Timeline }) {
  const c = TIMELINE_MORE.columns;
  return (
    <>
      {/* The title stays outside the scroller so it wraps to the panel, not to the table's width. */}
      <p class="tool__note tl-table-caption" id={`${uid}-table-caption`}>
        {TIMELINE_MORE.tableCaption}
      </p>
      <section class="table-scroll tl-table-wrap" aria-labelledby={`${uid}-table-caption`}>
        <table class="tl-table card-table" aria-labelledby={`${uid}-table-caption`}>
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

// Registers the part for Result.tsx (see ./detail-ready.ts).
DETAIL.Phases = Phases;
