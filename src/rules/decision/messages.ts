/** The decision guide's own warnings (the shared field messages are in ../messages.ts). */
import { DECISION } from '../constants/decision.ts';
import { formatNumber } from '../messages.ts';

export const DECISION_MESSAGES = {
  conflictingMeets: (accuracy: number, required: number) =>
    `Your answer about meeting the accuracy bar disagrees with the numbers: ${formatNumber(accuracy)}% against a required ${formatNumber(required)}%. The numbers are used.`,
  baselineMissing: (accuracy: number) =>
    `An accuracy of ${formatNumber(accuracy)}% is in the ${DECISION.accuracyFloor.value}–${DECISION.accuracyGrayZoneTop.value}% gray zone of the usual rule of thumb. Enter the baseline accuracy (what always guessing the most common answer, or the current process, scores) to get a firm answer.`,
} as const;
