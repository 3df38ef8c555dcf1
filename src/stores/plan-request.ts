/**
 * The two atoms through which a decision reaches the estimator, apart from the rest of plan.ts:
 * the estimator island subscribes to them without loading the decision rules (paths, techniques,
 * hand-offs) or the comparison store, which only plan.ts needs. plan.ts re-exports them.
 */
import { atom } from 'nanostores';
import type { ScenarioId, TimelineInput } from '../rules/index.ts';

export type PlanInput = Partial<TimelineInput> & { scenario: ScenarioId };

/** The address key that says a link came from the decision guide ("Plan this"): its path id. */
export const FROM_KEY = 'from';

/** The hand-off note the estimator shows (dismissible); null when there is none. */
export const $handOffNote = atom<string | null>(null);

/** A plan waiting for the estimator on this page (null when there is none). */
export const $plan = atom<PlanInput | null>(null);

/** The estimator takes the waiting plan (and clears it). */
export function takePlan(): PlanInput | null {
  const plan = $plan.get();
  if (plan) $plan.set(null);
  return plan;
}
