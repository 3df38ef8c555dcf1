/** The comparison table's topics, kept apart from the rows so a link can be checked without them. */
import type { ComparisonTag } from '../types.ts';

/** The topics rows are tagged with, with the labels filter chips show. */
export const COMPARISON_TAGS = [
  { id: 'goals', label: 'Goals and results' },
  { id: 'timing', label: 'Timing' },
  { id: 'data', label: 'Data' },
  { id: 'time', label: 'Time' },
  { id: 'cost', label: 'Cost' },
  { id: 'skills', label: 'Skills and people' },
  { id: 'methods', label: 'Techniques and tools' },
  { id: 'measurement', label: 'Measuring success' },
  { id: 'risk', label: 'Risks' },
] as const satisfies readonly { id: string; label: string }[];

export const COMPARISON_TAG_IDS: readonly ComparisonTag[] = COMPARISON_TAGS.map((tag) => tag.id);
