/** The timeline and cost estimator for the sequential approach: prepare, train, validate, optimize, refine. */
import { COMPUTE, MEMORY, PHASE_DEFAULTS, WORKLOAD_DEFAULTS } from '../constants/timeline.ts';
import { TIMELINE_MESSAGES } from './messages.ts';
import { fail, ok } from '../result.ts';
import type { CostLabels, Issue, MemoryEstimate, Phase, Range, ResolvedTimelineInput, Result, Timeline, TimelineInput, TimelineTotal } from '../types.ts';
import { memoryOf } from './memory.ts';
import { assumptionsOf, phaseBasis, type GivenFlags } from './explain.ts';
import { GPUS } from './gpus.ts';
import { parseTimelineInput } from './input.ts';
import { PHASES } from './options.ts';
import { computeCore, type PhaseCore } from './phases.ts';
import { add, rangeOf, same, scale, times, ZERO } from './range.ts';
import { sensitivityOf } from './sensitivity.ts';

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

/**
 * Estimates calendar days, GPU-hours and cost for each phase of a project (data preparation,
 * initial training, validation, optimization, refinement, one after another) as low / likely /
 * high figures, with the assumptions behind them and the inputs that move the total most.
 * Only `scenario` (or a `preset`) is required; counts accept "7B", "1.5T", "350M".
 *
 * @example
 * const result = estimateTimeline({ scenario: 'train-from-scratch', modelParams: '7B', gpuType: 'h100-sxm', gpuCount: 8 });
 * if (result.ok) {
 *   result.value.compute.flops;      // 5.88e21 (6 × 7e9 × 140e9 tokens, 20 per parameter)
 *   result.value.total.likely;       // calendar days, all phases
 *   result.value.sensitivity[0];     // e.g. { input: 'gpuCount', label: 'Number of GPUs (half or double)', deltaDays: … }
 * }
 */
export function estimateTimeline(input: unknown): Result<Timeline> {
  const parsed = parseTimelineInput(input);
  if (!parsed.ok) return fail(parsed.errors);
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
    const { basis, sourceIds } = phaseBasis(p.id, core, resolved);
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
      basis,
      sourceIds,
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
  return ok(
    {
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
      assumptions: assumptionsOf(core, resolved, given),
      sensitivity: sensitivityOf(resolved, core),
      memory,
      labels: labelsOf(resolved),
    },
    warnings,
  );
}
