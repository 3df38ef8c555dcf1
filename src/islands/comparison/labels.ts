/** The comparison table's label table (English). */
export const COMPARISON = {
  searchLabel: 'Search the table',
  searchHint: 'Every word must appear in the row, for example “data cost”.',
  highlightLabel: 'Highlight rows for my path',
  highlightNone: 'No highlight',
  topicsLegend: 'Topics',
  topicsHint: 'Show only rows about the topics you press; press again to remove one.',
  caption: 'Training and optimization compared, aspect by aspect',
  paybackLink: 'What serving costs, and when a step pays back',
  aspect: 'Aspect',
  training: 'Training',
  optimization: 'Optimization',
  highlighted: ' (matters for this path)',
  count: (count: number, total: number) => `${count} of ${total} aspects`,
  empty: 'No aspect matches these filters.',
  clear: 'Clear the filters',
  submit: 'Show the matching rows',
} as const;
