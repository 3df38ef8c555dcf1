/**
 * The estimate for the current estimator inputs (or the field errors that block one): its figures
 * only (estimateTimelineFigures), so the island's first change loads no explanations. The phase
 * chart, table, sensitivity and assumptions take the full estimate from ./estimate-explained.ts.
 */
import { computed } from 'nanostores';
import { estimateTimelineFigures, type TimelineInput } from '../rules/index.ts';
import { $timeline, timelineInput, type TimelineForm } from './timeline.ts';

export const $estimate = computed($timeline, (form) => estimateTimelineFigures(timelineInput(form)));

/** The figures for any form (the server render of the island's first state). */
export const figuresFor = (form: TimelineForm) => estimateTimelineFigures(timelineInput(form));

export type { TimelineInput };
