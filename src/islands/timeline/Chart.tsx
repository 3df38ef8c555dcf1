/**
 * The estimate as a horizontal timeline: one row per phase, phases one after another. A dark bar
 * is the likely duration, a light band the low-to-high range; the last row is the total.
 * Geometry only (positions from the rules' start/low/likely/high); the numbers are in the table
 * that follows, and the figure's caption states the total for screen readers (role="img").
 * One small SVG per row beside its label, or under it when the panel is narrow, so labels are
 * never cut. SVG attributes, not style attributes, so the CSP holds.
 */
import type { Timeline } from '../../rules/index.ts';
import { TIMELINE } from './labels.ts';
import { formatDays } from '../frame/format.ts';

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
      <div class="tl-chart" role="img" aria-labelledby={`${id}-caption`}>
        {rows.map((row) => (
          <div class="tl-row" key={row.key}>
            <span class="tl-label">{row.label}</span>
            <svg class="tl-bar" viewBox={`0 0 ${WIDTH} ${ROW}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="tl-track" x="0" y={ROW / 2 - 0.5} width={WIDTH} height="1" />
              <rect class="tl-range" x={x(row.start + row.r.low)} y="8" width={x(row.r.high - row.r.low)} height={ROW - 16} />
              <rect class="tl-likely" x={x(row.start)} y="13" width={x(row.r.likely)} height={ROW - 26} />
            </svg>
          </div>
        ))}
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
