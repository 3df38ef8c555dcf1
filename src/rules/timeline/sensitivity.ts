/**
 * Which inputs move the likely total most: each is swung across its plausible values (numbers
 * halved and doubled, choices across all options, MFU and cycles across their default ranges)
 * and the spread of the likely total is reported, largest first.
 */
import { PHASE_DEFAULTS } from '../constants/hardware.ts';
import { COMPUTE } from '../constants/timeline.ts';
import type { ResolvedTimelineInput, Sensitivity, TimelineField } from '../types.ts';
import { DATA_READINESS_IDS } from './options.ts';
import { computeCore, type Core } from './phases.ts';
import { same } from './range.ts';

/** Numbers are tried at half and double their value: a method choice, not a figure. */
const SWING = 2;

interface Probe {
  input: TimelineField;
  label: string;
  variants: (input: ResolvedTimelineInput, base: Core) => ResolvedTimelineInput[];
}

const PROBES: readonly Probe[] = [
  {
    input: 'gpuCount',
    label: 'Number of GPUs (half or double)',
    variants: (input) => [
      { ...input, gpuCount: Math.max(1, Math.round(input.gpuCount / SWING)) },
      { ...input, gpuCount: input.gpuCount * SWING },
    ],
  },
  {
    input: 'mfu',
    label: `MFU (from ${COMPUTE.mfu.low} to ${COMPUTE.mfu.high})`,
    variants: (input, base) =>
      base.training?.method === 'six-n-d' || base.training?.method === 'total-flops'
        ? [
            { ...input, mfu: same(COMPUTE.mfu.low) },
            { ...input, mfu: same(COMPUTE.mfu.high) },
          ]
        : [],
  },
  {
    input: 'modelParams',
    label: 'Model size (half or double)',
    variants: (input, base) =>
      base.training?.tokens
        ? [
            { ...input, modelParams: input.modelParams / SWING },
            { ...input, modelParams: input.modelParams * SWING },
          ]
        : [],
  },
  {
    input: 'trainingTokens',
    label: 'Training tokens (half or double)',
    variants: (input, base) => {
      const tokens = base.training?.tokens;
      return tokens ? [{ ...input, trainingTokens: tokens / SWING }, { ...input, trainingTokens: tokens * SWING }] : [];
    },
  },
  {
    input: 'datasetTokens',
    label: 'Dataset tokens (half or double)',
    variants: (input) =>
      input.datasetTokens === null
        ? []
        : [
            { ...input, datasetTokens: input.datasetTokens / SWING },
            { ...input, datasetTokens: input.datasetTokens * SWING },
          ],
  },
  {
    input: 'dataReadiness',
    label: 'Data readiness (ready to needs collection)',
    variants: (input) => DATA_READINESS_IDS.map((dataReadiness) => ({ ...input, dataReadiness })),
  },
  {
    input: 'refinementCycles',
    label: `Refinement cycles (${PHASE_DEFAULTS.refinementCycles.low} to ${PHASE_DEFAULTS.refinementCycles.high})`,
    variants: (input) => [
      { ...input, refinementCycles: same(PHASE_DEFAULTS.refinementCycles.low) },
      { ...input, refinementCycles: same(PHASE_DEFAULTS.refinementCycles.high) },
    ],
  },
];

/** The inputs that move the likely total, largest spread first (inputs that do not move it are left out). */
export function sensitivityOf(input: ResolvedTimelineInput, base: Core): Sensitivity[] {
  const rows: Sensitivity[] = [];
  for (const probe of PROBES) {
    const totals = probe.variants(input, base).map((variant) => computeCore(variant).totalDays.likely);
    totals.push(base.totalDays.likely);
    const deltaDays = Math.max(...totals) - Math.min(...totals);
    if (deltaDays > 0) rows.push({ input: probe.input, label: probe.label, deltaDays });
  }
  return rows.sort((a, b) => b.deltaDays - a.deltaDays);
}
