/** The payback result: a table of today's cost and each step's, the 24-month chart, and the assumptions. */
import type { ComponentChildren } from 'preact';
import { firstToPayBack, SERIES_MONTHS, type Payback } from '../../rules/index.ts';
import { breakEvenText, gpusText, money, span } from './format.ts';
import { PAYBACK } from './labels.ts';
import { Assumptions } from '../frame/Assumptions.tsx';

const WIDTH = 600;
const HEIGHT = 240;

/** Cumulative cost lines (today and each step, likely values) with each break-even month marked. */
export function PaybackChart({ id, p }: { id: string; p: Payback }) {
  const lines = [{ key: 'today', label: PAYBACK.today, points: p.steps[0]?.series.map((s) => s.before) ?? Array.from({ length: SERIES_MONTHS + 1 }, (_, m) => p.before.monthly.likely * m) }, ...p.steps.map((s) => ({ key: s.id, label: s.label, points: s.series.map((pt) => pt.after) }))];
  const max = Math.max(1e-9, ...lines.flatMap((l) => l.points));
  const x = (m: number) => Math.round((m / SERIES_MONTHS) * WIDTH * 10) / 10;
  const y = (v: number) => Math.round((HEIGHT - (v / max) * HEIGHT) * 10) / 10;
  const first = firstToPayBack(p);
  const caption = PAYBACK.chartCaption(first ? PAYBACK.bestStep(first.label, first.breakEvenMonth!) : PAYBACK.noPayback);
  return (
    <figure class="pb-figure">
      <svg class="pb-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-chart-caption`} focusable="false">
        {lines.map((l, i) => (
          // SVG attributes, not style attributes, so the CSP holds; today's line solid, each step dashed differently.
          <polyline
            key={l.key}
            class={`pb-line pb-line--${i}`}
            fill="none"
            stroke="currentColor"
            stroke-width={i === 0 ? 3 : 2}
            stroke-dasharray={i === 0 ? undefined : `${2 + 4 * i} 4`}
            vector-effect="non-scaling-stroke"
            points={l.points.map((v, m) => `${x(m)},${y(v)}`).join(' ')}
          >
            <title>{l.label}</title>
          </polyline>
        ))}
        {p.steps.map((s) =>
          s.breakEvenMonth === null ? null : <circle key={s.id} class="pb-mark" fill="currentColor" cx={x(s.breakEvenMonth)} cy={y(s.series[s.breakEvenMonth]!.after)} r="5" />,
        )}
      </svg>
      <ul class="pb-legend" aria-hidden="true">
        {lines.map((l, i) => (
          <li key={l.key}>
            <svg width="32" height="10" viewBox="0 0 32 10" focusable="false">
              <line x1="0" y1="5" x2="32" y2="5" stroke="currentColor" stroke-width={i === 0 ? 3 : 2} stroke-dasharray={i === 0 ? undefined : `${2 + 4 * i} 4`} />
            </svg>
            {l.label}
          </li>
        ))}
        <li>
          <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
            <circle cx="6" cy="6" r="5" fill="currentColor" />
          </svg>
          {PAYBACK.legendBreakEven}
        </li>
      </ul>
      <figcaption id={`${id}-chart-caption`} class="tool__note">
        {caption}
      </figcaption>
    </figure>
  );
}

/** One option's row: its name and GPUs, then a figure per column, each labelled for the narrow cards. */
function OptionRow({ name, gpus, labels, figures }: { name: string; gpus: string; labels: readonly string[]; figures: readonly string[] }) {
  return (
    <tr>
      <th scope="row">
        {`${name} `}
        <span class="pb-gpus">{gpus || null}</span>
      </th>
      {figures.map((figure, i) => (
        <td data-label={labels[i]}>{figure}</td>
      ))}
    </tr>
  );
}

export function PaybackResult({ uid, p, Sub, target, actions }: { uid: string; p: Payback; Sub: 'h3' | 'h4'; target?: string | undefined; actions?: ComponentChildren }) {
  const c = PAYBACK.columns;
  const labels = [c.oneOff, c.monthly, c.saving, c.breakEven, c.perUnit(PAYBACK.perUnit[p.unit])];
  return (
    <>
      {/* On a narrow result column each row becomes a card, its figures labelled from data-label (tools.css). */}
      <table class="data-table card-table">
        <thead>
          <tr>
            {[c.option, ...labels].map((label) => (
              <th scope="col">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <OptionRow name={PAYBACK.today} gpus={gpusText(p.before.gpus)} labels={labels} figures={['—', span(p.before.monthly), '—', '—', span(p.before.perUnit)]} />
          {p.steps.map((s) => (
            <OptionRow
              key={s.id}
              name={s.label}
              gpus={gpusText(s.after.gpus)}
              labels={labels}
              figures={[span(s.oneOffCost), span(s.after.monthly), span(s.monthlySaving), breakEvenText(s.breakEvenMonths), span(s.after.perUnit)]}
            />
          ))}
        </tbody>
      </table>
      <Sub>{PAYBACK.chartTitle}</Sub>
      <PaybackChart id={uid} p={p} />
      <Sub>{PAYBACK.accuracy}</Sub>
      <ul>
        {p.steps.map((s) => (
          <li key={s.id}>
            <strong>{`${s.label}:`}</strong>
            {` ${s.accuracyRisk}`}
          </li>
        ))}
      </ul>
      <Sub>{PAYBACK.assumptions}</Sub>
      <Assumptions items={p.assumptions} target={target} />
      {actions}
    </>
  );
}

/** One line for the compact result bar. */
export function barText(p: Payback): string {
  return `${PAYBACK.today}: ${money(p.before.monthly.likely)} a month`;
}
