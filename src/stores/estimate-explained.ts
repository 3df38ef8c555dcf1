/**
 * The full estimate for any form: figures, each phase's basis, sensitivity and assumptions (pins,
 * the phase details, copy as text). Apart from ./estimate.ts so the island loads it on demand.
 */
import { estimateTimeline } from '../rules/index.ts';
import { timelineInput, type TimelineForm } from './timeline.ts';

export const estimateFor = (form: TimelineForm) => estimateTimeline(timelineInput(form));
