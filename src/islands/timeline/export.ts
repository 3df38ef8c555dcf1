/**
 * Plain-text and CSV versions of an estimate, for "Copy as text" and "Copy as CSV".
 * Figures come straight from the rules package's Timeline; only the wording is ours.
 * (Not loaded lazily on purpose: a dynamic import adds Vite's preload helper, ~0.8 KB brotli,
 * to every island page, more than this module weighs.)
 */
import { SCENARIOS, type Range, type Timeline } from '../../rules/index.ts';
import { TIMELINE } from './labels.ts';
import { formatDays, formatGpuHours, formatNumber, formatUsd } from '../frame/format.ts';
import { hardwareText } from './hardware.ts';
import { csvField } from '../frame/csv.ts';

function range(r: Range, unit: (n: number) => string): string {
  return `${unit(r.likely)} (${formatNumber(r.low)}–${formatNumber(r.high)})`;
}

/**
 * @example timelineText(timeline, 'https://example.org/tools/timeline/?preset=pretrain-7b')
 */
export function timelineText(t: Timeline, link: string): string {
  const lines = [
    TIMELINE.exportTitle,
    `${TIMELINE.scenarioLabel}: ${SCENARIOS[t.scenario].label}. ${TIMELINE.hardwareLabel}: ${hardwareText(t)}.`,
    `${TIMELINE.total}: ${range(t.total, formatDays)}; ${range(t.total.gpuHours, formatGpuHours)}; ${
      t.total.cost ? range(t.total.cost, formatUsd) : TIMELINE.noPrice
    }`,
    '',
    ...t.phases.map((p) =>
      p.skipped
        ? `- ${p.label}: ${TIMELINE.skipped}`
        : `- ${p.label}: ${range(p, formatDays)}; ${range(p.gpuHours, formatGpuHours)}${p.cost ? `; ${range(p.cost, formatUsd)}` : ''}`,
    ),
    '',
    `${TIMELINE.assumptionsTitle}:`,
    ...t.assumptions.map((a) => `- ${a.text}${a.sourceIds.length ? ` [${a.sourceIds.join(', ')}]` : ''}`),
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
  const header = ['phase', 'days_low', 'days_likely', 'days_high', 'gpu_hours_low', 'gpu_hours_likely', 'gpu_hours_high', 'cost_usd_low', 'cost_usd_likely', 'cost_usd_high'];
  const row = (label: string, days: Range, gpu: Range, cost: Range | null) =>
    [label, days.low, days.likely, days.high, gpu.low, gpu.likely, gpu.high, ...(cost ? [cost.low, cost.likely, cost.high] : ['', '', ''])]
      .map(csvField)
      .join(',');
  return [header.join(','), ...t.phases.map((p) => row(p.label, p, p.gpuHours, p.cost)), row(TIMELINE.total, t.total, t.total.gpuHours, t.total.cost)].join('\n');
}
