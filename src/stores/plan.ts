/**
 * Actions that carry a decision into the other tools. "Plan this" puts a plan request in $plan,
 * which the estimator applies to $timeline when it is on the page (the decision island never
 * loads the estimator's store); on other pages the same plan travels as a link. "Compare"
 * highlights the path's rows in $comparison.
 */
import { toolPath } from '../config/tool-ids.ts';
import {
  COMPARISON_CODEC,
  encodeWith,
  handOff,
  PATHS,
  PLAN_CODEC,
  type DecisionModelKind,
  type PathId,
  type Recommendation,
} from '../rules/index.ts';
import { highlightPath } from './comparison.ts';
import { $handOffNote, $plan, FROM_KEY, type PlanInput } from './plan-request.ts';

export { $handOffNote, $plan, FROM_KEY, takePlan, type PlanInput } from './plan-request.ts';

/**
 * The estimator inputs that plan a recommendation: the rules' hand-off for its path and the
 * reader's model kind (a preset where one fits, the path's scenario, its optimization techniques).
 * @example planInput(rec, 'llm').scenario // 'optimize-existing' for an optimize-first recommendation
 */
export function planInput(rec: Recommendation, kind: DecisionModelKind = 'unsure'): PlanInput {
  const { inputs } = handOff(rec, kind);
  return { ...inputs, scenario: inputs.scenario ?? PATHS[rec.path].scenario };
}

/** Link to the estimator page with the plan's inputs and where it came from. */
export function planHref(rec: Recommendation, kind: DecisionModelKind = 'unsure'): string {
  const plan = planInput(rec, kind);
  const query = [plan.preset ? `preset=${plan.preset}` : '', encodeWith([PLAN_CODEC], { timeline: plan }), `${FROM_KEY}=${rec.path}`].filter(Boolean).join('&');
  return `${toolPath('timeline')}?${query}`;
}

/** Link to the comparison page with the path's rows highlighted. */
export function compareHref(path: PathId): string {
  return `${toolPath('comparison')}?${encodeWith([COMPARISON_CODEC], { comparison: { highlightFor: path } })}`;
}

/**
 * "Plan this": asks the estimator on this page to take the recommendation's scenario and
 * techniques (its other inputs stay as they are).
 * @example planFromDecision(rec) // $plan.get()?.scenario === 'optimize-existing'
 */
export function planFromDecision(rec: Recommendation, kind: DecisionModelKind = 'unsure'): void {
  $handOffNote.set(handOff(rec, kind).note);
  $plan.set(planInput(rec, kind));
}

/**
 * "Compare": highlights the comparison rows for the recommended path.
 * @example compareFromDecision(rec) // $comparison.get().highlightFor === rec.path
 */
export function compareFromDecision(rec: Recommendation): void {
  highlightPath(rec.path);
}
