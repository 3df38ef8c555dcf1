/** What a link's query keys are (each tool's own list is in its codec module) and how much of a link is read. */
import type { PaybackField, PaybackHandOffField } from '../payback/types.ts';
import type { DecisionField, TimelineField } from '../types.ts';

export type Section = 'decision' | 'comparison' | 'timeline' | 'payback';
export type ComparisonField = 'text' | 'tags' | 'highlightFor';

export interface UrlKey {
  key: string;
  section: Section;
  field: DecisionField | ComparisonField | TimelineField | PaybackField | PaybackHandOffField;
}

/** Longest query string read (characters), and most parameters read. */
export const MAX_SEARCH_LENGTH = 2000;
export const MAX_SEARCH_PARAMS = 40;
