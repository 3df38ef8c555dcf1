/**
 * Example workloads that fill the payback calculator. Traffic, token counts and utilization are
 * example settings of a made-up service (change them to yours); throughput, prices and GPU-hours
 * come from sourced constants. One-off costs count GPU time only: add your team's days.
 */
import { QUANTIZE_GPU_HOURS } from '../constants/payback.ts';
import { PHASE_DEFAULTS, PRICES } from '../constants/hardware.ts';
import { rangeOf, same, times } from '../timeline/range.ts';
import type { PaybackPresetId, PaybackPresetInfo } from './types.ts';

export const PAYBACK_PRESET_IDS = ['chat-8b-l40s', 'api-support-bot', 'image-classifier'] as const satisfies readonly PaybackPresetId[];

/** A GPTQ-style post-training quantization: about 4 GPU-hours even for a 175B model, so an upper bound for smaller ones. */
const QUANTIZE_HOURS = same(QUANTIZE_GPU_HOURS.value);

/** Distillation is a training run: the estimator's fine-tune GPU-hours × its retraining factor (as its optimization phase plans it). */
const DISTILL_HOURS = times(rangeOf(PHASE_DEFAULTS.fineTuneGpuHours), rangeOf(PHASE_DEFAULTS.retrainOptimizationFactor));

export const PAYBACK_PRESETS: Readonly<Record<PaybackPresetId, PaybackPresetInfo>> = {
  'chat-8b-l40s': {
    id: 'chat-8b-l40s',
    label: 'Chat assistant: 1M requests a day, 8B model on 2 × L40S',
    summary:
      'An 8B open model, already in FP8 on a batching engine, answers a million chat requests a day (500 tokens in, 300 out) on two L40S GPUs at 60% of full-load throughput. Compare distillation, speculative decoding, prefix caching and moving to an API.',
    inputs: {
      workload: 'llm',
      requestsPerDay: 1_000_000,
      inputTokens: 500,
      outputTokens: 300,
      serving: 'self-hosted',
      gpuType: 'l40s',
      gpuCount: 2,
      utilization: 0.6,
      apiModel: 'gpt-4o-mini',
      steps: [
        { id: 'distill', plan: { gpuHours: DISTILL_HOURS, pricePerGpuHour: rangeOf(PRICES.h100) } },
        { id: 'speculative-decoding', oneOffCost: 0 },
        { id: 'caching', oneOffCost: 0 },
        { id: 'switch-serving', oneOffCost: 0 },
      ],
    },
    sourceIds: ['srv-l40s-estimate', 'def-price-l40s', 'def-train-ft', 'def-opt-retrain', 'def-price-h100', 'srv-effect-ranges', 'api-openai'],
  },
  'api-support-bot': {
    id: 'api-support-bot',
    label: 'Support bot on an API: Claude Haiku 3.5 at $0.80 / $4 per 1M tokens',
    summary:
      'A support bot sends 20,000 requests a day (1,500 tokens of instructions and context in, 250 out) to a hosted API. Compare prompt caching with fine-tuning an open 8B model to run on one L40S of your own.',
    inputs: {
      workload: 'llm',
      requestsPerDay: 20_000,
      inputTokens: 1500,
      outputTokens: 250,
      serving: 'api',
      apiModel: 'claude-haiku-3.5',
      gpuType: 'l40s',
      utilization: 0.6,
      steps: [
        { id: 'caching', oneOffCost: 0 },
        { id: 'switch-serving', plan: { gpuHours: rangeOf(PHASE_DEFAULTS.fineTuneGpuHours), pricePerGpuHour: rangeOf(PRICES.h100) } },
        { id: 'distill', plan: { gpuHours: DISTILL_HOURS, pricePerGpuHour: rangeOf(PRICES.h100) } },
      ],
    },
    sourceIds: ['api-anthropic', 'srv-l40s-estimate', 'def-price-l40s', 'def-train-ft', 'def-opt-retrain', 'def-price-h100'],
  },
  'image-classifier': {
    id: 'image-classifier',
    label: 'Image classifier at 50 requests a second on one T4',
    summary:
      'A classifier answers 50 requests a second (4.32 million a day) on one T4. Compare 8-bit quantization with a retrain: one GPU is the floor, so speed-ups alone save nothing.',
    inputs: {
      workload: 'predictions',
      predictionsPerDay: 50 * 86_400,
      serving: 'self-hosted',
      gpuType: 't4',
      gpuCount: 1,
      steps: [
        { id: 'quantize-8bit', plan: { gpuHours: QUANTIZE_HOURS, pricePerGpuHour: rangeOf(PRICES.l4t4) } },
        { id: 'retrain', plan: { gpuHours: rangeOf(PHASE_DEFAULTS.classicGpuHours), pricePerGpuHour: rangeOf(PRICES.l4t4) } },
      ],
    },
    sourceIds: ['def-price-l4-t4', 'opt-gptq', 'srv-effect-ranges', 'def-train-classic'],
  },
};
