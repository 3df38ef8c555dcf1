/**
 * Input bounds. These are not domain figures (those live in constants.ts with sources): they only
 * catch typos and keep every product of inputs finite, so each is far beyond any real project
 * (the largest runs in the fact sheet use about 16,000 GPUs and 15 trillion tokens).
 */
import type { NumberRule } from '../messages.ts';

/** Longest text read as a number, and as a choice (ids are short). */
export const MAX_NUMBER_TEXT = 64;
export const MAX_CHOICE_TEXT = 64;
/** Longest list accepted for list inputs (bottlenecks, techniques, tags). */
export const MAX_LIST_ITEMS = 32;
/** Longest comparison search text. */
export const MAX_SEARCH_TEXT = 200;
/** Most search words used. */
export const MAX_SEARCH_TERMS = 12;

export const PERCENT: NumberRule = { min: 0, max: 100, unit: 'percent', example: '72' };

export const TIMELINE_LIMITS = {
  modelParams: { min: 1, max: 1e14, example: '70B, 70 billion or 350M' },
  trainingTokens: { min: 1, max: 1e16, example: '1.5T or 140B' },
  totalFlops: { min: 1, max: 1e30, example: '5.88e21' },
  tokensPerSecond: { min: 1, max: 1e9, example: '10643' },
  gpuCount: { min: 1, max: 1e6, integer: true, example: '8' },
  mfu: { min: 0.01, max: 1, example: '0.4 or 40%' },
  pricePerGpuHour: { min: 0, max: 1e4, unit: 'US dollars', example: '2.5' },
  refinementCycles: { min: 0, max: 100, integer: true, example: '3' },
  dayRate: { min: 0, max: 1e7, unit: 'US dollars', example: '1200' },
  datasetTokens: { min: 1, max: 1e14, example: '50M or 2B' },
  epochs: { min: 0.01, max: 1000, example: '3' },
  activeParams: { min: 1, max: 1e14, example: '37B' },
  studentParams: { min: 1, max: 1e14, example: '1B or 350M' },
  sequenceLength: { min: 1, max: 1e7, integer: true, example: '2048' },
  batchSize: { min: 1, max: 1e6, integer: true, example: '8' },
} as const satisfies Record<string, NumberRule>;
