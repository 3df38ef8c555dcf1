/** The timeline and cost estimator for the sequential approach: prepare, train, validate, optimize, refine. */
import { fail, ok } from '../result.ts';
import type { Result, Timeline } from '../types.ts';
import { assumptionsOf, phaseBasis } from './explain.ts';
import { figuresOf } from './figures.ts';
import { sensitivityOf } from './sensitivity.ts';

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
  const f = figuresOf(input);
  if (!f.ok) return fail(f.errors);
  const { value, core, resolved, given } = f;
  return ok(
    {
      ...value,
      phases: value.phases.map((p) => ({ ...p, ...phaseBasis(p.id, core, resolved) })),
      assumptions: assumptionsOf(core, resolved, given),
      sensitivity: sensitivityOf(resolved, core),
    },
    f.warnings,
  );
}
