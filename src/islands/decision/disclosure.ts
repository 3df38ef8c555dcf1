/**
 * The island's view of the decision rules' progressive disclosure and empty state: which
 * questions matter for the answers so far (relevantQuestions, from src/rules), and the rules'
 * outcome as the result panel reads it (a recommendation, or nothing answered yet).
 */
import { relevantQuestions as rulesRelevant, type DecisionField, type DecisionInput, type DecisionOutcome, type EmptyDecision, type Recommendation } from '../../rules/index.ts';

/**
 * The questions that matter for these answers (fields with an error stay listed).
 * @example relevantQuestions({}) // ['hasModel', 'modelKind']
 */
export function relevantQuestions(input: DecisionInput): DecisionField[] {
  return rulesRelevant(input);
}

/** What the result panel shows: a recommendation, or the empty state. */
export type Outcome = { status: 'recommendation'; rec: Recommendation } | { status: 'empty'; empty: EmptyDecision };

export function outcomeOf(value: DecisionOutcome): Outcome {
  return value.status === 'empty' ? { status: 'empty', empty: value } : { status: 'recommendation', rec: value };
}
