/**
 * The decision guide's hand-offs to the other tools ("Plan this", "Compare", "See what it pays
 * back"): link builders and same-page actions. Loaded with import() once the island is live, so
 * the estimator's and comparison table's codecs and the rules' hand-off table stay out of what the
 * first answer waits for; until they arrive the buttons link to the plain tool pages.
 */
export { compareFromDecision, compareHref, planFromDecision, planHref } from '../../stores/plan.ts';
export { paybackDecisionHref } from '../../stores/payback-links.ts';
