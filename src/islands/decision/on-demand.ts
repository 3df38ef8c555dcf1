/**
 * What the decision guide loads with import() once the island is live, so a first answer never
 * waits for it: the hand-offs to the other tools ("Plan this", "Compare", "Does it pay back?": link
 * builders, the estimator's and comparison table's codecs, the rules' hand-off table) and the
 * techniques' one-line explanations. Until they arrive the buttons link to the plain tool pages
 * and the techniques show by name.
 */
export { compareFromDecision, compareHref, planFromDecision, planHref } from '../../stores/plan.ts';
export { paybackDecisionHref } from '../../stores/payback-links.ts';
export { TECHNIQUE_SUMMARIES } from '../../rules/index.ts';
