/**
 * The estimate as a horizontal timeline: one row per phase, phases one after another. A dark bar
 * is the likely duration, a light band the low-to-high range; the last row is the total.
 * Geometry only (positions from the rules' start/low/likely/high); the numbers are in the table
 * that follows, and the figure's caption states the total for screen readers (role="img").
 * SVG attributes, not style attributes, so the CSP holds.
 */
import type { Timeline } from '../../rules/index.ts';
import { TIMELINE } from '../../i18n/timeline.ts';
import { formatDays } from './format.ts';

const WIDTH = 1000;
const ROW = 40;

export function TimelineChart({ id, timeline }: { id: string; timeline: Timeline }) {
  const { phases, total } = timeline;
  const max = Math.max(total.high, ...phases.map((p) => p.start.likely + p.high), 1e-9);
  const x = (days: number) => Math.round((days / max) * WIDTH * 10) / 10;
  const rows = [
    ...phases.map((p) => ({ key: p.id, label: p.skipped ? `${p.label} (${TIMELINE.skipped.toLowerCase()})` : p.label, start: p.start.likely, r: p })),
    { key: 'total', label: TIMELINE.total, start: 0, r: total },
  ];
  const caption = TIMELINE.chartCaption(formatDays(total.likely), formatDays(total.low), formatDays(total.high));
  return (
    <figure class="tl-figure">
      <div class="tl-chart">
        <ul class="tl-labels" aria-hidden="true">
          {rows.map((row) => (
            <li key={row.key}>{row.label}</li>
          ))}
        </ul>
        <svg
          class="tl-bars"
          role="img"
          aria-labelledby={`${id}-caption`}
          viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
          preserveAspectRatio="none"
          focusable="false"
        >
          {rows.map((row, i) => (
            <g key={row.key}>
              <rect class="tl-track" x="0" y={i * ROW + ROW / 2 - 0.5} width={WIDTH} height="1" />
              <rect class="tl-range" x={x(row.start + row.r.low)} y={i * ROW + 8} width={x(row.r.high - row.r.low)} height={ROW - 16} />
              <rect class="tl-likely" x={x(row.start)} y={i * ROW + 13} width={x(row.r.likely)} height={ROW - 26} />
            </g>
          ))}
        </svg>
        <p class="tl-axis" aria-hidden="true">
          <span>{TIMELINE.chartStart}</span>
          <span>{formatDays(max)}</span>
        </p>
      </div>
      <figcaption id={`${id}-caption`} class="tool__note">
        {caption}
      </figcaption>
    </figure>
  );
}
