/**
 * The payback calculator's figures: serving throughput, API list prices, and the throughput or
 * price effect of each step, each with its fact-sheet row (see ../constants.ts). Where a source
 * gives only a bound, the other end and the likely value are our estimates and cite
 * `srv-effect-ranges`, which says how they were reached (likely = geometric mean of low and high).
 */
import type { Figure, FigureRange } from './figure.ts';

/** Hours in an average month (8,760 hours a year ÷ 12) and days in an average month (365 ÷ 12): definitions, not figures. */
export const HOURS_PER_MONTH = 730;
export const DAYS_PER_MONTH = 365 / 12;

/**
 * Output tokens per second per GPU for an 8B-class language model at full load (input:output
 * 1,000:1,000 tokens, FP8 weights, TensorRT-LLM), and the L40S figure we scale from it.
 */
export const SERVING_THROUGHPUT = {
  'h100-sxm': { value: 15220, unit: 'output tokens/s per GPU', source: 'srv-trtllm-8b' },
  h200: { value: 17744, unit: 'output tokens/s per GPU', source: 'srv-trtllm-8b' },
  l40s: { value: 3900, unit: 'output tokens/s per GPU', source: 'srv-l40s-estimate' },
} as const satisfies Record<string, Figure>;

/** Hosted API list prices, USD per 1M input and output tokens (provider and date in the source row). */
export const API_PRICES = {
  'gpt-4o-mini': {
    input: { value: 0.15, unit: 'USD per 1M input tokens', source: 'api-openai' },
    output: { value: 0.6, unit: 'USD per 1M output tokens', source: 'api-openai' },
  },
  'claude-haiku-3.5': {
    input: { value: 0.8, unit: 'USD per 1M input tokens', source: 'api-anthropic' },
    output: { value: 4, unit: 'USD per 1M output tokens', source: 'api-anthropic' },
  },
  'claude-sonnet-4': {
    input: { value: 3, unit: 'USD per 1M input tokens', source: 'api-anthropic' },
    output: { value: 15, unit: 'USD per 1M output tokens', source: 'api-anthropic' },
  },
  'gemini-2.5-flash': {
    input: { value: 0.3, unit: 'USD per 1M input tokens', source: 'api-google' },
    output: { value: 2.5, unit: 'USD per 1M output tokens', source: 'api-google' },
  },
} as const satisfies Record<string, { input: Figure; output: Figure }>;

/**
 * Each step's effect: a throughput multiplier per GPU (self-hosted; 1 means no change), or for API
 * caching the share of the input-token bill saved.
 */
export const STEP_EFFECTS = {
  /** FP8/INT8: vLLM documents up to 1.6×; the low end is no gain (a kernel may not speed up). */
  quantize8: { low: 1, likely: 1.26, high: 1.6, unit: '× throughput', source: 'srv-effect-ranges' },
  /** 4-bit weights: 0.65× measured slowdown (LitGPT nf4) to 2.7× (AWQ, Llama-3-8B on RTX 4090). */
  quantize4: { low: 0.65, likely: 1.32, high: 2.7, unit: '× throughput', source: 'srv-effect-ranges' },
  /** Distillation: 1.6× (DistilBERT) to 7.2× (per GPU, 70B on two H100s → 8B on one). */
  distill: { low: 1.6, likely: 3.4, high: 7.2, unit: '× throughput', source: 'srv-effect-ranges' },
  /** A continuous-batching engine: 3.5× over TGI to 24× over plain HF Transformers (vLLM, 2023). */
  engine: { low: 3.5, likely: 9.2, high: 24, unit: '× throughput', source: 'srv-effect-ranges' },
  /** Speculative decoding at load: no gain at large batch to 3× (Leviathan); EAGLE doubled throughput. */
  speculative: { low: 1, likely: 2, high: 3, unit: '× throughput', source: 'srv-effect-ranges' },
  /** Prefix caching: no gain without shared prefixes to 6.4× with them (SGLang). */
  prefixCache: { low: 1, likely: 2.5, high: 6.4, unit: '× throughput', source: 'srv-effect-ranges' },
  /** API prompt caching: share of the input-token bill saved (cached input is billed at a tenth); low = nothing cached, high = all input. */
  apiCacheSaving: { low: 0, likely: 0.68, high: 0.9, unit: 'share of the input-token bill', source: 'srv-effect-ranges' },
} as const satisfies Record<string, FigureRange>;

/** GPU time of a post-training quantization: GPTQ quantizes even a 175B model in about 4 GPU-hours (an upper bound for smaller models). */
export const QUANTIZE_GPU_HOURS = { value: 4, unit: 'GPU-hours', source: 'opt-gptq' } as const satisfies Figure;

/** Default traffic shape: the benchmark's own mix of 1,000 input and 1,000 output tokens per request. */
export const TOKEN_DEFAULTS = {
  inputTokens: { value: 1000, unit: 'tokens per request', source: 'srv-trtllm-8b' },
  outputTokens: { value: 1000, unit: 'tokens per request', source: 'srv-trtllm-8b' },
} as const satisfies Record<string, Figure>;

/** Everything above, for the source-coverage test. */
export const PAYBACK = { SERVING_THROUGHPUT, API_PRICES, STEP_EFFECTS, QUANTIZE_GPU_HOURS, TOKEN_DEFAULTS } as const;
