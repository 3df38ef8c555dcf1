/**
 * The estimator's words for what loads on demand (the phase chart and table, what moves the
 * estimate, the assumptions, pins and copied text), apart from ./labels.ts so the island's first
 * load carries only the words its form and headline figures show.
 */
export const TIMELINE_MORE = {
  chartCaption: (likely: string, low: string, high: string) =>
    `Timeline, phase after phase: likely ${likely} in total (low ${low}, high ${high}). In each row the solid bar is the phase's likely duration, the pale band runs to its high estimate and the thin mark shows its low one. Point at a row, or move to it with the Tab key, for its figures.`,
  chartDays: 'days',
  barValues: (label: string, low: string, likely: string, high: string) => `${label}: likely ${likely} (low ${low}, high ${high})`,
  tableCaption: 'Each phase in calendar days, GPU-hours and cost (likely, with low and high)',
  columns: { phase: 'Phase', low: 'Low', likely: 'Likely', high: 'High', gpuHours: 'GPU-hours', cost: 'Cost' },
  daysUnit: '(days)',
  skipped: 'Skipped',
  sensitivityTitle: 'What moves the estimate most',
  sensitivityItem: (days: string) => `moves the likely total by ${days}`,
  assumptionsTitle: 'Assumptions and sources',
  pinsTitle: 'Pinned estimates',
  pinsHint: 'Pin up to three estimates to compare them side by side, for example 8 × A100 against 4 × H100.',
  pinLabel: (n: number) => `Estimate ${n}`,
  pinRestore: 'Load into the form',
  pinLink: 'Link to this estimate',
  pinRemove: 'Remove',
  exportTitle: 'Training and optimization timeline estimate',
  scenarioLabel: 'Scenario',
  hardwareLabel: 'Hardware',
} as const;
