/**
 * Every threshold, default and figure the rules use, each with the fact-sheet row it comes from
 * (`source`, an id from SOURCE_IDS). A test walks CONSTANTS and fails on any number without one.
 * Source rows marked `estimate` (content/sources/) are our rules of thumb and are labelled as such on the site.
 * The figures live per tool (./constants/decision.ts, ./constants/timeline.ts, ./constants/hardware.ts, ./constants/payback.ts) so each island
 * loads only its own.
 */
import { DECISION } from './constants/decision.ts';
import { PAYBACK } from './constants/payback.ts';
import { ACCELERATORS, FP8_SPEEDUP, MFU, PHASE_DEFAULTS, PRICES } from './constants/hardware.ts';
import { COMPUTE, MEMORY, PRESET_FIGURES, WORKLOAD_DEFAULTS } from './constants/timeline.ts';

export type { Figure, FigureRange } from './constants/figure.ts';
export { DECISION, COMPUTE, PHASE_DEFAULTS, PRICES, ACCELERATORS, WORKLOAD_DEFAULTS, PRESET_FIGURES, MFU, MEMORY, FP8_SPEEDUP, PAYBACK };

export const CONSTANTS = { DECISION, COMPUTE, PHASE_DEFAULTS, PRICES, ACCELERATORS, WORKLOAD_DEFAULTS, PRESET_FIGURES, MFU, MEMORY, FP8_SPEEDUP, PAYBACK } as const;
