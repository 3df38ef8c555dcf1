/**
 * The estimate's figures alone: calendar days, GPU-hours and cost per phase, the total, memory and
 * warnings, without the sentences that explain them (estimate.ts adds those). Kept apart so an
 * island can show the figures without loading the explanations (explain.ts, sensitivity.ts).
 */
import { PHASE_DEFAULTS } from '../constants/hardware.ts';
import { COMPUTE, MEMORY, WORKLOAD_DEFAULTS } from '../constants/timeline.ts';
import { TIMELINE_MESSAGES } from './messages.ts';
import { fail, ok } from '../result.ts';
import type { CostLabels, Issue, MemoryEstimate, Phase, Range, ResolvedTimelineInput, Result, Timeline, TimelineInput, TimelineTotal } from '../types.ts';
import { memoryOf } from './memory.ts';
import { GPUS } from './gpus.ts';
import { parseTimelineInput } from './input.ts';
import { PHASES } from './options.ts';
import { computeCore, type Core, type PhaseCore } from './phases.ts';
import { add, rangeOf, same, scale, times, ZERO } from './range.ts';

/** Which inputs the reader gave (the others are defaults): the explanations say so. */
export interface GivenFlags {
  trainingTokens: boolean;
  mfu: boolean;
  price: boolean;
}

/** Fills every default and collects the warnings that go with them. */
function resolve(input: TimelineInput, warnings: Issue[]): ResolvedTimelineInput {
  const gpuType = input.gpuType ?? 'h100-sxm';
  const modelKind = input.modelKind ?? 'llm';
  const trainingTokens = input.trainingTokens ?? null;
  const tokensPerSecond = input.tokensPerSecond ?? null;
  const totalFlops = input.totalFlops ?? null;
  if (modelKind === 'classic' && totalFlops === null) {
    if (trainingTokens !== null) warnings.push({ field: 'trainingTokens', code: 'ignored-input', message: TIMELINE_MESSAGES.ignoredForKind('trainingTokens') });
    if (tokensPerSecond !== null) warnings.push({ field: 'tokensPerSecond', code: 'ignored-input', message: TIMELINE_MESSAGES.ignoredForKind('tokensPerSecond') });
  } else if (modelKind === 'llm' && input.scenario !== 'train-from-scratch' && tokensPerSecond !== null && trainingTokens === null && totalFlops === null && input.datasetTokens === undefined) {
    warnings.push({ field: 'tokensPerSecond', code: 'ignored-input', message: TIMELINE_MESSAGES.throughputNeedsTokens() });
  }
  const gpu = GPUS[gpuType];
  let precision = input.precision ?? 'bf16';
  if (precision === 'fp8' && gpu.fp8Tflops === null) {
    warnings.push({ field: 'precision', code: 'ignored-input', message: TIMELINE_MESSAGES.noFp8(gpu.label) });
    precision = 'bf16';
  }
  const scenario = input.scenario;
  const familyMfu = precision === 'fp8' ? gpu.mfu.fp8! : gpu.mfu.bf16;
  const defaultMfu = scenario === 'train-from-scratch' || precision === 'fp8' ? familyMfu : rangeOf(COMPUTE.fineTuneMfu);
  const modelParams = input.modelParams ?? WORKLOAD_DEFAULTS.modelParams.value;
  const datasetTokens = input.datasetTokens ?? null;
  if (scenario === 'fine-tune' && modelKind === 'llm' && datasetTokens === null && trainingTokens === null && totalFlops === null) {
    warnings.push({ field: 'datasetTokens', code: 'required', message: TIMELINE_MESSAGES.fallbackCompute() });
  }
  return {
    scenario: input.scenario,
    preset: input.preset ?? null,
    modelKind,
    modelParams,
    trainingTokens,
    totalFlops,
    tokensPerSecond,
    gpuType,
    gpuCount: input.gpuCount ?? WORKLOAD_DEFAULTS.gpuCount.value,
    mfu: input.mfu === undefined ? defaultMfu : same(input.mfu),
    pricePerGpuHour: input.pricePerGpuHour === undefined ? gpu.price : same(input.pricePerGpuHour),
    dataReadiness: input.dataReadiness ?? (input.scenario === 'optimize-existing' ? 'ready' : 'needs-cleaning'),
    techniques: input.techniques ? [...input.techniques] : ['quantization'],
    refinementCycles: input.refinementCycles === undefined ? rangeOf(PHASE_DEFAULTS.refinementCycles) : same(input.refinementCycles),
    dayRate: input.dayRate ?? null,
    method: input.method ?? (scenario === 'train-from-scratch' ? 'full' : 'lora'),
    datasetTokens,
    epochs: input.epochs ?? 1,
    activeParams: Math.min(input.activeParams ?? modelParams, modelParams),
    studentParams: input.studentParams ?? null,
    precision,
  };
}

/** The memory plan of the run the estimate is about: the training run, or serving when nothing is trained. */
function memoryPlanOf(input: ResolvedTimelineInput): MemoryEstimate | null {
  if (input.modelKind === 'classic') return null;
  const method = input.scenario === 'optimize-existing' ? 'inference' : input.scenario === 'train-from-scratch' ? 'full' : input.method;
  return memoryOf({
    modelParams: input.modelParams,
    method,
    gpuType: input.gpuType,
    gpuCount: input.gpuCount,
    precision: input.precision,
    sequenceLength: MEMORY.sequenceLength.value,
    batchSize: MEMORY.batchSize.value,
  });
}

/** Headings and a sentence that say what the cost covers. */
function labelsOf(input: ResolvedTimelineInput): CostLabels {
  if (input.dayRate === null) {
    return {
      gpuCost: 'GPU compute cost (GPU time only)',
      teamCost: null,
      note: 'GPU time only: it leaves out the team’s time, data work and serving. Enter a team day rate to add people cost.',
    };
  }
  return {
    gpuCost: 'GPU compute cost',
    teamCost: 'Team cost (calendar days × your day rate)',
    note: 'Total cost is GPU compute plus the team’s calendar days at your day rate; serving and data purchases are not included.',
  };
}

/** GPU cost plus people cost (people only with a day rate). */
function costOf(days: Range, gpuHours: Range, input: ResolvedTimelineInput): Range {
  return add(times(gpuHours, input.pricePerGpuHour), scale(days, input.dayRate ?? 0));
}

/** The figures with what estimate.ts needs to explain them. */
export type Figures = { ok: false; errors: Issue[] } | { ok: true; value: Timeline; warnings: Issue[]; core: Core; resolved: ResolvedTimelineInput; given: GivenFlags };

/** Computes every figure; phases carry no basis yet, and assumptions and sensitivity are empty. */
export function figuresOf(input: unknown): Figures {
  const parsed = parseTimelineInput(input);
  if (!parsed.ok) return parsed;
  const warnings: Issue[] = [];
  const resolved = resolve(parsed.value, warnings);
  const core = computeCore(resolved);
  const given: GivenFlags = {
    trainingTokens: resolved.trainingTokens !== null,
    mfu: parsed.value.mfu !== undefined,
    price: parsed.value.pricePerGpuHour !== undefined,
  };

  let start = ZERO;
  const phases: Phase[] = core.phases.map((p: PhaseCore) => {
    const phase: Phase = {
      id: p.id,
      label: PHASES[p.id].label,
      low: p.days.low,
      likely: p.days.likely,
      high: p.days.high,
      start,
      gpuHours: p.gpuHours,
      cost: costOf(p.days, p.gpuHours, resolved),
      skipped: p.skipped,
      basis: '',
      sourceIds: [],
    };
    start = add(start, p.days);
    return phase;
  });

  const gpuHours = phases.reduce((sum, p) => add(sum, p.gpuHours), ZERO);
  const gpuCost = times(gpuHours, resolved.pricePerGpuHour);
  const teamCost = resolved.dayRate === null ? null : scale(core.totalDays, resolved.dayRate);
  const total: TimelineTotal = {
    ...core.totalDays,
    gpuHours,
    cost: add(gpuCost, teamCost ?? ZERO),
    gpuCost,
    teamCost,
  };
  const memory = memoryPlanOf(resolved);
  if (memory && !memory.fits) {
    warnings.push({
      field: 'gpuCount',
      code: 'does-not-fit',
      message: TIMELINE_MESSAGES.doesNotFit(GPUS[resolved.gpuType].label, memory.perGpuGB, memory.availableGB, memory.minGpus),
    });
  }

  const training = core.training;
  const value: Timeline = {
    scenario: resolved.scenario,
    phases,
    total,
    compute: {
      method: training ? training.method : 'none',
      flops: training ? training.flops : null,
      tokens: training ? training.tokens : null,
      idealDays: training ? training.idealDays : ZERO,
    },
    inputs: resolved,
    assumptions: [],
    sensitivity: [],
    memory,
    labels: labelsOf(resolved),
  };
  return { ok: true, value, warnings, core, resolved, given };
}

/**
 * The estimate's figures without their explanations: the same phases, totals, memory and warnings
 * as estimateTimeline(), but every phase's `basis` is '' with no `sourceIds`, and `assumptions` and
 * `sensitivity` are empty. For a view that shows the explanations later (or never).
 *
 * @example
 * const r = estimateTimelineFigures({ preset: 'pretrain-7b' });
 * if (r.ok) r.value.total.likely; // the same as estimateTimeline({ preset: 'pretrain-7b' })
 */
export function estimateTimelineFigures(input: unknown): Result<Timeline> {
  const f = figuresOf(input);
  return f.ok ? ok(f.value, f.warnings) : fail(f.errors);
}
