/** The payback calculator: serving cost before and after each candidate step, and when each pays back. */
import { API_PRICES, DAYS_PER_MONTH, HOURS_PER_MONTH, SERVING_THROUGHPUT, STEP_EFFECTS, TOKEN_DEFAULTS } from '../constants/payback.ts';
import { formatNumber } from '../messages.ts';
import { fail, ok } from '../result.ts';
import { GPUS } from '../timeline/gpus.ts';
import { rangeOf, same } from '../timeline/range.ts';
import type { Assumption, GpuId, Issue, Range, Result, SourceId } from '../types.ts';
import { parsePaybackInput } from './input.ts';
import { PAYBACK_MESSAGES as M } from './messages.ts';
import { API_MODELS, STEPS } from './options.ts';
import type {
  BreakEven,
  CumulativePoint,
  Payback,
  PaybackInput,
  PaybackStep,
  PaybackStepId,
  PaybackStepInput,
  PlanCost,
  ResolvedPaybackInput,
  ServingCost,
  ServingMode,
} from './types.ts';

const KEYS = ['low', 'likely', 'high'] as const;
/** Months the cumulative series covers. */
export const SERIES_MONTHS = 24;
const SECONDS_PER_DAY = 86_400;

function asRange(value: number | Range): Range {
  return typeof value === 'number' ? same(value) : rangeOf(value);
}

/** Sorts a triple so low ≤ likely ≤ high. */
function sorted(values: readonly [number, number, number]): Range {
  const [low, likely, high] = [...values].sort((a, b) => a - b) as [number, number, number];
  return { low, likely, high };
}

function triple(fn: (key: (typeof KEYS)[number]) => number): Range {
  return sorted([fn('low'), fn('likely'), fn('high')]);
}

/** Default price per GPU-hour: the estimator's table, then the serving table; null when neither has one. */
/** Every accelerator has a dated default price (src/rules/timeline/gpus.ts). */
function defaultGpuPrice(gpu: GpuId): Range {
  return rangeOf(GPUS[gpu].price);
}

function planCost(plan: PlanCost): Range {
  const gpu = triple((k) => plan.gpuHours[k] * asRange(plan.pricePerGpuHour)[k]);
  if (plan.teamDays === undefined || plan.dayRate === undefined) return gpu;
  const days = asRange(plan.teamDays);
  const rate = plan.dayRate;
  return triple((k) => gpu[k] + days[k] * rate);
}

/** Fills every default, collecting the errors that leave a cost unknown and the warnings that go with defaults. */
function resolve(input: PaybackInput, errors: Issue[], warnings: Issue[]): ResolvedPaybackInput {
  const workload = input.workload ?? 'llm';
  const serving: ServingMode = input.serving ?? 'self-hosted';
  const gpuType = input.gpuType ?? 'h100-sxm';
  const llm = workload === 'llm';
  const perDay = llm ? input.requestsPerDay : input.predictionsPerDay;
  if (perDay === undefined) {
    const field = llm ? 'requestsPerDay' : 'predictionsPerDay';
    errors.push({ field, code: 'required', message: M.requiredTraffic(field) });
  }
  for (const field of llm ? (['predictionsPerDay', 'pricePer1kPredictions'] as const) : (['requestsPerDay', 'inputTokens', 'outputTokens', 'apiModel', 'priceInputPer1M', 'priceOutputPer1M'] as const)) {
    if (input[field] !== undefined) warnings.push({ field, code: 'ignored-input', message: M.ignoredForWorkload(field) });
  }
  const steps = resolveSteps(input, warnings);
  const switching = steps.some((s) => s.id === 'switch-serving');
  const usingApi = serving === 'api' || switching;

  const defaultThroughput = llm ? (SERVING_THROUGHPUT as Partial<Record<GpuId, { value: number }>>)[gpuType]?.value : undefined;
  const throughputPerGpu = input.throughputPerGpu ?? defaultThroughput ?? null;
  const gpuCount = input.gpuCount ?? null;
  const needsThroughput = serving === 'api' ? switching && gpuCount === null : gpuCount === null;
  if (throughputPerGpu === null && needsThroughput) {
    errors.push({ field: 'throughputPerGpu', code: 'required', message: M.noThroughput(GPUS[gpuType].label) });
  }
  const pricePerGpuHour = input.pricePerGpuHour === undefined ? defaultGpuPrice(gpuType) : same(input.pricePerGpuHour);

  const apiModel = input.apiModel ?? null;
  const modelPrice = apiModel === null ? undefined : API_PRICES[apiModel];
  const priceInputPer1M = input.priceInputPer1M ?? modelPrice?.input.value ?? null;
  const priceOutputPer1M = input.priceOutputPer1M ?? modelPrice?.output.value ?? null;
  const pricePer1kPredictions = input.pricePer1kPredictions ?? null;
  if (usingApi && llm && (priceInputPer1M === null || priceOutputPer1M === null)) {
    errors.push({ field: 'apiModel', code: 'no-default-price', message: M.noApiPrice() });
  }
  if (usingApi && !llm && pricePer1kPredictions === null) {
    errors.push({ field: 'pricePer1kPredictions', code: 'no-default-price', message: M.noPredictionPrice() });
  }

  return {
    preset: input.preset ?? null,
    workload,
    perDay: perDay ?? 0,
    inputTokens: llm ? (input.inputTokens ?? TOKEN_DEFAULTS.inputTokens.value) : 0,
    outputTokens: llm ? (input.outputTokens ?? TOKEN_DEFAULTS.outputTokens.value) : 0,
    serving,
    gpuType,
    gpuCount,
    throughputPerGpu,
    utilization: input.utilization ?? 1,
    pricePerGpuHour,
    apiModel,
    priceInputPer1M,
    priceOutputPer1M,
    pricePer1kPredictions,
    steps,
  };
}

/** Steps with their one-off costs from the object, the plan or the link's cost list; duplicates dropped. */
function resolveSteps(input: PaybackInput, warnings: Issue[]): PaybackStepInput[] {
  const steps: PaybackStepInput[] = [];
  const costs = input.oneOffCosts ?? [];
  const given = input.steps ?? [];
  given.forEach((raw, index) => {
    // Parsing has turned every id into a step object already.
    const step: PaybackStepInput = { ...(raw as PaybackStepInput) };
    if (steps.some((s) => s.id === step.id)) {
      warnings.push({ field: `steps.${index}`, code: 'ignored-input', message: M.duplicateStep(STEPS[step.id].label) });
      return;
    }
    if (step.oneOffCost === undefined && step.plan === undefined && costs[index] !== undefined) step.oneOffCost = costs[index];
    if (step.plan?.teamDays !== undefined && step.plan.dayRate === undefined) {
      warnings.push({ field: `steps.${index}.plan`, code: 'ignored-input', message: M.teamDaysNeedRate() });
    }
    if (step.oneOffCost === undefined && step.plan === undefined) {
      warnings.push({ field: `steps.${index}.oneOffCost`, code: 'required', message: M.noOneOffCost(STEPS[step.id].label) });
    }
    steps.push(step);
  });
  if (costs.length > given.length) warnings.push({ field: 'oneOffCosts', code: 'ignored-input', message: M.tooFewCosts() });
  return steps;
}

/** Units served per month: tokens (input + output) or predictions. */
function monthlyUnits(r: ResolvedPaybackInput): number {
  return r.perDay * DAYS_PER_MONTH * (r.workload === 'llm' ? r.inputTokens + r.outputTokens : 1);
}

/** Fractional GPUs the traffic needs at full load ÷ utilization; null without a throughput. */
function neededGpus(r: ResolvedPaybackInput): number | null {
  if (r.throughputPerGpu === null) return null;
  const perSecond = (r.perDay * (r.workload === 'llm' ? r.outputTokens : 1)) / SECONDS_PER_DAY;
  return perSecond / (r.throughputPerGpu * r.utilization);
}

/** Whole GPUs, at least one; a hair of tolerance so 2.0000000001 stays 2. */
function wholeGpus(fractional: number): number {
  return Math.max(1, Math.ceil(fractional - 1e-9));
}

function perUnit(monthly: Range, units: number, workload: 'llm' | 'predictions'): Range {
  const per = workload === 'llm' ? units / 1e6 : units / 1000;
  return triple((k) => monthly[k] / per);
}

function selfHostedCost(gpus: Range, r: ResolvedPaybackInput, units: number): ServingCost {
  const price = r.pricePerGpuHour as Range;
  const monthly = triple((k) => gpus[k] * price[k] * HOURS_PER_MONTH);
  return { mode: 'self-hosted', monthly, gpus, perUnit: perUnit(monthly, units, r.workload) };
}

function apiCost(r: ResolvedPaybackInput, units: number, inputFactor: Range): ServingCost {
  const requests = r.perDay * DAYS_PER_MONTH;
  const monthly =
    r.workload === 'llm'
      ? triple((k) => (requests * (r.inputTokens * (r.priceInputPer1M as number) * inputFactor[k] + r.outputTokens * (r.priceOutputPer1M as number))) / 1e6)
      : same((requests * (r.pricePer1kPredictions as number)) / 1000);
  return { mode: 'api', monthly, gpus: null, perUnit: perUnit(monthly, units, r.workload) };
}

/** The default effect of a step on self-hosted throughput. */
const SELF_HOSTED_EFFECT: Readonly<Record<PaybackStepId, Range>> = {
  'quantize-8bit': rangeOf(STEP_EFFECTS.quantize8),
  'quantize-4bit': rangeOf(STEP_EFFECTS.quantize4),
  distill: rangeOf(STEP_EFFECTS.distill),
  'serving-engine': rangeOf(STEP_EFFECTS.engine),
  'speculative-decoding': rangeOf(STEP_EFFECTS.speculative),
  caching: rangeOf(STEP_EFFECTS.prefixCache),
  retrain: same(1),
  'switch-serving': same(1),
};

function breakEven(oneOff: Range, saving: Range): BreakEven {
  const months = (cost: number, save: number) => (save > 0 ? cost / save : null);
  return { low: months(oneOff.low, saving.high), likely: months(oneOff.likely, saving.likely), high: months(oneOff.high, saving.low) };
}

function seriesOf(before: Range, after: Range, oneOff: Range): { series: CumulativePoint[]; breakEvenMonth: number | null } {
  const series: CumulativePoint[] = [];
  let breakEvenMonth: number | null = null;
  const saves = after.likely < before.likely;
  for (let month = 0; month <= SERIES_MONTHS; month++) {
    const point = { month, before: before.likely * month, after: oneOff.likely + after.likely * month };
    if (breakEvenMonth === null && saves && point.after <= point.before) breakEvenMonth = month;
    series.push(point);
  }
  return { series, breakEvenMonth };
}

interface StepContext {
  r: ResolvedPaybackInput;
  units: number;
  before: ServingCost;
  /** GPUs before, as a fractional demand when throughput is known, else the given count. */
  demand: number;
  /** True when the throughput is the default (an FP8 model on a batching engine), not the reader's. */
  defaultThroughput: boolean;
  warnings: Issue[];
}

function stepResult(step: PaybackStepInput, index: number, ctx: StepContext): PaybackStep {
  const { r, units, before, warnings } = ctx;
  const info = STEPS[step.id];
  const oneOffCost = step.oneOffCost !== undefined ? asRange(step.oneOffCost) : step.plan ? planCost(step.plan) : same(0);
  let effect = same(1);
  let after: ServingCost;
  let note = info.summary;
  const sourceIds: SourceId[] = [...info.sourceIds];
  if (step.id === 'switch-serving') {
    if (r.serving === 'self-hosted') {
      after = apiCost(r, units, same(1));
      note = `Priced at ${r.apiModel ? `${API_MODELS[r.apiModel].provider} ${API_MODELS[r.apiModel].label}’s list price` : 'the API prices entered'}.`;
    } else {
      const needed = neededGpus(r);
      const gpus = wholeGpus(Math.max(r.gpuCount ?? 0, needed ?? 0));
      after = selfHostedCost(same(gpus), r, units);
      note = `Priced at ${gpus} × ${GPUS[r.gpuType].label} for the same traffic.`;
    }
  } else if (r.serving === 'api') {
    if (step.speedup !== undefined) warnings.push({ field: `steps.${index}.speedup`, code: 'ignored-input', message: M.speedupIgnored() });
    if (step.id === 'caching' && r.workload === 'llm') {
      const saved = STEP_EFFECTS.apiCacheSaving;
      effect = { low: 1 - saved.high, likely: 1 - saved.likely, high: 1 - saved.low };
      after = apiCost(r, units, effect);
      note = 'Repeated prompt prefixes are billed at the cached-input price (a tenth of the input price at Anthropic); low assumes nothing is cached, high that all input is.';
    } else {
      after = before;
      note = M.noEffectOnApi(info.label);
    }
  } else {
    effect = step.speedup !== undefined ? asRange(step.speedup) : SELF_HOSTED_EFFECT[step.id];
    if (step.speedup === undefined && ctx.defaultThroughput && (step.id === 'quantize-8bit' || step.id === 'serving-engine')) {
      warnings.push({ field: `steps.${index}`, code: 'double-counted', message: M.doubleCounted(info.label) });
    }
    const unchanged = effect.low === 1 && effect.high === 1;
    // Effects are ordered (low ≤ likely ≤ high), so the strongest effect needs the fewest GPUs.
    const gpus = unchanged
      ? (before.gpus as Range)
      : { low: wholeGpus(ctx.demand / effect.high), likely: wholeGpus(ctx.demand / effect.likely), high: wholeGpus(ctx.demand / effect.low) };
    after = selfHostedCost(gpus, r, units);
    if (step.speedup !== undefined) note = 'Your own speed-up for this step.';
  }
  const monthlySaving = triple((k) => before.monthly[k] - after.monthly[k]);
  const { series, breakEvenMonth } = seriesOf(before.monthly, after.monthly, oneOffCost);
  return {
    id: step.id,
    label: step.id === 'switch-serving' ? (r.serving === 'self-hosted' ? 'Switch to an API' : 'Switch to self-hosting') : info.label,
    effect,
    oneOffCost,
    after,
    monthlySaving,
    breakEvenMonths: breakEven(oneOffCost, monthlySaving),
    series,
    breakEvenMonth,
    accuracyRisk: info.accuracyRisk,
    note,
    sourceIds,
  };
}

/** A price as text: $0.15, $4.00. */
function dollars(n: number | null): string {
  return `$${(n as number).toFixed(2)}`;
}

function assumptionsOf(r: ResolvedPaybackInput, given: PaybackInput): Assumption[] {
  const list: Assumption[] = [
    { id: 'month', text: `A month is ${HOURS_PER_MONTH} hours (8,760 ÷ 12) of GPU time and 365 ÷ 12 days of traffic; GPUs are rented by the hour and run all month.`, sourceIds: [] },
  ];
  if (r.workload === 'llm' && (given.inputTokens === undefined || given.outputTokens === undefined)) {
    list.push({ id: 'tokens', text: 'Token counts not given default to the benchmark’s mix of 1,000 input and 1,000 output tokens per request.', sourceIds: ['srv-trtllm-8b'] });
  }
  const selfHosting = r.serving === 'self-hosted' || r.steps.some((s) => s.id === 'switch-serving');
  if (selfHosting) {
    if (r.throughputPerGpu !== null) {
      const throughputSource: SourceId[] = given.throughputPerGpu !== undefined ? [] : r.gpuType === 'l40s' ? ['srv-l40s-estimate'] : ['srv-trtllm-8b'];
      list.push({
        id: 'throughput',
        text:
          given.throughputPerGpu !== undefined
            ? `Your measured throughput of ${formatNumber(r.throughputPerGpu)} ${r.workload === 'llm' ? 'output tokens' : 'predictions'} per second per GPU.`
            : `${formatNumber(r.throughputPerGpu)} output tokens per second per ${GPUS[r.gpuType].label} at full load, for an 8B-class model with FP8 weights on a batching engine. A bigger model or a longer prompt serves fewer: measure your own.`,
        sourceIds: throughputSource,
      });
    } else {
      list.push({ id: 'throughput', text: `No throughput was given, so the ${r.gpuCount} GPUs you run are taken as fully needed; a step that speeds them up can only save whole GPUs.`, sourceIds: [] });
    }
    list.push({
      id: 'utilization',
      text:
        given.utilization !== undefined
          ? `GPUs reach ${Math.round(r.utilization * 100)}% of full-load throughput in production (headroom for peaks and latency targets).`
          : 'GPUs are taken to reach their full-load throughput all day, with no headroom for peaks: enter a utilization below 100% for that.',
      sourceIds: [],
    });
    const priceSource = given.pricePerGpuHour !== undefined ? [] : [GPUS[r.gpuType].priceSource];
    list.push({ id: 'gpu-price', text: `GPU prices are on-demand prices per GPU-hour; reserved capacity costs less.`, sourceIds: priceSource });
  }
  const usingApi = r.serving === 'api' || r.steps.some((s) => s.id === 'switch-serving');
  if (usingApi && r.workload === 'llm') {
    const model = r.apiModel ? API_MODELS[r.apiModel] : null;
    list.push({
      id: 'api-price',
      text:
        model && given.priceInputPer1M === undefined && given.priceOutputPer1M === undefined
          ? `${model.provider} ${model.label} at its list price of ${dollars(r.priceInputPer1M)} per 1M input and ${dollars(r.priceOutputPer1M)} per 1M output tokens, read 2026-11-25; batch and cached prices are lower.`
          : `The API prices entered: ${dollars(r.priceInputPer1M)} per 1M input and ${dollars(r.priceOutputPer1M)} per 1M output tokens.`,
      sourceIds: model ? [model.source] : [],
    });
  }
  list.push({
    id: 'one-off',
    text: 'One-off costs are what you typed or the estimator plan’s GPU cost (plus team days × day rate when both are given). Engineering time is not counted otherwise.',
    sourceIds: [],
  });
  list.push({ id: 'effects', text: 'Step effects are published figures with our likely values between them; the accuracy of each step must be checked on your own evaluation set.', sourceIds: ['srv-effect-ranges'] });
  return list;
}

/**
 * Compares the monthly serving cost today with the cost after each candidate step (quantization,
 * distillation, a serving engine, speculative decoding, caching, a retrain, or a switch between
 * self-hosting and an API), with the break-even in months (one-off cost ÷ monthly saving; null =
 * never), the cost per 1M tokens or per 1,000 predictions, a 24-month cumulative series and the
 * assumptions behind it, all as low / likely / high. Counts accept "1M", "20k".
 *
 * @example
 * const result = estimatePayback({
 *   requestsPerDay: '1M', inputTokens: 500, outputTokens: 300,
 *   serving: 'self-hosted', gpuType: 'l40s', gpuCount: 2, utilization: 0.6,
 *   steps: [{ id: 'distill', oneOffCost: 2000 }, { id: 'retrain', oneOffCost: 500 }],
 * });
 * if (result.ok) {
 *   result.value.before.monthly.likely;               // 2 GPUs × $1.77 × 730 h = $2,584.20
 *   result.value.steps[0].monthlySaving.likely;       // the distilled model needs one GPU: $1,292.10
 *   result.value.steps[0].breakEvenMonths.likely;     // 2000 ÷ 1292.10 ≈ 1.55 months
 *   result.value.steps[1].breakEvenMonths.likely;     // null: a retrain with no speed-up saves nothing
 * }
 */
export function estimatePayback(input: unknown): Result<Payback> {
  const parsed = parsePaybackInput(input);
  if (!parsed.ok) return fail(parsed.errors);
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const r = resolve(parsed.value, errors, warnings);
  if (errors.length > 0) return fail(errors);
  const units = monthlyUnits(r);
  const needed = neededGpus(r);
  let before: ServingCost;
  let demand = 0;
  if (r.serving === 'self-hosted') {
    if (needed !== null && r.gpuCount !== null && wholeGpus(needed) > r.gpuCount) {
      warnings.push({ field: 'gpuCount', code: 'out-of-range', message: M.capacityShort(needed, r.gpuCount) });
    }
    const gpus = wholeGpus(Math.max(r.gpuCount ?? 0, needed ?? 0));
    if (needed !== null && r.gpuCount !== null && wholeGpus(needed) < r.gpuCount) {
      warnings.push({ field: 'gpuCount', code: 'ignored-input', message: M.overProvisioned(needed, r.gpuCount) });
    }
    demand = needed ?? gpus;
    before = selfHostedCost(same(gpus), r, units);
  } else {
    before = apiCost(r, units, same(1));
  }
  const defaultThroughput = parsed.value.throughputPerGpu === undefined && r.throughputPerGpu !== null;
  const ctx: StepContext = { r, units, before, demand, defaultThroughput, warnings };
  const steps = r.steps.map((step, index) => stepResult(step, index, ctx));
  return ok({ workload: r.workload, unit: r.workload === 'llm' ? 'tokens' : 'predictions', monthlyUnits: units, before, steps, inputs: r, assumptions: assumptionsOf(r, parsed.value) }, warnings);
}

/**
 * The step that pays back first within the 24-month series: the earliest break-even month, and on a
 * tie the lower cumulative cost at month 24. Undefined when no step pays back. The calculator's
 * chart caption and the home page's miniature both name it.
 * @example firstToPayBack(payback)?.label // 'Speculative decoding'
 */
export function firstToPayBack(p: Pick<Payback, 'steps'>): PaybackStep | undefined {
  const last = (s: PaybackStep) => s.series[SERIES_MONTHS]!.after;
  return p.steps
    .filter((s) => s.breakEvenMonth !== null)
    .sort((a, b) => a.breakEvenMonth! - b.breakEvenMonth! || last(a) - last(b))[0];
}
