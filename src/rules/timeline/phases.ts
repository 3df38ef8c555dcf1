/**
 * The five phases as numbers only (days and GPU-hours), run one after another. Kept free of text so
 * the sensitivity analysis can rerun it cheaply.
 */
import { PHASE_DEFAULTS } from '../constants/hardware.ts';
import { RETRAINS } from '../decision/technique-labels.ts';
import type { DataReadiness, PhaseId, Range, ResolvedTimelineInput } from '../types.ts';
import {
  calibrationGpuHours,
  defaultRun,
  distillationCompute,
  fineTuneTokens,
  HOURS_PER_DAY,
  recoveryCompute,
  trainingCompute,
  type TrainingCompute,
} from './compute.ts';
import { add, larger, rangeOf, same, scale, times, ZERO } from './range.ts';

export interface PhaseCore {
  id: PhaseId;
  days: Range;
  gpuHours: Range;
  skipped: boolean;
}

export interface Core {
  /** The initial training run (null when the scenario has none). */
  training: TrainingCompute | null;
  /** The run each retraining technique and refinement cycle is measured against. */
  retrainRun: TrainingCompute | null;
  refineRun: TrainingCompute;
  phases: PhaseCore[];
  totalDays: Range;
}

type Level = 'low' | 'likely' | 'high';

/**
 * Which part of the data-preparation range each readiness level takes: ready data needs none,
 * data to collect sits at the top. The range itself is def-dataprep.
 */
const READINESS_WINDOW: Readonly<Record<DataReadiness, readonly [Level, Level, Level] | null>> = {
  ready: null,
  'needs-cleaning': ['low', 'low', 'likely'],
  'needs-labeling': ['low', 'likely', 'high'],
  'needs-collection': ['likely', 'high', 'high'],
};

function dataPreparation(readiness: DataReadiness): PhaseCore {
  const window = READINESS_WINDOW[readiness];
  if (window === null) return { id: 'data-preparation', days: ZERO, gpuHours: ZERO, skipped: true };
  const range = PHASE_DEFAULTS.dataPreparationDays;
  return { id: 'data-preparation', days: { low: range[window[0]], likely: range[window[1]], high: range[window[2]] }, gpuHours: ZERO, skipped: false };
}

function phase(id: PhaseId, days: Range, gpuHours: Range): PhaseCore {
  return { id, days, gpuHours, skipped: days.high === 0 };
}

/**
 * The total of phases whose uncertainties are independent: likely values add up, and the distances
 * to the low and high ends add in quadrature (root-sum-square) instead of assuming every phase goes
 * best, or worst, at once.
 */
export function combine(ranges: readonly Range[]): Range {
  let likely = 0;
  let below = 0;
  let above = 0;
  for (const r of ranges) {
    likely += r.likely;
    below += (r.likely - r.low) ** 2;
    above += (r.high - r.likely) ** 2;
  }
  return { low: Math.max(0, likely - Math.sqrt(below)), likely, high: likely + Math.sqrt(above) };
}

/**
 * The product of two independent uncertain quantities: likely values multiply, and the relative
 * distances to each end add in quadrature (exact when either factor is a single value).
 */
export function product(a: Range, b: Range): Range {
  if (a.low === a.high) return scale(b, a.likely);
  const likely = a.likely * b.likely;
  if (likely === 0) return times(a, b);
  const down = Math.hypot(1 - a.low / a.likely, 1 - b.low / b.likely);
  const up = Math.hypot(a.high / a.likely - 1, b.high / b.likely - 1);
  return { low: likely * Math.max(0, 1 - down), likely, high: likely * (1 + up) };
}

/** GPU-hours and days of each chosen technique that needs compute. */
function techniqueRuns(input: ResolvedTimelineInput, training: TrainingCompute | null): { days: Range; gpuHours: Range; retrainRun: TrainingCompute | null } {
  let days = ZERO;
  let gpuHours = ZERO;
  let retrainRun: TrainingCompute | null = null;
  const factor = rangeOf(PHASE_DEFAULTS.retrainOptimizationFactor);
  const fallback = (): TrainingCompute => training ?? trainingCompute(input, 'fine-tune');
  for (const id of input.techniques) {
    if (id === 'quantization' && input.modelKind === 'llm') {
      const hours = calibrationGpuHours(input);
      gpuHours = add(gpuHours, hours);
      days = add(days, scale(hours, 1 / (HOURS_PER_DAY * input.gpuCount)));
      continue;
    }
    if (!RETRAINS[id]) continue;
    const run = id === 'distillation' ? distillationCompute(input) : id === 'pruning' ? recoveryCompute(input) : null;
    if (run) {
      days = add(days, run.runDays);
      gpuHours = add(gpuHours, run.gpuHours);
      continue;
    }
    retrainRun = fallback();
    days = add(days, times(factor, retrainRun.runDays));
    gpuHours = add(gpuHours, times(factor, retrainRun.gpuHours));
  }
  return { days, gpuHours, retrainRun };
}

/** Days and GPU-hours of every phase for one set of resolved inputs. */
export function computeCore(input: ResolvedTimelineInput): Core {
  const training = input.scenario === 'optimize-existing' ? null : trainingCompute(input, input.scenario);
  const validationDays = rangeOf(PHASE_DEFAULTS.validationDays);

  const initial = training
    ? phase('initial-training', larger(rangeOf(PHASE_DEFAULTS.trainingCalendarDays), training.runDays), training.gpuHours)
    : phase('initial-training', ZERO, ZERO);

  const light = input.techniques.some((id) => !RETRAINS[id]);
  const runs = techniqueRuns(input, training);
  const optimization = phase('optimization', add(light ? rangeOf(PHASE_DEFAULTS.lightOptimizationDays) : ZERO, runs.days), runs.gpuHours);

  const refineRun = input.scenario === 'fine-tune' || fineTuneTokens(input) !== null ? trainingCompute({ ...input, scenario: 'fine-tune' }, 'fine-tune') : defaultRun(input);
  const cycles = input.refinementCycles;
  // Each cycle retrains once and validates once at the likely validation time; the number of cycles
  // and the length of a cycle are independent, so their relative spreads combine in quadrature.
  const perCycle = add(refineRun.runDays, same(validationDays.likely));
  const refinement = phase('refinement', product(cycles, perCycle), product(cycles, refineRun.gpuHours));

  const phases = [dataPreparation(input.dataReadiness), initial, phase('validation', validationDays, ZERO), optimization, refinement];
  const totalDays = combine(phases.map((p) => p.days));
  return { training, retrainRun: runs.retrainRun, refineRun, phases, totalDays };
}
