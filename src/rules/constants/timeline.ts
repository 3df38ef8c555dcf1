/** The estimator's figures and defaults, each with its fact-sheet row (see ../constants.ts). */
import type { Figure, FigureRange } from './figure.ts';

/** Training compute. */
export const COMPUTE = {
  /** FLOPs per parameter per training token (2 forward + 4 backward). */
  flopsPerParamToken: { value: 6, unit: 'FLOPs', source: 'trn-6nd' },
  /** Compute-optimal tokens per parameter, the default when training tokens are not given. */
  tokensPerParam: { value: 20, unit: 'tokens', source: 'trn-chinchilla' },
  /** Model FLOPs utilization: untuned / typical / well tuned. */
  mfu: { low: 0.2, likely: 0.3, high: 0.4, unit: 'ratio', source: 'def-mfu' },
  /** Multiplier of the ideal time for restarts, failures, evaluation and checkpoints. */
  overhead: { low: 1.1, likely: 1.2, high: 1.5, unit: '×', source: 'def-overhead' },
} as const satisfies Record<string, Figure | FigureRange>;

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
  l40s: { peak: { value: 362, unit: 'TFLOP/s', source: 'hw-l40s' }, memory: { value: 48, unit: 'GB', source: 'hw-l40s' } },
  l4: { peak: { value: 121, unit: 'TFLOP/s', source: 'hw-l4' }, memory: { value: 24, unit: 'GB', source: 'hw-l4' } },
  t4: { peak: { value: 65, unit: 'TFLOP/s', source: 'hw-t4' }, memory: { value: 16, unit: 'GB', source: 'hw-t4' } },
  'tpu-v5e': { peak: { value: 197, unit: 'TFLOP/s', source: 'hw-tpu-v5e' }, memory: { value: 16, unit: 'GB', source: 'hw-tpu-v5e' } },
  'tpu-v5p': { peak: { value: 459, unit: 'TFLOP/s', source: 'hw-tpu-v5p' }, memory: { value: 95, unit: 'GB', source: 'hw-tpu-v5p' } },
} as const satisfies Record<string, { peak: Figure; memory: Figure }>;

/** Defaults for the estimator's workload inputs (the fact sheet's worked example). */
export const WORKLOAD_DEFAULTS = {
  modelParams: { value: 7e9, unit: 'parameters', source: 'trn-7b-ex' },
  gpuCount: { value: 8, unit: 'GPUs', source: 'trn-7b-ex' },
} as const satisfies Record<string, Figure>;

/** Numbers the presets fill in. */
export const PRESET_FIGURES = {
  /** Llama 3.1 8B, the common small open model to fine-tune. */
  params8b: { value: 8e9, unit: 'parameters', source: 'trn-llama31' },
  /** LoRA/QLoRA fine-tunes of this size fit on one GPU. */
  singleGpu: { value: 1, unit: 'GPUs', source: 'ft-qlora' },
  /** A BERT fine-tune needs one GPU for a few hours. */
  bertGpus: { value: 1, unit: 'GPUs', source: 'ft-bert' },
  /** The 7B pretraining example runs on one 8-GPU node. */
  pretrainGpus: { value: 8, unit: 'GPUs', source: 'trn-7b-ex' },
  pretrainParams: { value: 7e9, unit: 'parameters', source: 'trn-7b-ex' },
  /** MLPerf trains ResNet-50 on one 8-GPU H100 node. */
  resnetGpus: { value: 8, unit: 'GPUs', source: 'cl-mlperf-h100' },
  /** GPTQ quantizes even a 175B model in about 4 GPU-hours on one GPU's worth of time. */
  quantizeGpus: { value: 1, unit: 'GPUs', source: 'opt-gptq' },
} as const satisfies Record<string, Figure>;

/** Everything above, for pages that print a figure and for the source-coverage test. */
