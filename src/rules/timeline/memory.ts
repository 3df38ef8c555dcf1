/**
 * GPU memory per GPU for training or serving a transformer: weights, gradients and optimizer state
 * (sharded across the GPUs, ZeRO-3 / FSDP style), activations (with full activation checkpointing,
 * kept per GPU) and the KV cache (split across the GPUs with the heads). 1 GB = 10^9 bytes.
 */
import { MEMORY } from '../constants/timeline.ts';
import { MESSAGES } from '../messages.ts';
import { fail, ok } from '../result.ts';
import type { Issue, MemoryEstimate, MemoryField, MemoryInput, MemoryMethod, Precision, Result, SourceId } from '../types.ts';
import { checkChoice, checkNumber, type Check } from '../validate/fields.ts';
import { TIMELINE_LIMITS } from '../validate/limits.ts';
import { checkFields, viewRecord } from '../validate/record.ts';
import { GPU_IDS, GPUS } from './gpus.ts';
import { MEMORY_METHODS, PRECISIONS } from './ids.ts';
import { TIMELINE_FIELD_LABELS as L } from './field-labels.ts';

const GB = 1e9;

/** Layers and hidden size of a dense transformer with `params` parameters: 12·L·h² with h = 128·L. */
export function shapeOf(params: number): { layers: number; hidden: number } {
  const perLayer3 = MEMORY.paramsPerLayerHidden2.value * MEMORY.hiddenPerLayer.value ** 2;
  const layers = Math.max(1, Math.round(Math.cbrt(params / perLayer3)));
  return { layers, hidden: Math.max(1, Math.round(Math.sqrt(params / (MEMORY.paramsPerLayerHidden2.value * layers)))) };
}

/** Resolved inputs of a memory estimate. */
export interface MemoryPlan {
  modelParams: number;
  method: MemoryMethod;
  gpuType: (typeof GPU_IDS)[number];
  gpuCount: number;
  precision: Precision;
  sequenceLength: number;
  batchSize: number;
}

/** Bytes per parameter of the stored weights. */
function weightBytes(plan: MemoryPlan): number {
  if (plan.method === 'qlora') return MEMORY.weightBytes4.value;
  if (plan.method === 'inference' && plan.precision === 'fp8') return MEMORY.weightBytes8.value;
  return MEMORY.weightBytes16.value;
}

const SOURCES: Readonly<Record<MemoryMethod, SourceId[]>> = {
  full: ['mem-adam', 'mem-activations', 'mem-shape'],
  lora: ['mem-adam', 'mem-activations', 'mem-shape'],
  qlora: ['mem-qlora', 'mem-activations', 'mem-shape'],
  inference: ['mem-infer', 'mem-shape'],
};

/** The estimate for resolved inputs (no validation: callers pass checked values). */
export function memoryOf(plan: MemoryPlan): MemoryEstimate {
  const shape = shapeOf(plan.modelParams);
  const n = plan.modelParams;
  const tokens = plan.sequenceLength * plan.batchSize;
  const full = plan.method === 'full';
  const training = plan.method !== 'inference';
  // Sharded across the GPUs: weights, gradients, optimizer state and (in serving) the KV cache.
  const weights = (n * weightBytes(plan)) / GB;
  const gradients = full ? (n * MEMORY.gradientBytes.value) / GB : 0;
  const optimizer = full ? (n * MEMORY.optimizerBytes.value) / GB : 0;
  const kvCache = training ? 0 : (MEMORY.kvTensors.value * shape.layers * shape.hidden * weightBytes(plan) * tokens) / GB;
  // Kept on every GPU: checkpointed layer inputs plus one layer being recomputed.
  const activations = training ? (tokens * shape.hidden * (MEMORY.checkpointBytes.value * shape.layers + MEMORY.layerBytes.value)) / GB : 0;
  const sharded = weights + gradients + optimizer + kvCache;
  const availableGB = GPUS[plan.gpuType].memoryGb;
  const perGpuGB = sharded / plan.gpuCount + activations;
  const room = availableGB - activations;
  const minGpus = room > 0 ? Math.max(1, Math.ceil(sharded / room)) : null;
  return {
    method: plan.method,
    perGpuGB,
    availableGB,
    fits: perGpuGB <= availableGB,
    minGpus,
    breakdown: {
      weights: weights / plan.gpuCount,
      gradients: gradients / plan.gpuCount,
      optimizer: optimizer / plan.gpuCount,
      activations,
      kvCache: kvCache / plan.gpuCount,
    },
    shape,
    sourceIds: [...SOURCES[plan.method], GPUS[plan.gpuType].source],
  };
}

type Checker = (raw: unknown) => Check<unknown>;

const CHECKS: Readonly<Record<MemoryField, Checker>> = {
  modelParams: (raw) => checkNumber(L.modelParams, raw, TIMELINE_LIMITS.modelParams, { suffixes: true }),
  activeParams: (raw) => checkNumber(L.activeParams, raw, TIMELINE_LIMITS.activeParams, { suffixes: true }),
  method: (raw) => checkChoice(L.method, raw, MEMORY_METHODS),
  gpuType: (raw) => checkChoice(L.gpuType, raw, GPU_IDS),
  gpuCount: (raw) => checkNumber(L.gpuCount, raw, TIMELINE_LIMITS.gpuCount),
  precision: (raw) => checkChoice(L.precision, raw, PRECISIONS),
  sequenceLength: (raw) => checkNumber(L.sequenceLength, raw, TIMELINE_LIMITS.sequenceLength, { suffixes: true }),
  batchSize: (raw) => checkNumber(L.batchSize, raw, TIMELINE_LIMITS.batchSize),
};

const FIELDS = Object.keys(CHECKS) as MemoryField[];

/**
 * GPU memory one GPU needs for a training method or for serving, whether it fits the chosen GPUs,
 * and the fewest GPUs of that type that would hold it. Full training keeps 16 bytes a parameter
 * (mixed-precision Adam) sharded across the GPUs; LoRA keeps frozen 16-bit weights; QLoRA 4-bit
 * weights; serving keeps the weights at the chosen precision plus the KV cache. Activations assume
 * full activation checkpointing. Figures are GB (10^9 bytes) per GPU.
 *
 * @example
 * const result = estimateMemory({ modelParams: '70B', method: 'full', gpuType: 'h100-sxm', gpuCount: 8 });
 * if (result.ok) {
 *   result.value.breakdown.optimizer; // 105 (12 bytes × 70e9 ÷ 8 GPUs ÷ 1e9)
 *   result.value.fits;                // false: 140 GB of the 80 GB per GPU
 *   result.value.minGpus;             // 15
 * }
 */
export function estimateMemory(input: unknown): Result<MemoryEstimate> {
  const view = viewRecord(input);
  if (view.kind === 'invalid') return fail([{ field: 'input', code: 'not-an-object', message: MESSAGES.notAnObject('The memory inputs') }]);
  const given: Partial<Record<MemoryField, unknown>> = {};
  const errors: Issue[] = [];
  if (view.kind === 'record') {
    checkFields(
      view.value,
      FIELDS,
      (field, raw) => CHECKS[field](raw),
      (field) => MESSAGES.unreadable(L[field]),
      given,
      errors,
    );
  }
  if (given.modelParams === undefined && !errors.some((e) => e.field === 'modelParams')) {
    errors.push({ field: 'modelParams', code: 'required', message: MESSAGES.requiredNumber(L.modelParams, TIMELINE_LIMITS.modelParams.example) });
  }
  if (errors.length > 0) return fail(errors);
  const value = given as Partial<MemoryInput> & { modelParams: number };
  return ok(
    memoryOf({
      modelParams: value.modelParams,
      method: value.method ?? 'full',
      gpuType: value.gpuType ?? 'h100-sxm',
      gpuCount: value.gpuCount ?? 1,
      precision: value.precision ?? 'bf16',
      sequenceLength: value.sequenceLength ?? MEMORY.sequenceLength.value,
      batchSize: value.batchSize ?? MEMORY.batchSize.value,
    }),
    [],
  );
}
