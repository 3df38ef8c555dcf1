import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  API_MODEL_IDS,
  PAYBACK_CODEC,
  PAYBACK_PRESET_IDS,
  PAYBACK_PRESETS,
  PAYBACK_STEP_IDS,
  PAYBACK_STEPS,
  SERIES_MONTHS,
  isSourceId,
  URL_KEYS,
  decodeWith,
  encodeWith,
  estimatePayback,
  firstToPayBack,
  paybackFromDecision,
  paybackStepFromPlan,
  PAYBACK_HANDOFF_SOURCES,
} from '../../src/rules/index.ts';
import type { Payback, PaybackStepId, Range } from '../../src/rules/index.ts';
import { allFinite, deepFreeze, HOSTILE_VALUES, revokedProxy, throwingGetters } from './helpers.ts';

const MONTH_DAYS = 365 / 12;

function estimate(input: unknown): Payback {
  const result = estimatePayback(deepFreeze(input));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function warningsOf(input: unknown): string[] {
  const result = estimatePayback(input);
  return result.ok ? result.warnings.map((w) => `${w.field}:${w.code}`) : ['not ok'];
}

function errorsOf(input: unknown): string[] {
  const result = estimatePayback(input);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
}

const likely = (r: Range) => r.likely;

/**
 * Cases worked by hand. A month is 730 GPU-hours and 365 / 12 = 30.4167 days of traffic.
 *
 * A. API, 10,000 requests/day × (1,000 in at $1 + 200 out at $5 per 1M):
 *    304,166.67 requests/month × ($0.001 + $0.001) = $608.33; tokens/month = 304,166.67 × 1,200 = 365M → $1.6667 per 1M.
 * B. Self-hosted, 86,400 requests/day × 100 output tokens = 100 tokens/s; 50 tokens/s per GPU at 100% → 2 GPUs;
 *    2 × $2 × 730 = $2,920/month. A 2× step needs 1 GPU: $1,460, saving $1,460; a one-off of $2,920 breaks even in 2 months.
 *    Tokens/month (no input) = 86,400 × 30.4167 × 100 = 262.8M → $2,920 ÷ 262.8 = $11.111 per 1M.
 * C. The same traffic on an API at $0 in / $10 out per 1M: 262.8M × $10 / 1M = $2,628; saving $2,920 − $2,628 = $292.
 * D. Predictions, 1M/day on 3 GPUs at $1: $2,190/month; 30.4167M predictions → $0.072 per 1,000. A 3× step: 1 GPU, $730.
 */
const B = { requestsPerDay: 86_400, inputTokens: 0, outputTokens: 100, throughputPerGpu: 50, utilization: 1, pricePerGpuHour: 2 };

describe('cost arithmetic, worked by hand', () => {
  it.each([
    ['A: API bill', { requestsPerDay: 10_000, inputTokens: 1000, outputTokens: 200, serving: 'api', priceInputPer1M: 1, priceOutputPer1M: 5 }, 608.333_333, 1.666_667, null],
    ['B: self-hosted bill', B, 2920, 11.111_111, 2],
    ['D: predictions on given GPUs', { workload: 'predictions', predictionsPerDay: 1e6, gpuCount: 3, pricePerGpuHour: 1 }, 2190, 0.072, 3],
  ] as const)('%s', (_name, input, monthly, perUnit, gpus) => {
    const v = estimate(input);
    expect(v.before.monthly.likely).toBeCloseTo(monthly, 4);
    expect(v.before.monthly.low).toBeCloseTo(monthly, 4);
    expect(v.before.perUnit.likely).toBeCloseTo(perUnit, 5);
    expect(v.before.gpus?.likely ?? null).toBe(gpus);
  });

  it.each([
    ['B with a 2× step and a $2,920 one-off', { ...B, steps: [{ id: 'serving-engine', speedup: 2, oneOffCost: 2920 }] }, 1460, 1460, 2, 2],
    ['B switched to an API at $0 / $10', { ...B, priceInputPer1M: 0, priceOutputPer1M: 10, steps: [{ id: 'switch-serving', oneOffCost: 876 }] }, 2628, 292, 3, 3],
    ['D with a 3× step', { workload: 'predictions', predictionsPerDay: 1e6, gpuCount: 3, pricePerGpuHour: 1, steps: [{ id: 'distill', speedup: 3, oneOffCost: 730 }] }, 730, 1460, 0.5, 1],
  ] as const)('%s', (_name, input, after, saving, months, month) => {
    const step = estimate(input).steps[0]!;
    expect(step.after.monthly.likely).toBeCloseTo(after, 4);
    expect(step.monthlySaving.likely).toBeCloseTo(saving, 4);
    expect(step.breakEvenMonths.likely).toBeCloseTo(months, 6);
    expect(step.breakEvenMonth).toBe(month);
  });

  it('prices API caching on the input tokens only (A: $304.17 of input, 68% of it saved in the likely case)', () => {
    const v = estimate({ requestsPerDay: 10_000, inputTokens: 1000, outputTokens: 200, serving: 'api', priceInputPer1M: 1, priceOutputPer1M: 5, steps: [{ id: 'caching', oneOffCost: 0 }] });
    const input = 10_000 * MONTH_DAYS * 1000 * 1e-6;
    expect(v.steps[0]!.monthlySaving.likely).toBeCloseTo(input * 0.68, 6);
    expect(v.steps[0]!.monthlySaving.low).toBe(0);
    expect(v.steps[0]!.monthlySaving.high).toBeCloseTo(input * 0.9, 6);
  });

  it('fills the API price from the chosen model (GPT-4o mini at $0.15 / $0.60)', () => {
    const v = estimate({ requestsPerDay: 1000, inputTokens: 1000, outputTokens: 1000, serving: 'api', apiModel: 'gpt-4o-mini' });
    expect(v.before.monthly.likely).toBeCloseTo(1000 * MONTH_DAYS * (0.15 + 0.6) * 1e-3, 8);
    expect(v.assumptions.find((a) => a.id === 'api-price')?.sourceIds).toEqual(['api-openai']);
  });

  it('switches an API to self-hosting on the default H100 throughput (15,220 tokens/s) and price', () => {
    const v = estimate({ requestsPerDay: 1e6, outputTokens: 1000, serving: 'api', apiModel: 'claude-sonnet-4', steps: ['switch-serving'] });
    const gpus = Math.ceil((1e6 * 1000) / 86_400 / 15_220);
    expect(v.steps[0]!.after.gpus).toEqual({ low: gpus, likely: gpus, high: gpus });
    expect(v.steps[0]!.after.monthly.likely).toBeCloseTo(gpus * 4 * 730, 6);
    expect(v.steps[0]!.label).toBe('Switch to self-hosting');
    expect(estimate({ ...B, apiModel: 'gpt-4o-mini', steps: ['switch-serving'] }).steps[0]!.label).toBe('Switch to an API');
  });

  it('keeps the cumulative series: month 0 is the one-off cost, each month adds the monthly cost', () => {
    const step = estimate({ ...B, steps: [{ id: 'serving-engine', speedup: 2, oneOffCost: 2920 }] }).steps[0]!;
    expect(step.series).toHaveLength(SERIES_MONTHS + 1);
    expect(step.series[0]).toEqual({ month: 0, before: 0, after: 2920 });
    expect(step.series[24]).toEqual({ month: 24, before: 2920 * 24, after: 2920 + 1460 * 24 });
  });

  it('takes a plan as a one-off cost: GPU-hours × price + team days × day rate', () => {
    const plan = { gpuHours: { low: 10, likely: 20, high: 40 }, pricePerGpuHour: { low: 2, likely: 3, high: 4 }, teamDays: 5, dayRate: 100 };
    const step = estimate({ ...B, steps: [{ id: 'quantize-8bit', plan }] }).steps[0]!;
    expect(step.oneOffCost).toEqual({ low: 520, likely: 560, high: 660 });
  });
});

describe('firstToPayBack', () => {
  // B runs 2 GPUs ($2,920 a month); a step at 2× needs one ($1,460 saved a month). At 4× the traffic
  // it runs 8 GPUs, so a 2× step needs 4 and a 4× step 2.
  const engine = (oneOffCost: number, speedup = 2) => ({ id: 'serving-engine', speedup, oneOffCost });
  const x4 = { requestsPerDay: 4 * 86_400 };
  it.each([
    ['the earliest break-even month wins', {}, [engine(5000), { id: 'distill', speedup: 2, oneOffCost: 1000 }], 'distill'],
    ['on a tie in months, the lower cost at month 24 wins', x4, [{ id: 'distill', speedup: 2, oneOffCost: 0 }, { id: 'quantize-8bit', speedup: 4, oneOffCost: 0 }], 'quantize-8bit'],
    ['a step that never pays back is never first', {}, [{ id: 'retrain', oneOffCost: 100 }, engine(30_000)], 'serving-engine'],
    ['none pays back within 24 months: undefined', {}, [{ id: 'retrain', oneOffCost: 100 }, engine(1_000_000)], undefined],
  ] as const)('%s', (_, more, steps, id) => {
    expect(firstToPayBack(estimate({ ...B, ...more, steps }))?.id).toBe(id);
  });
});

describe('steps that save nothing', () => {
  it.each([
    ['a retrain with no speed-up', { ...B, steps: [{ id: 'retrain', oneOffCost: 1000 }] }],
    ['a speed-up on one GPU', { workload: 'predictions', predictionsPerDay: 10, gpuCount: 1, pricePerGpuHour: 1, steps: [{ id: 'quantize-8bit', oneOffCost: 5 }] }],
    ['quantizing a model behind an API', { requestsPerDay: 100, serving: 'api', apiModel: 'gemini-2.5-flash', steps: [{ id: 'quantize-4bit', oneOffCost: 5, speedup: 2 }] }],
  ])('%s never breaks even', (_name, input) => {
    const step = estimate(input).steps[0]!;
    expect(step.monthlySaving.high).toBeLessThanOrEqual(0);
    expect(step.breakEvenMonths).toEqual({ low: null, likely: null, high: null });
    expect(step.breakEvenMonth).toBeNull();
  });

  it('says why a model-side step does not change an API bill, and ignores its speed-up', () => {
    const input = { requestsPerDay: 100, serving: 'api', apiModel: 'gemini-2.5-flash', steps: [{ id: 'quantize-4bit', oneOffCost: 5, speedup: 2 }] };
    expect(estimate(input).steps[0]!.note).toMatch(/does not change an API bill/);
    expect(warningsOf(input)).toEqual(['steps.0.speedup:ignored-input']);
  });

  it('a 4-bit step can cost more: the low effect (a slower kernel) needs more GPUs', () => {
    const step = estimate({ ...B, requestsPerDay: 86_400 * 2, steps: [{ id: 'quantize-4bit', oneOffCost: 10 }] }).steps[0]!;
    expect(step.after.gpus!.high).toBeGreaterThan(4);
    expect(step.monthlySaving.low).toBeLessThan(0);
  });
});

describe('defaults, warnings and errors', () => {
  it.each([
    [{}, ['requestsPerDay:required']],
    [{ workload: 'predictions' }, ['predictionsPerDay:required', 'throughputPerGpu:required']],
    [{ requestsPerDay: 10, gpuType: 'l4' }, ['throughputPerGpu:required']],
    [{ requestsPerDay: 10, serving: 'api' }, ['apiModel:no-default-price']],
    [{ workload: 'predictions', predictionsPerDay: 10, serving: 'api' }, ['pricePer1kPredictions:no-default-price']],
    [{ workload: 'predictions', predictionsPerDay: 10, gpuCount: 1, pricePerGpuHour: 1, steps: ['switch-serving'] }, ['pricePer1kPredictions:no-default-price']],
    [{ requestsPerDay: 'many' }, ['requestsPerDay:not-a-number']],
    [{ requestsPerDay: '1,00' }, ['requestsPerDay:thousands-separator']],
    [{ requestsPerDay: 10, utilization: '150%' }, ['utilization:out-of-range']],
    [{ requestsPerDay: 10, gpuCount: 1.5 }, ['gpuCount:out-of-range']],
    [{ requestsPerDay: 10, steps: ['teleport'] }, ['steps.0:invalid-choice']],
    [{ requestsPerDay: 10, steps: [{ id: 'distill', oneOffCost: { low: 5, likely: 1, high: 9 } }] }, ['steps.0.oneOffCost:out-of-range']],
    [{ requestsPerDay: 10, steps: [{ id: 'distill', oneOffCost: { low: 5, likely: 6 } }] }, ['steps.0.oneOffCost:invalid-type']],
    [{ requestsPerDay: 10, steps: [{ id: 'distill', plan: { gpuHours: 5 } }] }, ['steps.0.plan:invalid-type']],
    [{ requestsPerDay: 10, steps: [{ id: 'distill', plan: 'big' }] }, ['steps.0.plan:invalid-type']],
    [{ requestsPerDay: 10, steps: [{ oneOffCost: 5 }] }, ['steps.0.id:required']],
    [{ requestsPerDay: 10, steps: [{ id: 'warp', speedup: -1 }] }, ['steps.0.id:invalid-choice', 'steps.0.speedup:out-of-range']],
    [{ requestsPerDay: 10, steps: Array(9).fill('distill') }, ['steps:too-many']],
    [{ requestsPerDay: 10, oneOffCosts: [1, 'x'] }, ['oneOffCosts:not-a-number']],
    [{ requestsPerDay: 10, oneOffCosts: Array(9).fill(1) }, ['oneOffCosts:too-many']],
    [{ requestsPerDay: 10, oneOffCosts: [null] }, ['oneOffCosts:required']],
    [{ requestsPerDay: 10, steps: 'a,b,c,d,e,f,g,h,i' }, ['steps:too-many']],
    [{ requestsPerDay: 10, steps: [{ id: 'distill', oneOffCost: { low: 'x', likely: 1, high: 2 } }] }, ['steps.0.oneOffCost:not-a-number']],
    [undefined, ['requestsPerDay:required']],
  ])('%j → %j', (input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it.each([
    ['a range', { id: 'distill', oneOffCost: throwingGetters(['low']) }, ['steps.0.oneOffCost:unreadable']],
    ['a plan', { id: 'distill', plan: throwingGetters(['gpuHours']) }, ['steps.0.plan:unreadable']],
    ['a step', throwingGetters(['id']), ['steps.0.id:unreadable']],
  ])('reports a throwing getter in %s as unreadable', (_label, step, expected) => {
    expect(errorsOf({ requestsPerDay: 10, steps: [step] })).toEqual(expected);
  });

  it.each([
    [{ requestsPerDay: 10, steps: ['distill'] }, ['steps.0.oneOffCost:required']],
    [{ requestsPerDay: 10, steps: [{ id: 'distill', oneOffCost: 1 }, { id: 'distill', oneOffCost: 2 }] }, ['steps.1:ignored-input']],
    [{ requestsPerDay: 10, steps: ['distill'], oneOffCosts: [5, 6] }, ['oneOffCosts:ignored-input']],
    [{ requestsPerDay: 10, steps: [{ id: 'distill', plan: { gpuHours: 1, pricePerGpuHour: 1, teamDays: 2 } }] }, ['steps.0.plan:ignored-input']],
    [{ requestsPerDay: 10, predictionsPerDay: 5 }, ['predictionsPerDay:ignored-input']],
    [{ workload: 'predictions', predictionsPerDay: 5, gpuCount: 1, pricePerGpuHour: 1, inputTokens: 3 }, ['inputTokens:ignored-input']],
    [{ ...B, gpuCount: 1 }, ['gpuCount:out-of-range']],
    [{ requestsPerDay: 10, steps: [{ id: 'serving-engine', oneOffCost: 1 }, { id: 'quantize-8bit', oneOffCost: 1, speedup: 1.2 }] }, ['steps.0:double-counted']],
    [{ ...B, gpuCount: 5 }, ['gpuCount:ignored-input']],
  ])('%j warns %j', (input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });

  it('uses the link form: step ids with one-off costs in the same order', () => {
    const v = estimate({ ...B, steps: 'serving-engine,retrain', oneOffCosts: '100,200' });
    expect(v.steps.map((s) => [s.id, s.oneOffCost.likely])).toEqual([['serving-engine', 100], ['retrain', 200]]);
  });

  it('accepts counts with suffixes and percentages for utilization', () => {
    const v = estimate({ ...B, requestsPerDay: '86.4k', utilization: '100%' });
    expect(v.inputs.perDay).toBe(86_400);
    expect(v.before.gpus?.likely).toBe(2);
  });

  it('defaults to the benchmark’s 1,000 / 1,000 token mix and says so', () => {
    const v = estimate({ requestsPerDay: 10 });
    expect([v.inputs.inputTokens, v.inputs.outputTokens]).toEqual([1000, 1000]);
    expect(v.assumptions.map((a) => a.id)).toContain('tokens');
    expect(v.assumptions.find((a) => a.id === 'throughput')?.sourceIds).toEqual(['srv-trtllm-8b']);
  });

  it('names its sources for the L40S estimate, the given throughput and a typed price', () => {
    expect(estimate({ requestsPerDay: 10, gpuType: 'l40s' }).assumptions.find((a) => a.id === 'throughput')?.sourceIds).toEqual(['srv-l40s-estimate']);
    const own = estimate({ ...B, utilization: 0.5 });
    expect(own.assumptions.find((a) => a.id === 'throughput')?.sourceIds).toEqual([]);
    expect(own.assumptions.find((a) => a.id === 'gpu-price')?.sourceIds).toEqual([]);
    expect(own.assumptions.find((a) => a.id === 'utilization')?.text).toMatch(/50%/);
    expect(estimate({ requestsPerDay: 10, gpuType: 'l40s' }).assumptions.find((a) => a.id === 'gpu-price')?.sourceIds).toEqual(['def-price-l40s']);
    expect(estimate({ requestsPerDay: 10, serving: 'api', priceInputPer1M: 1, priceOutputPer1M: 2 }).assumptions.find((a) => a.id === 'api-price')?.sourceIds).toEqual([]);
  });

  it('serves predictions at a measured throughput, and on an API per 1,000', () => {
    const own = estimate({ workload: 'predictions', predictionsPerDay: 86_400 * 30, throughputPerGpu: 10, pricePerGpuHour: 1 });
    expect(own.before.gpus?.likely).toBe(3);
    expect(own.assumptions.find((a) => a.id === 'throughput')?.text).toMatch(/10 predictions per second/);
    const api = estimate({ workload: 'predictions', predictionsPerDay: 1000, serving: 'api', pricePer1kPredictions: 2, gpuType: 't4', gpuCount: 2, steps: [{ id: 'switch-serving', oneOffCost: 0 }] });
    expect(api.before.monthly.likely).toBeCloseTo(2 * MONTH_DAYS, 8);
    expect(api.steps[0]!.after.gpus?.likely).toBe(2);
  });

  it('explains a fleet with no throughput: the GPUs given are taken as needed', () => {
    const v = estimate({ requestsPerDay: 10, gpuType: 't4', gpuCount: 2 });
    expect(v.assumptions.find((a) => a.id === 'throughput')?.text).toMatch(/2 GPUs you run/);
  });
});

describe('presets', () => {
  it.each(PAYBACK_PRESET_IDS.map((id) => [id]))('%s gives a result with no warning, citing known sources', (id) => {
    const result = estimatePayback({ preset: id });
    expect(result.ok && result.warnings).toEqual([]);
    for (const source of PAYBACK_PRESETS[id].sourceIds) expect(isSourceId(source)).toBe(true);
    expect(result.ok && result.value.steps.length).toBeGreaterThan(0);
  });

  it('the chat preset runs on 2 × L40S and a distilled model needs one', () => {
    const v = estimate({ preset: 'chat-8b-l40s' });
    expect(v.before.gpus?.likely).toBe(2);
    expect(v.steps.find((s) => s.id === 'distill')?.after.gpus?.likely).toBe(1);
  });

  it('a field given beside a preset wins over the preset', () => {
    expect(estimate({ preset: 'chat-8b-l40s', requestsPerDay: 10 }).inputs.perDay).toBe(10);
  });
});

describe('every step', () => {
  it.each(PAYBACK_STEP_IDS.map((id) => [id]))('%s has a label, an accuracy-risk note and known sources', (id) => {
    const info = PAYBACK_STEPS[id];
    expect(info.label.length).toBeGreaterThan(5);
    expect(info.accuracyRisk).toMatch(/\.$/);
    for (const source of info.sourceIds) expect(isSourceId(source)).toBe(true);
  });

  it.each(PAYBACK_STEP_IDS.map((id) => [id]))('%s runs self-hosted and on an API', (id) => {
    for (const serving of ['self-hosted', 'api']) {
      const result = estimatePayback({ ...B, serving, apiModel: 'claude-haiku-3.5', steps: [{ id, oneOffCost: 100 }] });
      expect(result.ok && allFinite(result.value)).toBe(true);
    }
  });
});

const arbitraryLlm = fc.record({
  inputTokens: fc.integer({ min: 0, max: 5000 }),
  outputTokens: fc.integer({ min: 1, max: 5000 }),
  serving: fc.constantFrom('self-hosted', 'api'),
  gpuType: fc.constantFrom('h100-sxm', 'l40s'),
  utilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
  apiModel: fc.constantFrom(...API_MODEL_IDS),
  step: fc.constantFrom(...PAYBACK_STEP_IDS),
});

describe('properties', () => {
  it('more traffic never lowers the monthly cost, before or after any step', () => {
    fc.assert(
      fc.property(arbitraryLlm, fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 1e8 }), (base, a, extra) => {
        const input = (n: number) => ({ ...base, requestsPerDay: n, steps: [{ id: base.step, oneOffCost: 1 }] });
        const [small, big] = [estimate(input(a)), estimate(input(a + extra))];
        for (const key of ['low', 'likely', 'high'] as const) {
          expect(big.before.monthly[key]).toBeGreaterThanOrEqual(small.before.monthly[key] - 1e-9);
          expect(big.steps[0]!.after.monthly[key]).toBeGreaterThanOrEqual(small.steps[0]!.after.monthly[key] - 1e-9);
        }
      }),
    );
  });

  it('a step with no saving never breaks even', () => {
    fc.assert(
      fc.property(arbitraryLlm, fc.integer({ min: 1, max: 1e8 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e6 }), (base, n, speedup, cost) => {
        const v = estimate({ ...base, serving: 'self-hosted', requestsPerDay: n, steps: [{ id: 'retrain', speedup, oneOffCost: cost }] });
        const step = v.steps[0]!;
        expect(step.monthlySaving.high).toBeLessThanOrEqual(1e-9);
        expect(step.breakEvenMonths).toEqual({ low: null, likely: null, high: null });
        expect(step.breakEvenMonth).toBeNull();
      }),
    );
  });

  it('the break-even falls as the one-off cost falls', () => {
    fc.assert(
      fc.property(arbitraryLlm, fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 1e7 }), (base, n, c1, c2) => {
        const [cheap, dear] = [Math.min(c1, c2), Math.max(c1, c2)];
        const be = (cost: number) => estimate({ ...base, requestsPerDay: n, steps: [{ id: base.step, oneOffCost: cost }] }).steps[0]!;
        const [a, b] = [be(cheap), be(dear)];
        for (const key of ['low', 'likely', 'high'] as const) {
          expect(a.breakEvenMonths[key] === null).toBe(b.breakEvenMonths[key] === null);
          if (a.breakEvenMonths[key] !== null) expect(a.breakEvenMonths[key]!).toBeLessThanOrEqual(b.breakEvenMonths[key]!);
        }
        if (b.breakEvenMonth !== null) expect(a.breakEvenMonth).not.toBeNull();
        if (a.breakEvenMonth !== null && b.breakEvenMonth !== null) expect(a.breakEvenMonth).toBeLessThanOrEqual(b.breakEvenMonth);
      }),
    );
  });

  it('every result is finite and ordered low ≤ likely ≤ high', () => {
    fc.assert(
      fc.property(arbitraryLlm, fc.integer({ min: 1, max: 1e9 }), (base, n) => {
        const v = estimate({ ...base, requestsPerDay: n, steps: [{ id: base.step, oneOffCost: 10 }] });
        expect(allFinite(v)).toBe(true);
        for (const r of [v.before.monthly, v.before.perUnit, v.steps[0]!.after.monthly, v.steps[0]!.monthlySaving, v.steps[0]!.oneOffCost]) {
          expect(r.low).toBeLessThanOrEqual(r.likely);
          expect(r.likely).toBeLessThanOrEqual(r.high);
        }
      }),
    );
  });
});

describe('hand-offs', () => {
  it.each([
    [{ techniques: ['quantization', 'batching', 'compilation', 'monitoring', 7] }, ['quantize-8bit', 'serving-engine']],
    [{ techniques: ['distillation', 'caching', 'retraining'] }, ['distill', 'caching', 'retrain']],
    [{ techniques: [] }, []],
  ])('a decision with %j pre-fills %j', (recommendation, steps) => {
    const result = paybackFromDecision(recommendation);
    expect(result.ok && result.value).toEqual({ steps });
    expect(estimatePayback({ requestsPerDay: 10, ...(result.ok ? result.value : {}) }).ok).toBe(true);
  });

  it.each([['a string', 'quantization'], ['no techniques', {}], ['a revoked list', { techniques: new Proxy([], { get() { throw new Error('x'); }, getPrototypeOf() { throw new Error('x'); } }) }]])('refuses %s as a decision result', (_label, input) => {
    expect(paybackFromDecision(input).ok).toBe(false);
  });

  const plan = {
    total: { low: 4, likely: 9, high: 20, gpuHours: { low: 2, likely: 4, high: 8 }, cost: null },
    inputs: { pricePerGpuHour: { low: 2.5, likely: 4, high: 7 }, dayRate: null, techniques: ['pruning', 'quantization'] },
  };

  it('turns an estimator plan into a step with its GPU cost', () => {
    const result = paybackStepFromPlan(plan);
    expect(result.ok && result.value).toEqual({ id: 'quantize-8bit', plan: { gpuHours: { low: 2, likely: 4, high: 8 }, pricePerGpuHour: { low: 2.5, likely: 4, high: 7 } } });
    const step = estimate({ ...B, steps: [result.ok ? result.value : 'retrain'] }).steps[0]!;
    expect(step.oneOffCost).toEqual({ low: 5, likely: 16, high: 56 });
  });

  it('adds the plan’s days × day rate, and takes the step asked for', () => {
    const result = paybackStepFromPlan({ ...plan, inputs: { ...plan.inputs, dayRate: 1000 } }, 'distill');
    expect(result.ok && result.value).toEqual({
      id: 'distill',
      plan: { gpuHours: plan.total.gpuHours, pricePerGpuHour: plan.inputs.pricePerGpuHour, teamDays: { low: 4, likely: 9, high: 20 }, dayRate: 1000 },
    });
  });

  it('falls back to a retrain when no technique has a serving effect', () => {
    const result = paybackStepFromPlan({ ...plan, inputs: { pricePerGpuHour: 3 } });
    expect(result.ok && result.value.id).toBe('retrain');
  });

  it.each([
    ['no price', { total: plan.total, inputs: { pricePerGpuHour: null } }, 'plan'],
    ['a price that is not a number', { total: plan.total, inputs: { pricePerGpuHour: 'cheap' } }, 'plan'],
    ['an unreadable total', { total: throwingGetters(['gpuHours']), inputs: plan.inputs }, 'plan'],
    ['not an object', 42, 'plan'],
    ['an unknown step', plan, 'id'],
  ])('refuses a plan with %s', (_label, input, field) => {
    const result = paybackStepFromPlan(input, field === 'id' ? 'teleport' : undefined);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([field]);
  });
});

describe('link state', () => {
  it('has keys of its own, unique beside every other tool’s, and is one of the shared codecs', () => {
    for (const k of PAYBACK_CODEC.keys) expect(URL_KEYS).toContainEqual(k);
    const all = URL_KEYS.map((k) => k.key);
    expect(new Set(all).size).toBe(all.length);
    for (const { key } of PAYBACK_CODEC.keys) expect(key).toMatch(/^[a-z]{1,6}$/);
  });

  it('round-trips a state', () => {
    const state = { payback: { requestsPerDay: 1e6, serving: 'self-hosted', gpuType: 'l40s', gpuCount: 2, utilization: 0.6, steps: ['quantize-8bit', 'distill'] as PaybackStepId[], oneOffCosts: [20, 900] } };
    const query = encodeWith([PAYBACK_CODEC], state);
    expect(query).toBe('rpd=1000000&srv=self-hosted&pgpu=l40s&pn=2&util=0.6&st=quantize-8bit,distill&oc=20,900');
    expect(decodeWith([PAYBACK_CODEC], query).ok && decodeWith([PAYBACK_CODEC], query)).toEqual({ ok: true, value: state, warnings: [] });
  });

  it('ignores hostile values with a warning naming the field', () => {
    const result = decodeWith([PAYBACK_CODEC], '?rpd=<script>&st=quantize-8bit,rm-rf&util=2&oc=1,x&api=gpt-4o-mini');
    expect(result.ok && result.value).toEqual({ payback: { apiModel: 'gpt-4o-mini' } });
    expect(result.ok && result.warnings.map((w) => w.field)).toEqual(['payback.requestsPerDay', 'payback.steps', 'payback.utilization', 'payback.oneOffCosts']);
  });

  it('reads hostile list values as errors, not throws', () => {
    const hostileList = new Proxy([], { get() { throw new Error('x'); } });
    expect(PAYBACK_CODEC.check('steps', hostileList).ok).toBe(false);
    expect(PAYBACK_CODEC.check('oneOffCosts', 'x'.repeat(5000)).ok).toBe(false);
    expect(PAYBACK_CODEC.check('steps', null)).toEqual({ ok: true, value: undefined });
    expect(PAYBACK_CODEC.check('oneOffCosts', undefined)).toEqual({ ok: true, value: undefined });
    expect(PAYBACK_CODEC.check('steps', 42).ok).toBe(false);
  });

  describe('hand-off keys (links from the decision guide, the estimator and the comparison table)', () => {
    it.each([
      ['a decision', 'tech=quantization,batching&from=optimize-first', { techniques: ['quantization', 'batching'], from: 'optimize-first' }],
      ['an estimator plan', 'pgh=2,4,8&pph=1,2.5,3&tech=quantization&from=timeline', { planGpuHours: [2, 4, 8], planPrice: [1, 2.5, 3], techniques: ['quantization'], from: 'timeline' }],
      ['the comparison table', 'from=comparison', { from: 'comparison' }],
      ['one figure for a whole range', 'pgh=5&from=timeline', { planGpuHours: [5, 5, 5], from: 'timeline' }],
    ])('reads and writes %s link', (_name, query, payback) => {
      const result = decodeWith([PAYBACK_CODEC], `?${query}`);
      expect(result).toEqual({ ok: true, value: { payback }, warnings: [] });
      expect(encodeWith([PAYBACK_CODEC], { payback })).toBe(query.replace('pgh=5&', 'pgh=5,5,5&'));
    });

    it.each([
      ['from=teleport', 'payback.from', 'invalid-choice'],
      ['tech=quantization,rm-rf', 'payback.techniques', 'invalid-choice'],
      [`tech=${Array(17).fill('quantization').join(',')}`, 'payback.techniques', 'too-many'],
      ['pgh=x', 'payback.planGpuHours', 'not-a-number'],
      ['pgh=8,4,2', 'payback.planGpuHours', 'out-of-range'],
      ['pgh=1,2', 'payback.planGpuHours', 'invalid-type'],
      ['pgh=1,2,3,4', 'payback.planGpuHours', 'invalid-type'],
      ['pgh=1,,3', 'payback.planGpuHours', 'invalid-type'],
      ['pph=-1,2,3', 'payback.planPrice', 'out-of-range'],
      ['pph=1,2,1e9', 'payback.planPrice', 'out-of-range'],
      ['from=<script>alert(1)</script>', 'payback.from', 'invalid-choice'],
    ])('%s is ignored with the link warning naming %s', (query, field, code) => {
      const result = decodeWith([PAYBACK_CODEC], `?${query}`);
      expect(result.ok && result.value).toEqual({});
      expect(result.ok && result.warnings.map((w) => [w.field, w.code])).toEqual([[field, code]]);
      expect(result.ok && result.warnings[0]!.message).toMatch(/^The .*\. The default is shown instead\.$/);
    });

    it.each(['planGpuHours', 'planPrice', 'techniques', 'from'])('%s survives every hostile value without throwing', (field) => {
      for (const [, value] of [...HOSTILE_VALUES, ['a revoked proxy array', revokedProxy()] as const]) {
        const checked = PAYBACK_CODEC.check(field, value);
        expect(typeof checked.ok).toBe('boolean');
      }
    });

    it('reads ranges given as lists or objects, and refuses an unreadable list', () => {
      expect(PAYBACK_CODEC.check('planPrice', [1, 2, 3])).toEqual({ ok: true, value: [1, 2, 3] });
      expect(PAYBACK_CODEC.check('planPrice', { low: 1, likely: 2, high: 3 })).toEqual({ ok: true, value: [1, 2, 3] });
      expect(PAYBACK_CODEC.check('planPrice', undefined)).toEqual({ ok: true, value: undefined });
      const unreadable = new Proxy([1, 2, 3], { get() { throw new Error('x'); } });
      expect(PAYBACK_CODEC.check('planPrice', unreadable)).toMatchObject({ ok: false, code: 'unreadable' });
    });

    it('takes every decision path, the estimator and the comparison table as a source', () => {
      for (const from of PAYBACK_HANDOFF_SOURCES) expect(PAYBACK_CODEC.check('from', from)).toEqual({ ok: true, value: from });
    });
  });

  it('a decoded link gives a result', () => {
    const decoded = decodeWith([PAYBACK_CODEC], 'pb=chat-8b-l40s&rpd=2M');
    const input = decoded.ok ? decoded.value.payback : undefined;
    expect(estimate(input).inputs.perDay).toBe(2e6);
    expect(likely(estimate(input).before.monthly)).toBeGreaterThan(0);
  });
});
