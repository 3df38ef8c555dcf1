/**
 * Training compute from the workload, per method: FLOPs per token × tokens (6·N full training and
 * pretraining with N the active parameters, 4·N LoRA, LoRA × a dequantization slowdown for QLoRA,
 * 2·N_teacher + 6·N_student distillation), or FLOPs given, or a measured throughput, turned into
 * wall-clock days and GPU-hours. GPU-hour defaults remain only where nothing about the workload is known.
 */
import { PHASE_DEFAULTS } from '../constants/hardware.ts';
import { COMPUTE } from '../constants/timeline.ts';
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

/** Dense peak of one accelerator at the run's precision, TFLOP/s. */
export function peakOf(input: ResolvedTimelineInput): number {
  const gpu = GPUS[input.gpuType];
  return input.precision === 'fp8' && gpu.fp8Tflops !== null ? gpu.fp8Tflops : gpu.peakTflops;
}

/** Seconds to do `flops` on the cluster; the low estimate uses the best (highest) MFU. */
export function secondsFor(flops: number, input: ResolvedTimelineInput): Range {
  const perSecond = input.gpuCount * peakOf(input) * TERA;
  return { low: flops / (perSecond * input.mfu.high), likely: flops / (perSecond * input.mfu.likely), high: flops / (perSecond * input.mfu.low) };
}

/** The default GPU-hours of one fine-tune-scale run for the model kind (only when nothing about the workload is known). */
export function defaultRun(input: ResolvedTimelineInput): TrainingCompute {
  const hours = input.modelKind === 'classic' ? PHASE_DEFAULTS.classicGpuHours : PHASE_DEFAULTS.fineTuneGpuHours;
  return fromGpuHours(rangeOf(hours), input.gpuCount);
}

/** Tokens a fine-tune-scale run (fine-tune, distillation, pruning recovery, refinement) trains on, or null when unknown. */
export function fineTuneTokens(input: ResolvedTimelineInput): number | null {
  if (input.datasetTokens !== null) return input.datasetTokens * input.epochs;
  return input.scenario === 'fine-tune' ? input.trainingTokens : null;
}

/** A run of `flopsPerToken` over `tokens` (measured throughput wins when given). */
export function tokenRun(input: ResolvedTimelineInput, method: ComputeMethod, flopsPerToken: number, tokens: number, slowdown: Range = same(1)): TrainingCompute {
  const flops = flopsPerToken * tokens;
  if (input.tokensPerSecond !== null) {
    return fromSeconds('throughput', flops, tokens, same(tokens / (input.tokensPerSecond * input.gpuCount)), input.gpuCount);
  }
  return fromSeconds(method, flops, tokens, times(secondsFor(flops, input), slowdown), input.gpuCount);
}

/** Compute of one training run of the given kind ('train-from-scratch' or 'fine-tune'). */
export function trainingCompute(input: ResolvedTimelineInput, run: 'train-from-scratch' | 'fine-tune'): TrainingCompute {
  if (input.totalFlops !== null) return fromSeconds('total-flops', input.totalFlops, null, secondsFor(input.totalFlops, input), input.gpuCount);
  if (input.modelKind === 'classic') return defaultRun(input);
  if (run === 'train-from-scratch') {
    const tokens = input.trainingTokens ?? input.modelParams * COMPUTE.tokensPerParam.value;
    return tokenRun(input, 'six-n-d', COMPUTE.flopsPerParamToken.value * input.activeParams, tokens);
  }
  const tokens = fineTuneTokens(input);
  if (tokens === null) return defaultRun(input);
  if (input.method === 'full') return tokenRun(input, 'six-n-d', COMPUTE.flopsPerParamToken.value * input.activeParams, tokens);
  const slowdown = input.method === 'qlora' ? rangeOf(COMPUTE.qloraSlowdown) : same(1);
  return tokenRun(input, 'four-n-d', COMPUTE.loraFlopsPerParamToken.value * input.activeParams, tokens, slowdown);
}

/** Distillation: the teacher's forward pass plus the student's training, per token, over the fine-tune tokens. */
export function distillationCompute(input: ResolvedTimelineInput): TrainingCompute | null {
  const tokens = fineTuneTokens(input);
  if (tokens === null || input.modelKind === 'classic') return null;
  const student = input.studentParams ?? input.modelParams * COMPUTE.studentShare.value;
  const perToken = COMPUTE.forwardFlopsPerParamToken.value * input.activeParams + COMPUTE.flopsPerParamToken.value * student;
  return tokenRun(input, 'six-n-d', perToken, tokens);
}

/** Pruning with recovery (and QAT): a full fine-tune over the tokens given. */
export function recoveryCompute(input: ResolvedTimelineInput): TrainingCompute | null {
  const tokens = fineTuneTokens(input);
  if (tokens === null || input.modelKind === 'classic') return null;
  return tokenRun(input, 'six-n-d', COMPUTE.flopsPerParamToken.value * input.activeParams, tokens);
}

/**
 * Post-training quantization (GPTQ/AWQ-style) calibration: about 4 GPU-hours for 175B parameters on
 * an A100, scaled by parameters and by the accelerator's dense peak; the published time is the low
 * figure, the overhead's likely and high multiply it.
 */
export function calibrationGpuHours(input: ResolvedTimelineInput): Range {
  const hours = (COMPUTE.ptqGpuHours.value * input.modelParams * COMPUTE.ptqPeakTflops.value) / (COMPUTE.ptqParams.value * GPUS[input.gpuType].peakTflops);
  return { low: hours, likely: hours * COMPUTE.overhead.likely, high: hours * COMPUTE.overhead.high };
}
