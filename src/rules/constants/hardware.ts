/**
 * Accelerator figures the estimator and the payback calculator share (see ../constants.ts): their
 * peaks, memory, prices, measured MFU and the phase defaults both price plans with. A module of its own so
 * the payback calculator's first interaction loads these, not the estimator's other figures.
 */
import type { Figure, FigureRange } from './figure.ts';

/** MFU per accelerator family and number format (pretraining; share of that format's dense peak). */
export const MFU = {
  ampereBf16: { low: 0.3, likely: 0.4, high: 0.55, unit: 'ratio', source: 'def-mfu-family' },
  hopperBf16: { low: 0.25, likely: 0.35, high: 0.45, unit: 'ratio', source: 'def-mfu-family' },
  tpuBf16: { low: 0.3, likely: 0.4, high: 0.46, unit: 'ratio', source: 'def-mfu-family' },
  /** Accelerators with no published MFU in our table: the generic range. */
  otherBf16: { low: 0.2, likely: 0.3, high: 0.4, unit: 'ratio', source: 'def-mfu' },
  /** FP8 runs measured 14–30% of the FP8 peak. */
  fp8: { low: 0.14, likely: 0.22, high: 0.3, unit: 'ratio', source: 'mfu-fp8' },
} as const satisfies Record<string, FigureRange>;

/** Estimator defaults for each phase (section 9 of the fact sheet). */
export const PHASE_DEFAULTS = {
  dataPreparationDays: { low: 5, likely: 20, high: 60, unit: 'days', source: 'def-dataprep' },
  fineTuneGpuHours: { low: 4, likely: 24, high: 200, unit: 'GPU-hours', source: 'def-train-ft' },
  classicGpuHours: { low: 1, likely: 8, high: 100, unit: 'GPU-hours', source: 'def-train-classic' },
  trainingCalendarDays: { low: 2, likely: 10, high: 40, unit: 'days', source: 'def-train-calendar' },
  validationDays: { low: 2, likely: 5, high: 15, unit: 'days', source: 'def-validation' },
  lightOptimizationDays: { low: 0.5, likely: 3, high: 10, unit: 'days', source: 'def-opt-light' },
  retrainOptimizationFactor: { low: 0.3, likely: 1, high: 3, unit: '× training GPU-hours', source: 'def-opt-retrain' },
  refinementCycles: { low: 1, likely: 3, high: 6, unit: 'cycles', source: 'def-refine' },
} as const satisfies Record<string, FigureRange>;

/** Default on-demand prices, USD per GPU-hour (read in 2026; check the provider). */
export const PRICES = {
  h100: { low: 2.5, likely: 4, high: 7, unit: 'USD per GPU-hour', source: 'def-price-h100' },
  a100: { low: 1.2, likely: 2, high: 3.5, unit: 'USD per GPU-hour', source: 'def-price-a100' },
  l4t4: { low: 0.35, likely: 0.6, high: 0.9, unit: 'USD per GPU-hour', source: 'def-price-l4-t4' },
  /** Accelerators without a checked price: estimates (see def-price-est). */
  h100pcie: { low: 2, likely: 3, high: 5, unit: 'USD per GPU-hour', source: 'def-price-est' },
  h200: { low: 2, likely: 3.5, high: 7, unit: 'USD per GPU-hour', source: 'def-price-est' },
  b200: { low: 4, likely: 6, high: 10, unit: 'USD per GPU-hour', source: 'def-price-est' },
  b300: { low: 5, likely: 7, high: 12, unit: 'USD per GPU-hour', source: 'def-price-est' },
  l40s: { low: 0.86, likely: 1.77, high: 2.25, unit: 'USD per GPU-hour', source: 'def-price-l40s' },
  mi300x: { low: 2, likely: 2.7, high: 5, unit: 'USD per GPU-hour', source: 'def-price-est' },
  mi325x: { low: 2, likely: 2.5, high: 5, unit: 'USD per GPU-hour', source: 'def-price-est' },
  tpu: { low: 1, likely: 2.5, high: 5, unit: 'USD per chip-hour', source: 'def-price-est' },
} as const satisfies Record<string, FigureRange>;

/** Dense BF16/FP16 peak (TFLOP/s) and memory (GB) per accelerator. */
export const ACCELERATORS = {
  a100: { peak: { value: 312, unit: 'TFLOP/s', source: 'hw-a100' }, memory: { value: 80, unit: 'GB', source: 'hw-a100' } },
  'h100-sxm': {
    peak: { value: 989, unit: 'TFLOP/s', source: 'hw-h100-sxm' },
    memory: { value: 80, unit: 'GB', source: 'hw-h100-sxm' },
  },
  'h100-pcie': {
    peak: { value: 756, unit: 'TFLOP/s', source: 'hw-h100-pcie' },
    memory: { value: 80, unit: 'GB', source: 'hw-h100-pcie' },
  },
  h200: { peak: { value: 989, unit: 'TFLOP/s', source: 'hw-h200' }, memory: { value: 141, unit: 'GB', source: 'hw-h200' } },
  b200: { peak: { value: 2250, unit: 'TFLOP/s', source: 'hw-b200' }, memory: { value: 180, unit: 'GB', source: 'hw-b200' } },
  b300: { peak: { value: 2250, unit: 'TFLOP/s', source: 'hw-b300' }, memory: { value: 288, unit: 'GB', source: 'hw-b300' } },
  mi300x: { peak: { value: 1307.4, unit: 'TFLOP/s', source: 'hw-mi300x' }, memory: { value: 192, unit: 'GB', source: 'hw-mi300x' } },
  mi325x: { peak: { value: 1307.4, unit: 'TFLOP/s', source: 'hw-mi325x' }, memory: { value: 256, unit: 'GB', source: 'hw-mi325x' } },
  'tpu-v4': { peak: { value: 275, unit: 'TFLOP/s', source: 'hw-tpu-v4' }, memory: { value: 32, unit: 'GB', source: 'hw-tpu-v4' } },
  'tpu-v6e': { peak: { value: 918, unit: 'TFLOP/s', source: 'hw-tpu-v6e' }, memory: { value: 32, unit: 'GB', source: 'hw-tpu-v6e' } },
  l40s: { peak: { value: 362, unit: 'TFLOP/s', source: 'hw-l40s' }, memory: { value: 48, unit: 'GB', source: 'hw-l40s' } },
  l4: { peak: { value: 121, unit: 'TFLOP/s', source: 'hw-l4' }, memory: { value: 24, unit: 'GB', source: 'hw-l4' } },
  t4: { peak: { value: 65, unit: 'TFLOP/s', source: 'hw-t4' }, memory: { value: 16, unit: 'GB', source: 'hw-t4' } },
  'tpu-v5e': { peak: { value: 197, unit: 'TFLOP/s', source: 'hw-tpu-v5e' }, memory: { value: 16, unit: 'GB', source: 'hw-tpu-v5e' } },
  'tpu-v5p': { peak: { value: 459, unit: 'TFLOP/s', source: 'hw-tpu-v5p' }, memory: { value: 95, unit: 'GB', source: 'hw-tpu-v5p' } },
} as const satisfies Record<string, { peak: Figure; memory: Figure }>;

/** FP8 doubles the dense peak on the accelerators that have it. */
export const FP8_SPEEDUP = { value: 2, unit: '× BF16 dense peak', source: 'mfu-fp8' } as const satisfies Figure;
