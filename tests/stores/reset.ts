/** Puts every store (each tool's form, pins and hand-off note), the URL sync and the address bar back to a fresh page (beforeEach). */
import { cleanStores } from 'nanostores';
import { $comparison, resetComparison } from '../../src/stores/comparison.ts';
import { $decision, resetDecision } from '../../src/stores/decision.ts';
import { $handOffNote, $plan } from '../../src/stores/plan-request.ts';
import { $payback, $paybackHandOff, $paybackPins, $paybackResult, resetPayback } from '../../src/stores/payback.ts';
import { $urlIssues, stopUrlSync } from '../../src/stores/url-sync.ts';
import { $pins, $timeline, clearPins, resetTimeline } from '../../src/stores/timeline.ts';
import { $recommendation } from '../../src/stores/recommendation.ts';
import { $estimate } from '../../src/stores/estimate.ts';
import { $comparisonView } from '../../src/stores/comparison-view.ts';

export function resetStores(search = ''): void {
  stopUrlSync();
  cleanStores($decision, $comparison, $timeline, $pins, $payback, $paybackResult, $paybackPins, $paybackHandOff, $plan, $handOffNote, $urlIssues, $recommendation, $estimate, $comparisonView);
  resetDecision();
  resetComparison();
  resetTimeline();
  resetPayback(); // the form and its hand-off note
  clearPins();
  $paybackPins.set([]);
  $plan.set(null);
  $handOffNote.set(null);
  window.history.replaceState(null, '', `/tools/${search}`);
}
