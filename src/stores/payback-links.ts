/**
 * Links into the payback calculator from the other tools (decision guide, estimator, comparison
 * table). Import-free on purpose (toolPath only), so the other islands carry a few bytes, not the
 * payback rules. The keys are the rules' PAYBACK_CODEC keys (src/rules/url-state/payback.ts; a test
 * decodes every link with it): the payback island's URL sync checks them like any other key and
 * turns them into steps with paybackFromDecision() and paybackStepFromPlan() (src/stores/payback.ts,
 * paybackHandOff()).
 */
import { toolPath } from '../config/tool-ids.ts';

/** Where a hand-off link came from: a decision path id, 'timeline' or 'comparison'. */
export const PAYBACK_FROM_KEY = 'from';
/** The decision's or plan's techniques (their ids). */
export const PAYBACK_TECHNIQUES_KEY = 'tech';
/** A plan's total GPU-hours and price per GPU-hour, each as low,likely,high. */
export const PAYBACK_GPU_HOURS_KEY = 'pgh';
export const PAYBACK_PRICE_KEY = 'pph';

type Triple = { low: number; likely: number; high: number };
const triple = (r: Triple) => [r.low, r.likely, r.high].map((n) => String(Math.round(n * 100) / 100)).join(',');

/**
 * "Optimize first" in the decision guide: the payback calculator with the suggested techniques as steps.
 * @example paybackDecisionHref({ path: 'optimize-first', techniques: ['quantization'] }) // '/tools/payback/?tech=quantization&from=optimize-first'
 */
export function paybackDecisionHref(rec: { path: string; techniques: readonly string[] }): string {
  const opt = rec.techniques.length ? `${PAYBACK_TECHNIQUES_KEY}=${rec.techniques.map(encodeURIComponent).join(',')}&` : '';
  return `${toolPath('payback')}?${opt}${PAYBACK_FROM_KEY}=${encodeURIComponent(rec.path)}`;
}

/**
 * An estimator plan as a step's one-off cost: its GPU-hours, price and techniques; null without a price.
 * @example paybackPlanHref({ gpuHours: { low: 2, likely: 4, high: 8 }, pricePerGpuHour: { low: 1, likely: 2, high: 3 }, techniques: ['quantization'] })
 * // '/tools/payback/?pgh=2,4,8&pph=1,2,3&tech=quantization&from=timeline'
 */
export function paybackPlanHref(plan: { gpuHours: Triple; pricePerGpuHour: Triple | null; techniques: readonly string[] }): string | null {
  if (!plan.pricePerGpuHour) return null;
  const opt = plan.techniques.length ? `&${PAYBACK_TECHNIQUES_KEY}=${plan.techniques.map(encodeURIComponent).join(',')}` : '';
  return `${toolPath('payback')}?${PAYBACK_GPU_HOURS_KEY}=${triple(plan.gpuHours)}&${PAYBACK_PRICE_KEY}=${triple(plan.pricePerGpuHour)}${opt}&${PAYBACK_FROM_KEY}=timeline`;
}

/** The comparison table's cost rows: the payback calculator with its example. */
export const PAYBACK_COMPARE_HREF = `${toolPath('payback')}?${PAYBACK_FROM_KEY}=comparison`;
