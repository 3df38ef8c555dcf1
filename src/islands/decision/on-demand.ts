/**
 * What the decision guide loads with import() when the reader reaches for its hand-offs (pointer,
 * focus or touch on them), so an answer never waits for it: the links to the other tools ("Plan
 * this", "Compare", "Does it pay back?": link builders, the estimator's and comparison table's
 * codecs, the rules' hand-off table). Until it arrives the buttons link to the plain tool pages,
 * and a click that comes first waits for it (useOnIntent in ../frame/lazy.ts).
 */
export { compareFromDecision, compareHref, planFromDecision, planHref } from '../../stores/plan.ts';
export { paybackDecisionHref } from '../../stores/payback-links.ts';
