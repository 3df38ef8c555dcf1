/** Puts every store, the URL sync and the address bar back to a fresh page (beforeEach). */
import { cleanStores } from 'nanostores';
import { $comparison, resetComparison } from '../../src/stores/comparison.ts';
import { $decision, resetDecision } from '../../src/stores/decision.ts';
import { $plan } from '../../src/stores/plan.ts';
import { $urlIssues, stopUrlSync } from '../../src/stores/url-sync.ts';
import { $pins, $timeline, clearPins, resetTimeline } from '../../src/stores/timeline.ts';
import { $recommendation } from '../../src/stores/recommendation.ts';
import { $estimate } from '../../src/stores/estimate.ts';
import { $comparisonView } from '../../src/stores/comparison-view.ts';

export function resetStores(search = ''): void {
  stopUrlSync();
  cleanStores($decision, $comparison, $timeline, $pins, $plan, $urlIssues, $recommendation, $estimate, $comparisonView);
  resetDecision();
  resetComparison();
  resetTimeline();
  clearPins();
  $plan.set(null);
  window.history.replaceState(null, '', `/tools/${search}`);
}
