/**
 * Every threshold, default and figure the rules use, each with the fact-sheet row it comes from
 * (`source`, an id from SOURCE_IDS). A test walks CONSTANTS and fails on any number without one.
 * Source rows marked `estimate` (content/sources/) are our rules of thumb and are labelled as such on the site.
 * The figures live per tool (./constants/decision.ts, ./constants/timeline.ts) so each island
 * loads only its own.
 */
import { DECISION } from './constants/decision.ts';
import { PAYBACK } from './constants/payback.ts';
import { ACCELERATORS, COMPUTE, FP8_SPEEDUP, MEMORY, MFU, PHASE_DEFAULTS, PRESET_FIGURES, PRICES, WORKLOAD_DEFAULTS } from './constants/timeline.ts';

export type { Figure, FigureRange } from './constants/figure.ts';
export { DECISION, COMPUTE, PHASE_DEFAULTS, PRICES, ACCELERATORS, WORKLOAD_DEFAULTS, PRESET_FIGURES, MFU, MEMORY, FP8_SPEEDUP, PAYBACK };

export const CONSTANTS = { DECISION, COMPUTE, PHASE_DEFAULTS, PRICES, ACCELERATORS, WORKLOAD_DEFAULTS, PRESET_FIGURES, MFU, MEMORY, FP8_SPEEDUP, PAYBACK } as const;
