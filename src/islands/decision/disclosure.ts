/**
 * The island's adapter to two decision-rules features that are landing separately (issue 11):
 * progressive disclosure (`relevantQuestions`) and the empty state of `recommend` (nothing
 * answered: no recommendation). Until they are on main this holds stand-ins with the same shapes;
 * switching is replacing this file's bodies with re-exports from src/rules (nothing else changes).
 */
import type { DecisionField, DecisionInput, Recommendation } from '../../rules/index.ts';

/** Asked whatever the other answers are. */
const ALWAYS: readonly DecisionField[] = ['hasModel'];
/** Asked once a model exists. */
const ABOUT_THE_MODEL: readonly DecisionField[] = [
  'accuracy',
  'requiredAccuracy',
  'baselineAccuracy',
  'meetsAccuracy',
  'dataOrUseCaseChanged',
  'performanceBlocking',
  'needsIncrementalAccuracy',
  'preparingForScale',
];

/**
 * The questions that matter for the answers so far (stand-in for the rules' relevantQuestions):
 * the model questions only when a model exists, "does it meet the bar?" only while the two
 * accuracy figures are not both given, the bottleneck question only when performance blocks or
 * production load is coming. Fields with an error stay (passed in `errorFields`).
 * @example relevantQuestions({}) // ['hasModel']
 */
export function relevantQuestions(input: DecisionInput, errorFields: readonly string[] = []): DecisionField[] {
  const shown = new Set<string>([...ALWAYS, ...errorFields]);
  if (input.hasModel === 'yes') {
    for (const f of ABOUT_THE_MODEL) shown.add(f);
    if (input.accuracy !== undefined && input.requiredAccuracy !== undefined) shown.delete('meetsAccuracy');
    if (input.performanceBlocking === 'yes' || input.preparingForScale === 'yes') shown.add('bottlenecks');
  }
  return [...shown] as DecisionField[];
}

/** What the result panel shows: a recommendation, or the empty state. */
export type Outcome = { status: 'recommendation'; rec: Recommendation } | { status: 'empty'; firstQuestion: 'hasModel' };

/**
 * The rules' result as the island reads it. Stand-in for recommend()'s `status: 'empty'`: nothing
 * answered means every question still "Not sure" (the form's default), no figure and no limit.
 */
export function outcomeOf(rec: Recommendation, input: DecisionInput): Outcome {
  const answered = Object.entries(input).some(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '' && v !== 'unsure'));
  return answered ? { status: 'recommendation', rec } : { status: 'empty', firstQuestion: 'hasModel' };
}
