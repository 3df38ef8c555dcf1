/** The decision rules' thresholds, each with its fact-sheet row (see ../constants.ts). */
import type { DecisionThresholdId } from '../types.ts';
import type { Figure } from './figure.ts';

/** A threshold plus whether a publication backs it (`published: false` marks a rule of thumb). */
export interface DecisionThreshold extends Figure {
  /** False for rules of thumb: a rule resting on one fires at most `conditional` (a test enforces it). */
  readonly published: boolean;
}

/** Decision thresholds (accuracy in percent). None of them is published: they are rules of thumb. */
export const DECISION = {
  /** Without a baseline, accuracy below this suggests the model has not learned the task (the seed's unsourced rule of thumb). */
  accuracyFloor: { value: 60, unit: '%', source: 'seed-acc', published: false },
  /** Without a baseline, accuracy from the floor up to this is a gray zone (same unsourced rule of thumb). */
  accuracyGrayZoneTop: { value: 70, unit: '%', source: 'seed-acc', published: false },
  /**
   * "Clearly above the baseline" means more than this many points above it. Our rule of thumb
   * (seed-acc says compare with the baseline; it gives no margin), so results that hinge on it are
   * worded as estimates.
   */
  baselineMargin: { value: 5, unit: 'percentage points', source: 'seed-acc', published: false },
  /** Short of the requirement by at most this many points counts as "close"; more is "far below". Our rule of thumb. */
  requirementMargin: { value: 5, unit: 'percentage points', source: 'seed-acc', published: false },
} as const satisfies Record<DecisionThresholdId, DecisionThreshold>;
