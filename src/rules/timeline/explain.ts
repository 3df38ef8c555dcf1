/** The sentences that say how each phase was computed and what the estimate assumes. Copy lives here. */
import { PHASE_DEFAULTS } from '../constants/hardware.ts';
import { COMPUTE } from '../constants/timeline.ts';
import { formatNumber } from '../messages.ts';
import type { Assumption, PhaseId, Range, ResolvedTimelineInput, SourceId } from '../types.ts';
import type { TrainingCompute } from './compute.ts';
import { GPUS } from './gpus.ts';
import { DATA_READINESS } from './options.ts';
import type { Core } from './phases.ts';
import type { GivenFlags } from './figures.ts';

export type { GivenFlags };

/** "2–40" for a range of figures. */
function span(range: Range): string {
  return `${formatNumber(range.low)}–${formatNumber(range.high)}`;
}

/** A ratio or figure triple, as "0.2 / 0.3 / 0.4" or a single value when all three are equal. */
function triple(range: Range): string {
  return range.low === range.high ? formatNumber(range.likely) : `${formatNumber(range.low)} / ${formatNumber(range.likely)} / ${formatNumber(range.high)}`;
}

function trainingBasis(training: TrainingCompute, input: ResolvedTimelineInput): { basis: string; sourceIds: SourceId[] } {
  const gpus = `${formatNumber(input.gpuCount)} × ${GPUS[input.gpuType].label}`;
  const floor = `, and never less than a typical first training phase of ${span(PHASE_DEFAULTS.trainingCalendarDays)} days including failed runs (def-train-calendar)`;
  const overhead = `times an overhead of ${triple(COMPUTE.overhead)} × for restarts and evaluation (def-overhead)`;
  if (training.method === 'default-gpu-hours') {
    const source: SourceId = input.modelKind === 'classic' ? 'def-train-classic' : 'def-train-ft';
    return {
      basis: `Typical ${input.modelKind === 'classic' ? 'classic-model' : 'fine-tuning'} compute of ${triple(training.gpuHours)} GPU-hours (${source}) spread over ${gpus}${floor}.`,
      sourceIds: [source, 'def-train-calendar', GPUS[input.gpuType].source],
    };
  }
  if (training.method === 'throughput') {
    return {
      basis: `${formatNumber(training.tokens!)} tokens at your measured ${formatNumber(input.tokensPerSecond!)} tokens per second on each of ${gpus}, ${overhead}${floor}.`,
      sourceIds: ['trn-wallclock', 'def-overhead', 'def-train-calendar'],
    };
  }
  const active = input.activeParams < input.modelParams ? ' active' : '';
  const perParam = training.method === 'four-n-d' ? COMPUTE.loraFlopsPerParamToken.value : COMPUTE.flopsPerParamToken.value;
  const flops =
    training.method === 'total-flops'
      ? `${formatNumber(training.flops!)} FLOPs`
      : `${perParam} × ${formatNumber(input.activeParams)}${active} parameters × ${formatNumber(training.tokens!)} tokens = ${formatNumber(training.flops!)} FLOPs`;
  const qlora = training.method === 'four-n-d' && input.method === 'qlora' ? `, ${triple(COMPUTE.qloraSlowdown)} × slower for QLoRA’s 4-bit weights (ft-litgpt)` : '';
  const peak = input.precision === 'fp8' ? `${formatNumber(GPUS[input.gpuType].fp8Tflops!)} TFLOP/s dense FP8` : `${formatNumber(GPUS[input.gpuType].peakTflops)} TFLOP/s dense`;
  const methodSource: SourceId[] = training.method === 'four-n-d' ? ['trn-lora-flops', 'ft-litgpt'] : input.activeParams < input.modelParams ? ['trn-6nd', 'trn-moe'] : ['trn-6nd'];
  return {
    basis: `${flops} on ${gpus} (${peak} each) at an MFU of ${triple(input.mfu)}${qlora}, ${overhead}${floor}.`,
    sourceIds: [...methodSource, 'trn-wallclock', GPUS[input.gpuType].source, GPUS[input.gpuType].mfu.source, 'def-mfu-ft', 'def-overhead', 'def-train-calendar'],
  };
}

/** How each phase was computed, with its sources. */
export function phaseBasis(id: PhaseId, core: Core, input: ResolvedTimelineInput): { basis: string; sourceIds: SourceId[] } {
  switch (id) {
    case 'data-preparation':
      return {
        basis:
          input.dataReadiness === 'ready'
            ? 'The data is ready, so no preparation time is planned.'
            : `Data marked “${DATA_READINESS[input.dataReadiness].label}” takes its share of the ${span(PHASE_DEFAULTS.dataPreparationDays)}-day range for collecting, cleaning and labeling (def-dataprep, an estimate).`,
        sourceIds: ['def-dataprep', 'dp-ratio'],
      };
    case 'initial-training':
      return core.training
        ? trainingBasis(core.training, input)
        : { basis: 'The scenario starts from a model you already have, so there is no training phase.', sourceIds: ['seed-order'] };
    case 'validation':
      return { basis: `Validation and testing take ${span(PHASE_DEFAULTS.validationDays)} days (def-validation, an estimate).`, sourceIds: ['def-validation'] };
    case 'optimization':
      return input.techniques.length === 0
        ? { basis: 'No optimization techniques were chosen.', sourceIds: [] }
        : {
            basis: `Techniques that need no retraining take ${span(PHASE_DEFAULTS.lightOptimizationDays)} days together (def-opt-light); each technique that retrains (distillation, pruning, hyperparameter tuning, ensembles) costs ${triple(PHASE_DEFAULTS.retrainOptimizationFactor)} × the training run’s GPU-hours (def-opt-retrain).`,
            sourceIds: ['def-opt-light', 'def-opt-retrain', 'opt-effort'],
          };
    case 'refinement':
      return {
        basis: `${triple(input.refinementCycles)} cycles, each one retraining run of ${triple(core.refineRun.gpuHours)} GPU-hours plus one validation pass (def-refine).`,
        sourceIds: ['def-refine', 'def-validation'],
      };
  }
}

function priceAssumption(input: ResolvedTimelineInput, given: GivenFlags): Assumption {
  const gpu = GPUS[input.gpuType];
  if (given.price) {
    return { id: 'price', text: `GPU time costs ${formatNumber(input.pricePerGpuHour.likely)} US dollars per GPU-hour, as you entered.`, sourceIds: [] };
  }
  return {
    id: 'price',
    text: `GPU time costs ${triple(input.pricePerGpuHour)} US dollars per GPU-hour on demand, as read in 2026: check the provider.`,
    sourceIds: [gpu.priceSource!],
  };
}

/** What the estimate takes for granted, each with its sources. */
export function assumptionsOf(core: Core, input: ResolvedTimelineInput, given: GivenFlags): Assumption[] {
  const list: Assumption[] = [];
  if (core.training && core.training.method !== 'default-gpu-hours') {
    list.push({ id: 'compute-rule', text: `Training compute follows ${COMPUTE.flopsPerParamToken.value} × parameters × tokens for dense transformers, divided by the cluster’s dense peak times MFU.`, sourceIds: ['trn-6nd', 'trn-wallclock'] });
    list.push({ id: 'overhead', text: `Restarts, failures, evaluation and checkpoints stretch the ideal run time by ${triple(COMPUTE.overhead)} × (an estimate).`, sourceIds: ['def-overhead', 'trn-overhead'] });
  }
  if (core.training?.tokens && !given.trainingTokens) {
    list.push({ id: 'tokens-default', text: `Training tokens default to ${COMPUTE.tokensPerParam.value} per parameter, the compute-optimal ratio; many recent models train far longer.`, sourceIds: ['trn-chinchilla'] });
  }
  if (core.training && (core.training.method === 'six-n-d' || core.training.method === 'total-flops')) {
    list.push({ id: 'mfu', text: `The run uses ${triple(input.mfu)} of the accelerator’s peak (MFU)${given.mfu ? ', as you entered' : ': untuned, typical and well tuned (an estimate)'}.`, sourceIds: given.mfu ? [] : ['def-mfu'] });
  }
  list.push({ id: 'gpu-peak', text: `Each ${GPUS[input.gpuType].label} delivers ${formatNumber(GPUS[input.gpuType].peakTflops)} TFLOP/s dense BF16/FP16 at peak.`, sourceIds: [GPUS[input.gpuType].source] });
  list.push({ id: 'phases-in-sequence', text: 'Phases run one after another; in practice some overlap, which would shorten the total.', sourceIds: [] });
  list.push({ id: 'phase-defaults', text: 'Data preparation, validation, optimization and refinement times come from typical ranges, not from your project: treat them as estimates.', sourceIds: ['def-dataprep', 'def-validation', 'def-opt-light', 'def-opt-retrain', 'def-refine'] });
  list.push(priceAssumption(input, given));
  list.push({
    id: 'people-cost',
    text: input.dayRate === null ? 'Costs cover GPU time only: enter a team day rate to include people.' : `People cost ${formatNumber(input.dayRate)} US dollars per calendar day of the project.`,
    sourceIds: [],
  });
  return list;
}
