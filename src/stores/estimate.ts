/** The estimate for the current estimator inputs (or the field errors that block one). */
import { computed } from 'nanostores';
import { estimateTimeline, type TimelineInput } from '../rules/index.ts';
import { $timeline, timelineInput, type TimelineForm } from './timeline.ts';

export const $estimate = computed($timeline, (form) => estimateTimeline(timelineInput(form)));

/** The estimate for any form (pins, the server render). */
export const estimateFor = (form: TimelineForm) => estimateTimeline(timelineInput(form));

export type { TimelineInput };
