/**
 * The payback calculator's labels and messages: field names as forms show them, and full sentences
 * for its own issues (each names the field and says what is allowed). The issues every tool shares
 * (a number out of range, an unknown choice…) are ../messages.ts's, given PAYBACK_LABELS' names.
 */
import { formatNumber, type NumberRule } from '../messages.ts';
import type { PaybackField, PaybackHandOffField } from './types.ts';

export const PAYBACK_LABELS = {
  preset: 'Preset',
  workload: 'What is served',
  requestsPerDay: 'Requests per day',
  inputTokens: 'Input tokens per request',
  outputTokens: 'Output tokens per request',
  predictionsPerDay: 'Predictions per day',
  serving: 'How it is served today',
  gpuType: 'GPU type',
  gpuCount: 'Number of GPUs',
  throughputPerGpu: 'Throughput per GPU',
  utilization: 'Utilization',
  pricePerGpuHour: 'Price per GPU-hour',
  apiModel: 'API model',
  priceInputPer1M: 'API price per 1M input tokens',
  priceOutputPer1M: 'API price per 1M output tokens',
  pricePer1kPredictions: 'API price per 1,000 predictions',
  steps: 'Candidate steps',
  oneOffCosts: 'One-off costs',
  oneOffCost: 'One-off cost',
  plan: 'Plan',
  speedup: 'Speed-up',
  id: 'Step',
  from: 'The tool the link came from',
  techniques: 'The suggested techniques',
  planGpuHours: 'The plan’s GPU-hours',
  planPrice: 'The plan’s price per GPU-hour',
} as const satisfies Record<PaybackField | PaybackHandOffField | 'oneOffCost' | 'plan' | 'speedup' | 'id', string>;

export type PaybackLabel = keyof typeof PAYBACK_LABELS;

/** A number's allowed range, as the shared field checks take it. */
export type PaybackRule = NumberRule;

export const PAYBACK_MESSAGES = {
  notAnObject: (what: string) => `${what} must be a set of named values, not a single value or a list.`,
  range: (field: PaybackLabel) => `${PAYBACK_LABELS[field]} must be a number, or low, likely and high numbers with low ≤ likely ≤ high.`,
  planShape: () => 'A plan must give GPU-hours (low, likely and high) and a price per GPU-hour, and may add team days and a day rate.',
  requiredTraffic: (field: PaybackLabel) => `${PAYBACK_LABELS[field]} is required: enter how much traffic the model serves.`,
  noThroughput: (gpu: string) => `There is no default throughput for the ${gpu}. Enter your measured throughput per GPU, or the number of GPUs you run.`,
  noApiPrice: () => 'Choose an API model with a default price, or enter the prices per 1M input and output tokens.',
  noPredictionPrice: () => 'Enter the API price per 1,000 predictions: there is no default for other models.',
  noOneOffCost: (step: string) =>
    `No one-off cost was given for “${step}”, so it counts as free and breaks even at once. Enter its cost, or plan it in the estimator.`,
  noEffectOnApi: (step: string) => `“${step}” does not change an API bill: the provider runs the model. It pays off only after a switch to self-hosting.`,
  speedupIgnored: () => 'A speed-up applies only to self-hosting, so it was ignored for an API.',
  teamDaysNeedRate: () => 'Team days need a day rate to cost anything, so they were left out of the one-off cost.',
  duplicateStep: (step: string) => `“${step}” is listed twice; it is compared once.`,
  tooFewCosts: () => 'There are more one-off costs than steps; the extra costs were ignored.',
  ignoredForWorkload: (field: PaybackLabel) => `${PAYBACK_LABELS[field]} was ignored because it does not apply to this kind of model.`,
  capacityShort: (needed: number, given: number) =>
    `Today’s traffic needs about ${formatNumber(Math.ceil(needed))} GPUs at this throughput and utilization, more than the ${formatNumber(given)} given, so the cost uses ${formatNumber(Math.ceil(needed))}.`,
  doubleCounted: (step: string) =>
    `The default throughput already uses FP8 weights on a batching engine, so “${step}” is counted on top of them. Enter your measured throughput if you serve in 16 bit or on a plain server.`,
  overProvisioned: (needed: number, given: number) =>
    `Today’s traffic needs about ${formatNumber(Math.max(1, Math.ceil(needed)))} GPUs at this throughput and utilization, fewer than the ${formatNumber(given)} you run, so a step’s saving includes running only what the traffic needs.`,
} as const;
