/** Plain-words names of the comparison table's filters, as its error and link messages name them. */
export const COMPARISON_FIELD_LABELS = {
  text: 'Search text',
  tags: 'Topics',
  highlightFor: 'The path to highlight',
} as const;
