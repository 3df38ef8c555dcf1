/** The estimator's figures and defaults, each with its fact-sheet row (see ../constants.ts); the accelerators' are in ./hardware.ts. */
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
