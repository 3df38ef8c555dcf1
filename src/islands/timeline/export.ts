/**
 * Plain-text and CSV versions of an estimate, for "Copy as text" and "Copy as CSV".
 * Figures come straight from the rules package's Timeline; only the wording is ours.
 * Loaded with import() when the reader copies, so its code stays out of the island's first load.
 */
import { SCENARIOS, workloadItems, type Range, type Timeline } from '../../rules/index.ts';
import { TIMELINE } from './labels.ts';
import { TIMELINE_MORE } from './labels-more.ts';
import { formatDays, formatGpuHours, formatNumber, formatUsd } from '../frame/format.ts';
import { csvField, sourcesLine } from '../frame/export-format.ts';

/** The full estimate (with its assumptions) for the copied text. */
export { estimateFor } from '../../stores/estimate-explained.ts';

function range(r: Range, unit: (n: number) => string): string {
  return `${unit(r.likely)} (${formatNumber(r.low)}–${formatNumber(r.high)})`;
}

/**
 * @example timelineText(timeline, 'https://example.org/tools/timeline/?preset=pretrain-7b')
 */
export function timelineText(t: Timeline, link: string): string {
  const lines = [
    TIMELINE_MORE.exportTitle,
    `${TIMELINE_MORE.scenarioLabel}: ${SCENARIOS[t.scenario].label}.`,
    ...workloadItems(t.inputs).map((w) => `${w.label}: ${w.value}.`),
    `${TIMELINE.total}: ${range(t.total, formatDays)}; ${range(t.total.gpuHours, formatGpuHours)}.`,
    `${t.labels.gpuCost}: ${range(t.total.gpuCost, formatUsd)}.`,
    ...(t.total.teamCost && t.labels.teamCost ? [`${t.labels.teamCost}: ${range(t.total.teamCost, formatUsd)}.`] : []),
    t.labels.note,
    '',
    ...t.phases.map((p) =>
      p.skipped
        ? `- ${p.label}: ${TIMELINE_MORE.skipped}`
        : `- ${p.label}: ${range(p, formatDays)}; ${range(p.gpuHours, formatGpuHours)}${p.cost ? `; ${range(p.cost, formatUsd)}` : ''}`,
    ),
    '',
    `${TIMELINE_MORE.assumptionsTitle}:`,
    ...t.assumptions.map((a, i) => `${i + 1}. ${a.text}`),
    sourcesLine(link),
    '',
    link,
  ];
  return lines.join('\n');
}

/**
 * One row per phase plus the total; days, GPU-hours and USD as low, likely, high.
 * @example timelineCsv(timeline).split('\n')[0] // 'phase,days_low,days_likely,…'
 */
export function timelineCsv(t: Timeline): string {
  const work = workloadItems(t.inputs);
  const value = (key: string) => work.find((w) => w.key === key)?.value ?? '';
  const context = ['model', 'method', 'data', 'gpus', 'precision'].map(value);
  const header = ['phase', 'days_low', 'days_likely', 'days_high', 'gpu_hours_low', 'gpu_hours_likely', 'gpu_hours_high', 'cost_usd_low', 'cost_usd_likely', 'cost_usd_high', 'model', 'method', 'data', 'gpus', 'precision'];
  const row = (label: string, days: Range, gpu: Range, cost: Range | null) =>
    [label, days.low, days.likely, days.high, gpu.low, gpu.likely, gpu.high, ...(cost ? [cost.low, cost.likely, cost.high] : ['', '', '']), ...context]
      .map(csvField)
      .join(',');
  return [header.join(','), ...t.phases.map((p) => row(p.label, p, p.gpuHours, p.cost)), row(TIMELINE.total, t.total, t.total.gpuHours, t.total.cost)].join('\n');
}
