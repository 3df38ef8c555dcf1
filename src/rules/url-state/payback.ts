/** The payback calculator's link state. */
import { checkPaybackHandOffField, isHandOffField } from '../payback/handoff.ts';
import { checkPaybackField } from '../payback/input.ts';
import type { PaybackField } from '../payback/types.ts';
import type { SectionCodec } from './codec.ts';
import type { UrlKey } from './keys.ts';

/** The payback calculator's keys (steps are written as ids, their one-off costs as a list in the same order). */
export const PAYBACK_KEYS: readonly UrlKey[] = [
  { key: 'pb', section: 'payback', field: 'preset' },
  { key: 'wl', section: 'payback', field: 'workload' },
  { key: 'rpd', section: 'payback', field: 'requestsPerDay' },
  { key: 'tin', section: 'payback', field: 'inputTokens' },
  { key: 'tout', section: 'payback', field: 'outputTokens' },
  { key: 'ppd', section: 'payback', field: 'predictionsPerDay' },
  { key: 'srv', section: 'payback', field: 'serving' },
  { key: 'pgpu', section: 'payback', field: 'gpuType' },
  { key: 'pn', section: 'payback', field: 'gpuCount' },
  { key: 'tpg', section: 'payback', field: 'throughputPerGpu' },
  { key: 'util', section: 'payback', field: 'utilization' },
  { key: 'gph', section: 'payback', field: 'pricePerGpuHour' },
  { key: 'api', section: 'payback', field: 'apiModel' },
  { key: 'pin', section: 'payback', field: 'priceInputPer1M' },
  { key: 'pout', section: 'payback', field: 'priceOutputPer1M' },
  { key: 'pk', section: 'payback', field: 'pricePer1kPredictions' },
  { key: 'st', section: 'payback', field: 'steps' },
  { key: 'oc', section: 'payback', field: 'oneOffCosts' },
  // Hand-offs from the other tools (src/stores/payback-links.ts writes them): an estimator plan's
  // GPU-hours and price, the decision's or plan's techniques, and where the link came from.
  { key: 'pgh', section: 'payback', field: 'planGpuHours' },
  { key: 'pph', section: 'payback', field: 'planPrice' },
  { key: 'tech', section: 'payback', field: 'techniques' },
  { key: 'from', section: 'payback', field: 'from' },
];

export const PAYBACK_CODEC: SectionCodec = {
  section: 'payback',
  keys: PAYBACK_KEYS,
  check: (field, raw) => (isHandOffField(field) ? checkPaybackHandOffField(field, raw) : checkPaybackField(field as PaybackField, raw)),
};
