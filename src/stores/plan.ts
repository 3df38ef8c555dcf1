/**
 * Actions that carry a decision into the other tools. "Plan this" puts a plan request in $plan,
 * which the estimator applies to $timeline when it is on the page (the decision island never
 * loads the estimator's store); on other pages the same plan travels as a link. "Compare"
 * highlights the path's rows in $comparison.
 */
import { atom } from 'nanostores';
import {
  COMPARISON_CODEC,
  encodeWith,
  OPTIMIZATION_TECHNIQUE_IDS,
  PATHS,
  PLAN_CODEC,
  type OptimizationTechniqueId,
  type PathId,
  type Recommendation,
  type ScenarioId,
  type TimelineInput,
} from '../rules/index.ts';
import { highlightPath } from './comparison.ts';

export type PlanInput = Partial<TimelineInput> & { scenario: ScenarioId };

/**
 * The estimator inputs that plan a recommendation: its scenario and its optimization techniques.
 * @example planInput(rec).scenario // 'optimize-existing' for an optimize-first recommendation
 */
export function planInput(rec: Recommendation): PlanInput {
  const optimizing: readonly string[] = OPTIMIZATION_TECHNIQUE_IDS;
  const techniques = rec.techniques.filter((t): t is OptimizationTechniqueId => optimizing.includes(t));
  return { scenario: PATHS[rec.path].scenario, ...(techniques.length ? { techniques } : {}) };
}

/** Link to the estimator page with the plan's inputs. */
export function planHref(rec: Recommendation): string {
  const query = encodeWith([PLAN_CODEC], { timeline: planInput(rec) });
  return `/tools/timeline/${query && `?${query}`}`;
}

/** Link to the comparison page with the path's rows highlighted. */
export function compareHref(path: PathId): string {
  return `/tools/comparison/?${encodeWith([COMPARISON_CODEC], { comparison: { highlightFor: path } })}`;
}

/** A plan waiting for the estimator on this page (null when there is none). */
export const $plan = atom<PlanInput | null>(null);

/**
 * "Plan this": asks the estimator on this page to take the recommendation's scenario and
 * techniques (its other inputs stay as they are).
 * @example planFromDecision(rec) // $plan.get()?.scenario === 'optimize-existing'
 */
export function planFromDecision(rec: Recommendation): void {
  $plan.set(planInput(rec));
}

/** The estimator takes the waiting plan (and clears it). */
export function takePlan(): PlanInput | null {
  const plan = $plan.get();
  if (plan) $plan.set(null);
  return plan;
}

/**
 * "Compare": highlights the comparison rows for the recommended path.
 * @example compareFromDecision(rec) // $comparison.get().highlightFor === rec.path
 */
export function compareFromDecision(rec: Recommendation): void {
  highlightPath(rec.path);
}
