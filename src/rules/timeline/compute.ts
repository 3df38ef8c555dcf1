/**
 * Training compute: 6·N·D FLOPs (or FLOPs given, or a measured throughput) turned into wall-clock
 * days and GPU-hours; GPU-hour defaults where no formula applies.
 */
import { COMPUTE, PHASE_DEFAULTS } from '../constants/timeline.ts';
import type { ComputeMethod, Range, ResolvedTimelineInput } from '../types.ts';
import { GPUS } from './gpus.ts';
import { rangeOf, same, scale, times } from './range.ts';

/** Unit conversions (definitions, not figures). */
export const SECONDS_PER_DAY = 86_400;
export const HOURS_PER_DAY = 24;
const TERA = 1e12;

export interface TrainingCompute {
  method: ComputeMethod;
  flops: number | null;
  tokens: number | null;
  /** Run time before overhead. */
  idealDays: Range;
  /** Run time with overhead (what the calendar sees). */
  runDays: Range;
  gpuHours: Range;
}

/** GPU-hour defaults spread over the GPUs: no overhead, the defaults already describe real runs. */
function fromGpuHours(gpuHours: Range, gpuCount: number): TrainingCompute {
  const days = scale(gpuHours, 1 / (gpuCount * HOURS_PER_DAY));
  return { method: 'default-gpu-hours', flops: null, tokens: null, idealDays: days, runDays: days, gpuHours };
}

/** Ideal seconds → days with overhead and GPU-hours. Low days pair with low overhead. */
function fromSeconds(method: ComputeMethod, flops: number | null, tokens: number | null, idealSeconds: Range, gpuCount: number): TrainingCompute {
  const idealDays = scale(idealSeconds, 1 / SECONDS_PER_DAY);
  const runDays = times(idealDays, rangeOf(COMPUTE.overhead));
  return { method, flops, tokens, idealDays, runDays, gpuHours: scale(runDays, HOURS_PER_DAY * gpuCount) };
}

/** Seconds to do `flops` on the cluster; the low estimate uses the best (highest) MFU. */
function secondsFor(flops: number, input: ResolvedTimelineInput): Range {
  const perSecond = input.gpuCount * GPUS[input.gpuType].peakTflops * TERA;
  return { low: flops / (perSecond * input.mfu.high), likely: flops / (perSecond * input.mfu.likely), high: flops / (perSecond * input.mfu.low) };
}

/** The default GPU-hours of one fine-tune-scale run for the model kind. */
export function defaultRun(input: ResolvedTimelineInput): TrainingCompute {
  const hours = input.modelKind === 'classic' ? PHASE_DEFAULTS.classicGpuHours : PHASE_DEFAULTS.fineTuneGpuHours;
  return fromGpuHours(rangeOf(hours), input.gpuCount);
}

/** Compute of one training run of the given kind ('train-from-scratch' or 'fine-tune'). */
export function trainingCompute(input: ResolvedTimelineInput, run: 'train-from-scratch' | 'fine-tune'): TrainingCompute {
  if (input.totalFlops !== null) return fromSeconds('total-flops', input.totalFlops, null, secondsFor(input.totalFlops, input), input.gpuCount);
  if (input.modelKind === 'classic') return defaultRun(input);
  const tokens = input.trainingTokens ?? (run === 'train-from-scratch' ? input.modelParams * COMPUTE.tokensPerParam.value : null);
  if (tokens === null) return defaultRun(input);
  const flops = COMPUTE.flopsPerParamToken.value * input.modelParams * tokens;
  if (input.tokensPerSecond !== null) {
    return fromSeconds('throughput', flops, tokens, same(tokens / (input.tokensPerSecond * input.gpuCount)), input.gpuCount);
  }
  return fromSeconds('six-n-d', flops, tokens, secondsFor(flops, input), input.gpuCount);
}
