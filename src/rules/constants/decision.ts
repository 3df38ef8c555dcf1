/** The decision rules' thresholds, each with its fact-sheet row (see ../constants.ts). */
import type { Figure } from './figure.ts';

/** Decision thresholds (accuracy in percent). */
export const DECISION = {
  /** Without a baseline, accuracy below this means the model has not learned the task (seed rule of thumb). */
  accuracyFloor: { value: 60, unit: '%', source: 'seed-acc' },
  /** Without a baseline, accuracy from the floor up to this is a gray zone. */
  accuracyGrayZoneTop: { value: 70, unit: '%', source: 'seed-acc' },
  /**
   * "Clearly above the baseline" means more than this many points above it. Our rule of thumb
   * (seed-acc says compare with the baseline; it gives no margin), so results that hinge on it are
   * worded as estimates.
   */
  baselineMargin: { value: 5, unit: 'percentage points', source: 'seed-acc' },
  /** Short of the requirement by at most this many points counts as "close"; more is "far below". Our rule of thumb. */
  requirementMargin: { value: 5, unit: 'percentage points', source: 'seed-acc' },
} as const satisfies Record<string, Figure>;
