/** The payback calculator's vocabularies: workloads, serving modes, API models and candidate steps. */
import type { SourceId } from '../types.ts';
import type { ApiModelId, PaybackField, PaybackStepId, PaybackStepInfo, PaybackWorkload, ServingMode } from './types.ts';

export const WORKLOAD_IDS = ['llm', 'predictions'] as const satisfies readonly PaybackWorkload[];
export const SERVING_MODE_IDS = ['self-hosted', 'api'] as const satisfies readonly ServingMode[];
export const API_MODEL_IDS = ['gpt-4o-mini', 'claude-haiku-3.5', 'claude-sonnet-4', 'gemini-2.5-flash'] as const satisfies readonly ApiModelId[];
export const STEP_IDS = [
  'quantize-8bit',
  'quantize-4bit',
  'distill',
  'serving-engine',
  'speculative-decoding',
  'caching',
  'retrain',
  'switch-serving',
] as const satisfies readonly PaybackStepId[];

/** Most steps compared at once. */
export const MAX_STEPS = 8;

/** Input fields in the order forms and links show them. */
export const PAYBACK_FIELDS = [
  'preset',
  'workload',
  'requestsPerDay',
  'inputTokens',
  'outputTokens',
  'predictionsPerDay',
  'serving',
  'gpuType',
  'gpuCount',
  'throughputPerGpu',
  'utilization',
  'pricePerGpuHour',
  'apiModel',
  'priceInputPer1M',
  'priceOutputPer1M',
  'pricePer1kPredictions',
  'steps',
  'oneOffCosts',
] as const satisfies readonly PaybackField[];

export const WORKLOADS: Readonly<Record<PaybackWorkload, { id: PaybackWorkload; label: string }>> = {
  llm: { id: 'llm', label: 'Language model (tokens)' },
  predictions: { id: 'predictions', label: 'Other model (predictions)' },
};

export const SERVING_MODES: Readonly<Record<ServingMode, { id: ServingMode; label: string }>> = {
  'self-hosted': { id: 'self-hosted', label: 'Self-hosted on GPUs' },
  api: { id: 'api', label: 'A hosted API' },
};

export const API_MODELS: Readonly<Record<ApiModelId, { id: ApiModelId; label: string; provider: string; source: SourceId }>> = {
  'gpt-4o-mini': { id: 'gpt-4o-mini', label: 'GPT-4o mini', provider: 'OpenAI', source: 'api-openai' },
  'claude-haiku-3.5': { id: 'claude-haiku-3.5', label: 'Claude Haiku 3.5', provider: 'Anthropic', source: 'api-anthropic' },
  'claude-sonnet-4': { id: 'claude-sonnet-4', label: 'Claude Sonnet 4', provider: 'Anthropic', source: 'api-anthropic' },
  'gemini-2.5-flash': { id: 'gemini-2.5-flash', label: 'Gemini 2.5 Flash', provider: 'Google', source: 'api-google' },
};

/** Each step: what it does, what it risks, and the rows behind its effect. */
export const STEPS: Readonly<Record<PaybackStepId, PaybackStepInfo>> = {
  'quantize-8bit': {
    id: 'quantize-8bit',
    label: 'Quantize to 8 bit (FP8 or INT8)',
    summary: 'Store weights (and often activations) in 8 bits: half the memory, and up to 1.6× the throughput on GPUs with FP8 support.',
    accuracyRisk: 'Low: an FP8 Llama 3 8B kept about 99% of its benchmark scores, but check your own evaluation set (maths dropped most).',
    sourceIds: ['srv-fp8-vllm', 'opt-int8', 'srv-fp8-recovery', 'opt-quant-caveat', 'srv-effect-ranges'],
  },
  'quantize-4bit': {
    id: 'quantize-4bit',
    label: 'Quantize to 4 bit (AWQ or GPTQ)',
    summary: 'Store weights in 4 bits. Faster when memory is the limit and the kernel is good; slower with a poor kernel.',
    accuracyRisk: 'Moderate: small losses on average, larger on reasoning and long outputs. Evaluate before switching.',
    sourceIds: ['opt-awq', 'opt-gptq', 'opt-quant-caveat', 'srv-effect-ranges'],
  },
  distill: {
    id: 'distill',
    label: 'Distill into a smaller model',
    summary: 'Train a smaller student on the large model’s outputs; each GPU then serves more.',
    accuracyRisk: 'Real: DistilBERT kept 97% of BERT’s language understanding. A student is a new model: it needs the full validation again.',
    sourceIds: ['opt-distil', 'srv-trtllm-8b', 'srv-effect-ranges'],
  },
  'serving-engine': {
    id: 'serving-engine',
    label: 'Serving engine with continuous batching',
    summary: 'Replace a plain server with one that batches requests continuously and pages its attention cache (vLLM, SGLang, TensorRT-LLM).',
    accuracyRisk: 'None by design: the same model and weights. Check that sampling settings carry over.',
    sourceIds: ['opt-vllm', 'srv-effect-ranges'],
  },
  'speculative-decoding': {
    id: 'speculative-decoding',
    label: 'Speculative decoding',
    summary: 'A small draft model proposes tokens that the served model checks in one pass. Mostly a latency gain; at full load it shrinks.',
    accuracyRisk: 'None: the outputs follow the served model’s distribution exactly.',
    sourceIds: ['srv-leviathan', 'srv-chen', 'srv-eagle', 'srv-effect-ranges'],
  },
  caching: {
    id: 'caching',
    label: 'Caching (shared prefixes or prompts)',
    summary: 'Reuse the work on repeated prompt prefixes; on an API, pay the cached-input price for them.',
    accuracyRisk: 'None for prefix caching. A cache of whole responses can serve stale answers.',
    sourceIds: ['srv-sglang', 'api-anthropic', 'srv-effect-ranges'],
  },
  retrain: {
    id: 'retrain',
    label: 'Retrain the model',
    summary: 'A new training run on new or better data. It changes accuracy, not the serving bill, unless the new model is smaller: enter its speed-up.',
    accuracyRisk: 'The point of the step: accuracy should rise, but a retrained model needs the full validation again.',
    sourceIds: [],
  },
  'switch-serving': {
    id: 'switch-serving',
    label: 'Switch between self-hosting and an API',
    summary: 'Move from your own GPUs to a hosted API, or from an API to your own GPUs.',
    accuracyRisk: 'A different model: quality can move either way. Compare them on your evaluation set first.',
    sourceIds: ['api-openai', 'api-anthropic', 'api-google', 'srv-trtllm-8b'],
  },
};
