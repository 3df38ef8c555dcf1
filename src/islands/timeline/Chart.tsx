/**
 * The estimate as a horizontal timeline: one row per phase, phases one after another, and the
 * total last. In each row a pale band runs from the phase's start to its high end, a thin mark
 * shows the low end and the solid bar the likely duration, so the likely bar always sits inside
 * its band. Each row is focusable and shows its low / likely / high on hover and focus; the axis
 * has round ticks (axisTicks from the rules). SVG attributes and classes only, so the CSP holds.
 */
import { axisTicks, formatDecimal, type Timeline } from '../../rules/index.ts';
import { TIMELINE } from './labels.ts';
import { TIMELINE_MORE } from './labels-more.ts';
import { formatDays } from '../frame/format.ts';

const tickText = (n: number) => formatDecimal(n, 3);

const WIDTH = 1000;
const ROW = 40;

export function TimelineChart({ id, timeline }: { id: string; timeline: Timeline }) {
  const { phases, total } = timeline;
  const max = Math.max(total.high, ...phases.map((p) => p.start.likely + p.high), 1e-9);
  const axis = axisTicks(max);
  const x = (days: number) => Math.round((days / axis.end) * WIDTH * 10) / 10;
  const rows = [
    ...phases.map((p) => ({ key: p.id, label: p.skipped ? `${p.label} (${TIMELINE_MORE.skipped.toLowerCase()})` : p.label, start: p.start.likely, r: p, skipped: p.skipped })),
    { key: 'total', label: TIMELINE.total, start: 0, r: total, skipped: false },
  ];
  const caption = TIMELINE_MORE.chartCaption(formatDays(total.likely), formatDays(total.low), formatDays(total.high));
  return (
    <figure class="tl-figure" aria-labelledby={`${id}-caption`}>
      <div class="tl-chart" data-testid="tl-chart">
        {rows.map((row) => {
          const values = TIMELINE_MORE.barValues(row.label, formatDays(row.r.low), formatDays(row.r.likely), formatDays(row.r.high));
          return (
            <div class={row.key === 'total' ? 'tl-row tl-row--total' : 'tl-row'} key={row.key}>
              <span class="tl-label" aria-hidden="true">
                {row.label}
              </span>
              <span class="tl-cell" role="img" tabIndex={row.skipped ? undefined : 0} aria-label={values} data-bar={row.key}>
                <svg class="tl-bar" viewBox={`0 0 ${WIDTH} ${ROW}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  {axis.ticks.map((tick) => (
                    <rect key={tick} class="tl-grid" x={Math.min(x(tick), WIDTH - 1)} y="0" width="1" height={ROW} />
                  ))}
                  {!row.skipped && (
                    <>
                      <rect class="tl-range" x={x(row.start)} y="8" width={x(row.r.high)} height={ROW - 16} />
                      <rect class="tl-likely" x={x(row.start)} y="13" width={x(row.r.likely)} height={ROW - 26} />
                      <rect class="tl-low" x={Math.max(0, x(row.start + row.r.low) - 2)} y="6" width="4" height={ROW - 12} />
                    </>
                  )}
                </svg>
                {!row.skipped && (
                  <span class="tl-tip" aria-hidden="true">
                    {values}
                  </span>
                )}
              </span>
            </div>
          );
        })}
        <ol class="tl-ticks" aria-hidden="true" data-testid="tl-ticks">
          {axis.ticks.map((tick, i) => (
            <li key={tick} class="tl-tick">
              <span>{i === axis.ticks.length - 1 ? `${tickText(tick)} ${TIMELINE_MORE.chartDays}` : tickText(tick)}</span>
            </li>
          ))}
        </ol>
      </div>
      <figcaption id={`${id}-caption`} class="tool__note">
        {caption}
      </figcaption>
    </figure>
  );
}
