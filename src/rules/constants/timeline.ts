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
  /** FLOPs per parameter per token of a forward pass alone (a teacher in distillation). */
  forwardFlopsPerParamToken: { value: 2, unit: 'FLOPs', source: 'trn-6nd' },
  /** LoRA: forward plus activation gradients, no weight gradients for frozen weights. */
  loraFlopsPerParamToken: { value: 4, unit: 'FLOPs', source: 'trn-lora-flops' },
  /** QLoRA runs slower than LoRA by dequantizing the 4-bit weights: LitGPT 7B 3.68 ÷ 2.36, 13B 6.38 ÷ 3.19. */
  qloraSlowdown: { low: 1.56, likely: 1.56, high: 2, unit: '× LoRA time', source: 'ft-litgpt' },
  /** MFU of fine-tunes and other short single-node runs (untuned, small batches). */
  fineTuneMfu: { low: 0.12, likely: 0.2, high: 0.3, unit: 'ratio', source: 'def-mfu-ft' },
  /** GPTQ quantizes a 175B model in about 4 GPU-hours (A100); calibration time scales with parameters. */
  ptqGpuHours: { value: 4, unit: 'GPU-hours', source: 'opt-gptq' },
  ptqParams: { value: 175e9, unit: 'parameters', source: 'opt-gptq' },
  /** Dense peak of the A100 the GPTQ figure was measured on. */
  ptqPeakTflops: { value: 312, unit: 'TFLOP/s', source: 'hw-a100' },
  /** Student size as a share of the teacher when none is given (DistilBERT is 40% smaller than BERT). */
  studentShare: { value: 0.6, unit: '× teacher parameters', source: 'opt-distil' },
} as const satisfies Record<string, Figure | FigureRange>;

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

/** Bytes per parameter and the activation model behind estimateMemory. */
export const MEMORY = {
  /** Mixed-precision Adam: 2 (weights) + 2 (gradients) + 12 (fp32 master, momentum, variance). */
  weightBytes16: { value: 2, unit: 'bytes per parameter', source: 'mem-adam' },
  gradientBytes: { value: 2, unit: 'bytes per parameter', source: 'mem-adam' },
  optimizerBytes: { value: 12, unit: 'bytes per parameter', source: 'mem-adam' },
  weightBytes8: { value: 1, unit: 'bytes per parameter', source: 'mem-infer' },
  /** QLoRA's NF4 weights. */
  weightBytes4: { value: 0.5, unit: 'bytes per parameter', source: 'mem-qlora' },
  /** Activations with full checkpointing: 2·s·b·h bytes per layer kept, plus one layer's 34·s·b·h recomputed. */
  checkpointBytes: { value: 2, unit: 'bytes per token per hidden unit per layer', source: 'mem-activations' },
  layerBytes: { value: 34, unit: 'bytes per token per hidden unit', source: 'mem-activations' },
  /** Non-embedding parameters ≈ 12 · layers · hidden². */
  paramsPerLayerHidden2: { value: 12, unit: 'parameters per layer per hidden²', source: 'mem-shape' },
  /** Hidden size ≈ 128 × layers (GPT-3 175B: 12,288 / 96; Llama 2 7B: 4,096 / 32). */
  hiddenPerLayer: { value: 128, unit: 'hidden units per layer', source: 'mem-shape' },
  /** K and V, each hidden wide, per layer per token. */
  kvTensors: { value: 2, unit: 'tensors', source: 'mem-infer' },
  sequenceLength: { value: 2048, unit: 'tokens', source: 'mem-activations' },
  batchSize: { value: 1, unit: 'sequences', source: 'mem-activations' },
} as const satisfies Record<string, Figure>;

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
  /** Alpaca's 52K examples at up to 512 tokens: about 27M tokens an epoch, 3 epochs. */
  fineTuneTokens: { value: 26.6e6, unit: 'tokens', source: 'ft-alpaca' },
  fineTuneEpochs: { value: 3, unit: 'epochs', source: 'ft-alpaca' },
  /** 7B at 20 tokens per parameter. */
  pretrainTokens: { value: 140e9, unit: 'tokens', source: 'trn-7b-ex' },
} as const satisfies Record<string, Figure>;

/** Everything above, for pages that print a figure and for the source-coverage test. */
