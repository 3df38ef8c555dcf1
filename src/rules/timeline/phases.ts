/**
 * The five phases as numbers only (days and GPU-hours), run one after another. Kept free of text so
 * the sensitivity analysis can rerun it cheaply.
 */
import { PHASE_DEFAULTS } from '../constants/timeline.ts';
import { TECHNIQUES } from '../decision/techniques.ts';
import type { DataReadiness, PhaseId, Range, ResolvedTimelineInput } from '../types.ts';
import { defaultRun, trainingCompute, type TrainingCompute } from './compute.ts';
import { add, larger, rangeOf, scale, times, ZERO } from './range.ts';

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

/** Days and GPU-hours of every phase for one set of resolved inputs. */
export function computeCore(input: ResolvedTimelineInput): Core {
  const training = input.scenario === 'optimize-existing' ? null : trainingCompute(input, input.scenario);
  const validationDays = rangeOf(PHASE_DEFAULTS.validationDays);

  const initial = training
    ? phase('initial-training', larger(rangeOf(PHASE_DEFAULTS.trainingCalendarDays), training.runDays), training.gpuHours)
    : phase('initial-training', ZERO, ZERO);

  const light = input.techniques.some((id) => !TECHNIQUES[id].needsRetraining);
  const retrains = input.techniques.filter((id) => TECHNIQUES[id].needsRetraining).length;
  const retrainRun = retrains === 0 ? null : (training ?? trainingCompute(input, 'fine-tune'));
  const factor = rangeOf(PHASE_DEFAULTS.retrainOptimizationFactor);
  const retrainDays = retrainRun ? scale(times(factor, retrainRun.runDays), retrains) : ZERO;
  const retrainHours = retrainRun ? scale(times(factor, retrainRun.gpuHours), retrains) : ZERO;
  const optimization = phase('optimization', add(light ? rangeOf(PHASE_DEFAULTS.lightOptimizationDays) : ZERO, retrainDays), retrainHours);

  const refineRun = input.scenario === 'fine-tune' ? trainingCompute(input, 'fine-tune') : defaultRun(input);
  const cycles = input.refinementCycles;
  const refinement = phase('refinement', times(cycles, add(refineRun.runDays, validationDays)), times(cycles, refineRun.gpuHours));

  const phases = [dataPreparation(input.dataReadiness), initial, phase('validation', validationDays, ZERO), optimization, refinement];
  const totalDays = phases.reduce((sum, p) => add(sum, p.days), ZERO);
  return { training, retrainRun, refineRun, phases, totalDays };
}
