import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACK_TESTS, GPU_IDS, GPUS, METHODS, PRECISION_OPTIONS, estimateMemory, estimateTimeline, isSourceId, runBackTests } from '../../src/rules/index.ts';
import type { GpuId, MemoryEstimate, Phase, Timeline } from '../../src/rules/index.ts';
import { parseNumber } from '../../src/rules/validate/number.ts';
import { combine, product } from '../../src/rules/timeline/phases.ts';
import { allFinite, deepFreeze } from './helpers.ts';

function estimate(input: unknown): Timeline {
  const result = estimateTimeline(deepFreeze(input));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function memory(input: unknown): MemoryEstimate {
  const result = estimateMemory(deepFreeze(input));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const phase = (t: Timeline, id: Phase['id']) => t.phases.find((p) => p.id === id)!;
const SECONDS_PER_DAY = 86_400;

describe('compute per method, worked by hand', () => {
  // 8B model, 50M tokens × 2 epochs = 1e8 tokens, one H100 SXM (989 TFLOP/s), fine-tune MFU 0.12 / 0.2 / 0.3.
  const tokens = 50e6 * 2;
  const base = { scenario: 'fine-tune', modelParams: '8B', datasetTokens: '50M', epochs: 2, gpuType: 'h100-sxm', gpuCount: 1 } as const;
  const ideal = (flops: number, mfu: number) => flops / (989e12 * mfu) / SECONDS_PER_DAY;

  it.each([
    ['full', 6 * 8e9 * tokens, 'six-n-d', 1, 1],
    ['lora', 4 * 8e9 * tokens, 'four-n-d', 1, 1],
    ['qlora', 4 * 8e9 * tokens, 'four-n-d', 1.56, 2],
  ] as const)('%s: %d FLOPs (%s), slowed %d–%d ×', (method, flops, kind, slowLow, slowHigh) => {
    const t = estimate({ ...base, method });
    expect(t.compute.method).toBe(kind);
    expect(t.compute.tokens).toBe(tokens);
    expect(t.compute.flops).toBeCloseTo(flops, -8);
    expect(t.compute.idealDays.low).toBeCloseTo(ideal(flops, 0.3) * slowLow, 10);
    expect(t.compute.idealDays.likely).toBeCloseTo(ideal(flops, 0.2) * slowLow, 10);
    expect(t.compute.idealDays.high).toBeCloseTo(ideal(flops, 0.12) * slowHigh, 10);
  });

  it('pretraining a mixture-of-experts model counts the active parameters: 6 × 37B × 1T', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: '671B', activeParams: '37B', trainingTokens: '1T', gpuCount: 1024 });
    expect(t.compute.flops).toBeCloseTo(6 * 37e9 * 1e12, -14);
  });

  it('active parameters above the total are capped at the total', () => {
    expect(estimate({ scenario: 'train-from-scratch', modelParams: '7B', activeParams: '70B' }).inputs.activeParams).toBe(7e9);
  });

  it('FP8 pretraining uses the doubled peak at the FP8 MFU 0.30 / 0.22 / 0.14 (mfu-fp8)', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: '7B', precision: 'fp8', gpuType: 'h100-sxm', gpuCount: 8 });
    const days = (mfu: number) => 5.88e21 / (8 * 1978e12 * mfu) / SECONDS_PER_DAY;
    expect(t.compute.idealDays.likely).toBeCloseTo(days(0.22), 6);
    expect(t.inputs.mfu).toEqual({ low: 0.14, likely: 0.22, high: 0.3 });
  });

  it('distillation: 2 × 8B teacher + 6 × 1B student per token over the tokens (trn-distil-flops)', () => {
    const t = estimate({ ...base, scenario: 'optimize-existing', studentParams: '1B', techniques: ['distillation'], refinementCycles: 0 });
    const flops = (2 * 8e9 + 6 * 1e9) * tokens;
    const hours = phase(t, 'optimization').gpuHours;
    expect(hours.likely).toBeCloseTo(ideal(flops, 0.2) * 24 * 1.2, 8);
    expect(hours.low).toBeCloseTo(ideal(flops, 0.3) * 24 * 1.1, 8);
  });

  it('distillation without a student size takes a student 60% of the teacher (opt-distil)', () => {
    const t = estimate({ ...base, scenario: 'optimize-existing', techniques: ['distillation'], refinementCycles: 0 });
    const flops = (2 * 8e9 + 6 * 4.8e9) * tokens;
    expect(phase(t, 'optimization').gpuHours.likely).toBeCloseTo(ideal(flops, 0.2) * 24 * 1.2, 8);
  });

  it('pruning with recovery is a full fine-tune over the tokens given', () => {
    const t = estimate({ ...base, scenario: 'optimize-existing', techniques: ['pruning'], refinementCycles: 0 });
    expect(phase(t, 'optimization').gpuHours.likely).toBeCloseTo(ideal(6 * 8e9 * tokens, 0.2) * 24 * 1.2, 8);
  });

  it('hyperparameter tuning and ensembles stay multiples of the training run (def-opt-retrain)', () => {
    const t = estimate({ ...base, method: 'full', techniques: ['hyperparameter-tuning'], refinementCycles: 0 });
    const training = phase(t, 'initial-training').gpuHours;
    expect(phase(t, 'optimization').gpuHours.likely).toBeCloseTo(training.likely, 10);
  });

  it('classic models quantize without calibration GPU-hours and distil against the default run', () => {
    const t = estimate({ scenario: 'fine-tune', modelKind: 'classic', datasetTokens: '1M', techniques: ['quantization', 'distillation'], gpuCount: 1 });
    expect(phase(t, 'optimization').gpuHours).toEqual({ low: 0.3 * 1, likely: 8, high: 300 });
    expect(t.memory).toBeNull();
  });

  it.each([
    [{ ...base, method: 'qlora' }, /^4 × 8 billion parameters × 100 million tokens = .* at an MFU of 0\.12 \/ 0\.2 \/ 0\.3, 1\.56 \/ 1\.56 \/ 2 × slower for QLoRA/, 'trn-lora-flops'],
    [{ scenario: 'train-from-scratch', modelParams: '671B', activeParams: '37B', precision: 'fp8', gpuCount: 64 }, /^6 × 37 billion active parameters × 13\.42 trillion tokens .*1,978 TFLOP\/s dense FP8/, 'trn-moe'],
  ])('the basis names the method: %j', (input, basis, source) => {
    const p = phase(estimate(input), 'initial-training');
    expect(p.basis).toMatch(basis);
    expect(p.sourceIds).toContain(source);
  });

  it('a measured throughput replaces the FLOPs formula for a fine-tune', () => {
    const t = estimate({ ...base, tokensPerSecond: 1000 });
    expect(t.compute.method).toBe('throughput');
    expect(t.compute.idealDays.likely).toBeCloseTo(tokens / 1000 / SECONDS_PER_DAY, 10);
  });

  it('pretraining refinement repeats a full fine-tune over the dataset tokens when they are given', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: '1B', trainingTokens: '20B', datasetTokens: '10M', refinementCycles: 1, gpuCount: 8 });
    const flops = 6 * 1e9 * 10e6;
    const days = (mfu: number) => flops / (8 * 989e12 * mfu) / SECONDS_PER_DAY;
    expect(phase(t, 'refinement').gpuHours.likely).toBeCloseTo(days(0.35) * 1.2 * 24 * 8, 8);
  });

  it('a fine-tune with nothing known about its data falls back to the GPU-hour defaults and says so', () => {
    const result = estimateTimeline({ scenario: 'fine-tune', modelParams: '8B' });
    expect(result.ok && result.value.compute.method).toBe('default-gpu-hours');
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Fine-tune compute uses typical GPU-hours because the data size is unknown/)]);
  });
});

describe('estimateMemory, worked by hand', () => {
  // 70B: 71 layers, hidden 9,064 (12 · L · h², h ≈ 128 L); 2,048 tokens × 1 sequence.
  const act70 = (2048 * 9064 * (2 * 71 + 34)) / 1e9;
  it.each([
    ['full on 8 × H100', { modelParams: '70B', method: 'full', gpuType: 'h100-sxm', gpuCount: 8 }, { weights: 17.5, gradients: 17.5, optimizer: 105, activations: act70, kvCache: 0 }, false, 15],
    ['LoRA on 2 × H100', { modelParams: '70B', method: 'lora', gpuType: 'h100-sxm', gpuCount: 2 }, { weights: 70, gradients: 0, optimizer: 0, activations: act70, kvCache: 0 }, true, 2],
    ['QLoRA on 1 × L40S', { modelParams: '70B', method: 'qlora', gpuType: 'l40s', gpuCount: 1 }, { weights: 35, gradients: 0, optimizer: 0, activations: act70, kvCache: 0 }, true, 1],
    [
      'BF16 serving on 2 × H100, 4 × 4,096 tokens',
      { modelParams: '70B', method: 'inference', gpuType: 'h100-sxm', gpuCount: 2, sequenceLength: 4096, batchSize: 4 },
      { weights: 70, gradients: 0, optimizer: 0, activations: 0, kvCache: (2 * 71 * 9064 * 2 * 4096 * 4) / 1e9 / 2 },
      false,
      3,
    ],
    [
      'FP8 serving on 1 × MI300X',
      { modelParams: '70B', method: 'inference', precision: 'fp8', gpuType: 'mi300x', gpuCount: 1 },
      { weights: 70, gradients: 0, optimizer: 0, activations: 0, kvCache: (2 * 71 * 9064 * 1 * 2048) / 1e9 },
      true,
      1,
    ],
  ] as const)('%s', (_name, input, breakdown, fits, minGpus) => {
    const m = memory(input);
    for (const [key, value] of Object.entries(breakdown)) expect(m.breakdown[key as keyof typeof breakdown]).toBeCloseTo(value, 6);
    expect(m.perGpuGB).toBeCloseTo(Object.values(breakdown).reduce((a, b) => a + b, 0), 6);
    expect(m.fits).toBe(fits);
    expect(m.minGpus).toBe(minGpus);
    expect(m.shape).toEqual({ layers: 71, hidden: 9064 });
    for (const id of m.sourceIds) expect(isSourceId(id)).toBe(true);
  });

  it('QLoRA fits a 65B fine-tune on one 48 GB GPU (mem-qlora, ft-qlora)', () => {
    expect(memory({ modelParams: '65B', method: 'qlora', gpuType: 'l40s' }).fits).toBe(true);
  });

  it('defaults to a full fine-tune on one H100 at 2,048 tokens', () => {
    const m = memory({ modelParams: 1e9 });
    expect([m.method, m.availableGB, m.fits]).toEqual(['full', 80, true]);
  });

  it('says no count fits when the activations alone exceed one GPU', () => {
    const m = memory({ modelParams: '70B', gpuType: 't4', sequenceLength: 8192, batchSize: 8 });
    expect(m.minGpus).toBeNull();
    expect(m.fits).toBe(false);
  });

  it.each([
    [{ modelParams: '70 billion', method: 'sft' }, 'method', 'invalid-choice', 'Fine-tuning method must be full, lora, qlora or inference.'],
    [{ modelParams: 'big' }, 'modelParams', 'not-a-number', expect.stringMatching(/^Model size \(parameters\) must be a number between 1 and 100 trillion/)],
    [{}, 'modelParams', 'required', 'Model size (parameters) is required, for example 70B, 70 billion or 350M.'],
    [{ modelParams: '7B', sequenceLength: 0 }, 'sequenceLength', 'out-of-range', 'Sequence length (tokens) must be a whole number between 1 and 10 million, for example 2048.'],
    [{ modelParams: '7B', batchSize: 1.5 }, 'batchSize', 'out-of-range', 'Batch size per GPU must be a whole number between 1 and 1 million, for example 8.'],
    [{ modelParams: '7B', gpuType: 'v100' }, 'gpuType', 'invalid-choice', expect.stringMatching(/^GPU type must be a100/)],
    [{ modelParams: '7B', precision: 'int4' }, 'precision', 'invalid-choice', 'Precision must be bf16 or fp8.'],
    [{ modelParams: '7B', activeParams: 'x' }, 'activeParams', 'not-a-number', expect.stringMatching(/^Active parameters per token/)],
    [{ modelParams: '7B', gpuCount: 0 }, 'gpuCount', 'out-of-range', expect.stringMatching(/^Number of GPUs/)],
  ])('%j is an error on %s (%s)', (input, field, code, message) => {
    expect(estimateMemory(deepFreeze(input))).toEqual({ ok: false, errors: [{ field, code, message }] });
  });

  it.each([[null], [undefined], ['70B'], [[1]]])('rejects %j without throwing', (input) => {
    const result = estimateMemory(input);
    expect(result.ok).toBe(false);
  });

  it('reports a field whose getter throws', () => {
    const hostile = Object.defineProperty({ modelParams: '7B' }, 'batchSize', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(estimateMemory(hostile)).toEqual({ ok: false, errors: [{ field: 'batchSize', code: 'unreadable', message: 'Batch size per GPU could not be read. Enter it again.' }] });
  });
});

describe('memory in the timeline', () => {
  it('a 405B fine-tune on one L4 warns on gpuCount and names the fewest GPUs that fit', () => {
    const result = estimateTimeline({ scenario: 'fine-tune', modelParams: '405B', datasetTokens: '10M', gpuType: 'l4', gpuCount: 1 });
    if (!result.ok) throw new Error('not ok');
    const warning = result.warnings.find((w) => w.code === 'does-not-fit')!;
    expect(warning.field).toBe('gpuCount');
    expect(warning.message).toMatch(new RegExp(`fits on ${result.value.memory!.minGpus} or more of them`));
    expect(result.value.memory!.fits).toBe(false);
  });

  it('a plan no count can hold says so', () => {
    const result = estimateTimeline({ scenario: 'train-from-scratch', modelParams: '100T', gpuType: 't4', gpuCount: 1 });
    expect(result.ok && result.warnings.find((w) => w.code === 'does-not-fit')!.message).toMatch(/no number of them fits/);
  });

  it('optimizing an existing model checks serving memory', () => {
    expect(estimate({ scenario: 'optimize-existing', modelParams: '8B' }).memory!.method).toBe('inference');
  });

  it('every preset fits its GPUs', () => {
    for (const preset of ['fine-tune-8b-lora', 'pretrain-7b', 'quantize-existing']) {
      const result = estimateTimeline({ preset });
      expect(result.ok && result.warnings.filter((w) => w.code === 'does-not-fit')).toEqual([]);
    }
  });
});

describe('costs and labels', () => {
  it('without a day rate the cost is GPU time only and says so', () => {
    const t = estimate({ scenario: 'fine-tune', modelParams: '8B', datasetTokens: '50M' });
    expect(t.total.teamCost).toBeNull();
    expect(t.total.cost).toEqual(t.total.gpuCost);
    expect(t.labels.gpuCost).toBe('GPU compute cost (GPU time only)');
    expect(t.labels.note).toMatch(/^GPU time only/);
  });

  it('with a day rate, team cost is calendar days × the rate, beside GPU cost', () => {
    const t = estimate({ scenario: 'fine-tune', modelParams: '8B', datasetTokens: '50M', dayRate: 1000 });
    expect(t.total.teamCost!.likely).toBeCloseTo(t.total.likely * 1000, 6);
    expect(t.total.cost!.likely).toBeCloseTo(t.total.gpuCost.likely + t.total.teamCost!.likely, 6);
    expect(t.labels.teamCost).toMatch(/^Team cost/);
  });
});

describe('ranges you can plan with', () => {
  it.each([
    ['fine-tune-8b-lora', {}],
    ['pretrain-7b', {}],
    ['a 70B QLoRA fine-tune on 2 × H100', { scenario: 'fine-tune', modelParams: '70B', method: 'qlora', datasetTokens: '100M', epochs: 2, gpuType: 'h100-sxm', gpuCount: 2 }],
    ['a 13B full fine-tune on 8 × A100', { scenario: 'fine-tune', modelParams: '13B', method: 'full', datasetTokens: '200M', epochs: 3, gpuType: 'a100', gpuCount: 8 }],
  ])('%s: the total high ÷ low is at most 4', (name, input) => {
    const t = estimate(name.includes(' ') ? input : { preset: name });
    expect(t.total.high / t.total.low).toBeLessThanOrEqual(4);
  });
});

it('an optimize-only plan has no compute to pin down: its range is that of the people phases (at most 5 ×)', () => {
  const t = estimate({ preset: 'quantize-existing' });
  expect(t.total.high / t.total.low).toBeLessThanOrEqual(5);
});

describe('combining independent ranges', () => {
  it.each([
    [{ low: 2, likely: 3, high: 6 }, { low: 1, likely: 1, high: 1 }, { low: 2, likely: 3, high: 6 }],
    [{ low: 1, likely: 1, high: 1 }, { low: 2, likely: 3, high: 6 }, { low: 2, likely: 3, high: 6 }],
    [{ low: 0, likely: 0, high: 2 }, { low: 1, likely: 2, high: 3 }, { low: 0, likely: 0, high: 6 }],
    [{ low: 1, likely: 2, high: 4 }, { low: 3, likely: 4, high: 4 }, { low: 8 * (1 - Math.hypot(0.5, 0.25)), likely: 8, high: 16 }],
  ])('product(%j, %j) = %j', (a, b, expected) => {
    const r = product(a, b);
    expect(r.low).toBeCloseTo(expected.low, 10);
    expect(r.likely).toBeCloseTo(expected.likely, 10);
    expect(r.high).toBeCloseTo(expected.high, 10);
  });

  it('combine adds likely values and the distances to the ends in quadrature', () => {
    expect(combine([{ low: 1, likely: 4, high: 7 }, { low: 0, likely: 4, high: 8 }])).toEqual({ low: 3, likely: 8, high: 13 });
  });
});

describe('options for the form', () => {
  it('labels every method and precision', () => {
    expect(Object.keys(METHODS)).toEqual(['full', 'lora', 'qlora']);
    expect(Object.keys(PRECISION_OPTIONS)).toEqual(['bf16', 'fp8']);
  });
});

describe('sizes people type', () => {
  it.each([
    ['70B', 70e9],
    ['70 billion', 70e9],
    ['70 bn', 70e9],
    ['70 Billion', 70e9],
    ['1.5T', 1.5e12],
    ['1.5 trillion', 1.5e12],
    ['350M', 350e6],
    ['350 million', 350e6],
    ['2 mn', 2e6],
    ['10k', 1e4],
    ['10 thousand', 1e4],
    ['7e9', 7e9],
    ['3 tn', 3e12],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text, { suffixes: true })).toEqual({ ok: true, value });
  });
});

describe('published back-tests', () => {
  const rows = runBackTests();

  it('has at least ten runs across pretraining, fine-tuning and quantization', () => {
    expect(BACK_TESTS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(BACK_TESTS.map((b) => b.kind))).toEqual(new Set(['pretraining', 'fine-tuning', 'quantization']));
  });

  it.each(rows.map((r) => [r.label, r]))('%s: the published GPU-hours fall within low–high', (_label, row) => {
    expect(row.publishedGpuHours).toBeGreaterThanOrEqual(row.low);
    expect(row.publishedGpuHours).toBeLessThanOrEqual(row.high);
    expect(row.within).toBe(true);
    expect(row.ratio).toBeCloseTo(row.publishedGpuHours / row.likely, 10);
    for (const id of row.sourceIds) expect(isSourceId(id)).toBe(true);
  });

  it('a run whose input is invalid is reported as outside, never NaN', () => {
    const [row] = runBackTests([{ ...BACK_TESTS[0]!, input: { scenario: 'nope' } as never }]);
    expect([row!.likely, row!.ratio, row!.within]).toEqual([0, 0, false]);
  });
});

describe('properties', () => {
  const RUNS = { numRuns: 150 };
  const gpu = fc.constantFrom(...(GPU_IDS as readonly GpuId[]));
  const method = fc.constantFrom('full', 'lora', 'qlora');
  const params = fc.double({ min: 1e8, max: 1e12, noNaN: true });
  const tokens = fc.double({ min: 1e6, max: 1e12, noNaN: true });

  it('GPU-hours grow with model size and with data', () => {
    fc.assert(
      fc.property(gpu, method, params, tokens, fc.double({ min: 1.01, max: 10, noNaN: true }), (gpuType, m, n, d, k) => {
        const input = { scenario: 'fine-tune', method: m, modelParams: n, datasetTokens: d, gpuType, refinementCycles: 0, techniques: [] };
        const base = estimate(input).total.gpuHours.likely;
        expect(estimate({ ...input, modelParams: Math.min(1e14, n * k) }).total.gpuHours.likely).toBeGreaterThan(base);
        expect(estimate({ ...input, datasetTokens: d * k }).total.gpuHours.likely).toBeGreaterThan(base);
      }),
      RUNS,
    );
  });

  it('calendar time falls as GPUs are added, but never below the overhead floor', () => {
    fc.assert(
      fc.property(gpu, params, fc.integer({ min: 1, max: 512 }), (gpuType, n, g) => {
        const input = { scenario: 'train-from-scratch', modelParams: n, gpuType, gpuCount: g, refinementCycles: 0, techniques: [] };
        const fewer = estimate(input);
        const more = estimate({ ...input, gpuCount: g * 2 });
        expect(phase(more, 'initial-training').likely).toBeLessThanOrEqual(phase(fewer, 'initial-training').likely);
        expect(more.total.likely).toBeLessThanOrEqual(fewer.total.likely);
        expect(phase(more, 'initial-training').likely).toBeGreaterThanOrEqual(10);
      }),
      RUNS,
    );
  });

  it('a plan that fits still fits with more GPUs', () => {
    fc.assert(
      fc.property(gpu, fc.constantFrom('full', 'lora', 'qlora', 'inference'), params, fc.integer({ min: 1, max: 64 }), (gpuType, m, n, g) => {
        const one = memory({ modelParams: n, method: m, gpuType, gpuCount: g });
        const more = memory({ modelParams: n, method: m, gpuType, gpuCount: g + 1 });
        if (one.fits) expect(more.fits).toBe(true);
        expect(more.perGpuGB).toBeLessThanOrEqual(one.perGpuGB);
        if (one.minGpus !== null) expect(memory({ modelParams: n, method: m, gpuType, gpuCount: one.minGpus }).fits).toBe(true);
        expect(allFinite(one)).toBe(true);
      }),
      RUNS,
    );
  });

  it('LoRA never costs more compute than a full fine-tune', () => {
    fc.assert(
      fc.property(gpu, params, tokens, (gpuType, n, d) => {
        const input = { scenario: 'fine-tune', modelParams: n, datasetTokens: d, gpuType, refinementCycles: 0, techniques: [] };
        expect(estimate({ ...input, method: 'lora' }).total.gpuHours.likely).toBeLessThanOrEqual(estimate({ ...input, method: 'full' }).total.gpuHours.likely);
      }),
      RUNS,
    );
  });

  it('every GPU has a sourced default price and MFU', () => {
    for (const id of GPU_IDS) {
      expect(isSourceId(GPUS[id].priceSource)).toBe(true);
      expect(isSourceId(GPUS[id].mfu.source)).toBe(true);
    }
  });
});

describe('sensitivity', () => {
  it('ranks the dataset tokens when the workload gives them', () => {
    const t = estimate({ scenario: 'fine-tune', modelParams: '70B', method: 'full', datasetTokens: '1B', epochs: 3, gpuType: 'a100', gpuCount: 8 });
    expect(t.sensitivity.map((s) => s.input)).toContain('datasetTokens');
  });
});
