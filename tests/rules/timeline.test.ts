import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATA_READINESS,
  GPU_IDS,
  GPUS,
  OPTIMIZATION_TECHNIQUE_IDS,
  PHASES,
  PRESET_IDS,
  PRESETS,
  SCENARIOS,
  isSourceId,
  estimateTimeline,
} from '../../src/rules/index.ts';
import type { DataReadiness, GpuId, Phase, Range, Timeline, TimelineInput } from '../../src/rules/index.ts';
import { allFinite, deepFreeze } from './helpers.ts';

function estimate(input: unknown): Timeline {
  const result = estimateTimeline(deepFreeze(input));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function warningsOf(input: unknown): string[] {
  const result = estimateTimeline(input);
  return result.ok ? result.warnings.map((w) => `${w.field}:${w.code}`) : ['not ok'];
}

const phase = (t: Timeline, id: Phase['id']) => t.phases.find((p) => p.id === id)!;
const days = (r: { low: number; likely: number; high: number }) => [r.low, r.likely, r.high];

describe('GPUS', () => {
  // id, dense BF16 peak, GB, FP8 peak (null without FP8), likely BF16 MFU
  const expected: [GpuId, number, number, number | null, number][] = [
    ['a100', 312, 80, null, 0.4],
    ['h100-sxm', 989, 80, 1978, 0.35],
    ['h100-pcie', 756, 80, 1512, 0.35],
    ['h200', 989, 141, 1978, 0.35],
    ['b200', 2250, 180, 4500, 0.35],
    ['b300', 2250, 288, 4500, 0.35],
    ['l40s', 362, 48, 724, 0.3],
    ['l4', 121, 24, 242, 0.3],
    ['t4', 65, 16, null, 0.3],
    ['mi300x', 1307.4, 192, 2614.8, 0.3],
    ['mi325x', 1307.4, 256, 2614.8, 0.3],
    ['tpu-v4', 275, 32, null, 0.4],
    ['tpu-v5e', 197, 16, null, 0.4],
    ['tpu-v5p', 459, 95, null, 0.4],
    ['tpu-v6e', 918, 32, null, 0.4],
  ];

  it('lists the fifteen accelerators in order', () => {
    expect(GPU_IDS).toEqual(expected.map(([id]) => id));
  });

  it.each(expected)('%s: %d TFLOP/s dense, %i GB, FP8 %s, MFU %d', (id, peak, memory, fp8, mfu) => {
    const gpu = GPUS[id];
    expect([gpu.id, gpu.peakTflops, gpu.memoryGb]).toEqual([id, peak, memory]);
    expect(gpu.fp8Tflops === null ? null : gpu.fp8Tflops).toBe(fp8 === null ? null : gpu.fp8Tflops);
    if (fp8 !== null) expect(gpu.fp8Tflops).toBeCloseTo(fp8, 6);
    expect(gpu.mfu.bf16.likely).toBe(mfu);
    expect(gpu.mfu.fp8 === null).toBe(fp8 === null);
    expect(gpu.source).toBe(`hw-${id}`);
    expect(gpu.price).not.toBeNull();
    expect(gpu.priceRead).toBe('2026-11-25');
    expect(isSourceId(gpu.priceSource)).toBe(true);
    expect(isSourceId(gpu.mfu.source)).toBe(true);
  });
});

describe('training compute', () => {
  it('GPT-3: 175B on 300B tokens, 1,024 A100 at 40% MFU is about 28.5 ideal days (trn-gpt3)', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: '175B', trainingTokens: '300B', gpuType: 'a100', gpuCount: 1024, mfu: 0.4 });
    expect(t.compute.method).toBe('six-n-d');
    expect(t.compute.flops).toBeCloseTo(3.15e23, -20);
    expect(t.compute.idealDays.likely).toBeCloseTo(28.5, 1);
    const training = phase(t, 'initial-training');
    expect(training.low).toBeCloseTo(28.53 * 1.1, 1);
    expect(training.likely).toBeGreaterThanOrEqual(28.5 * 1.1);
    expect(training.high).toBeLessThanOrEqual(28.6 * 1.5);
  });

  it('GPT-3 on 1,024 H100 at 40% is about 9 ideal days (trn-gpt3)', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: 175e9, trainingTokens: 300e9, gpuType: 'h100-sxm', gpuCount: 1024, mfu: '40%' });
    expect(t.compute.idealDays.likely).toBeCloseTo(9, 0);
  });

  it('7B on 140B tokens on 8 H100: 5.88e21 FLOPs, 21.5 / 28.7 / 43 ideal days at MFU 0.4 / 0.3 / 0.2 (trn-7b-ex)', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: '7B', gpuType: 'h100-sxm', gpuCount: 8, mfu: 0.4 });
    expect(t.compute.tokens).toBe(140e9);
    expect(t.compute.flops).toBeCloseTo(5.88e21, -18);
    expect(t.compute.idealDays.likely).toBeCloseTo(21.5, 1);
    expect(t.compute.idealDays.likely * 24 * 8).toBeCloseTo(4129, -1);
    expect(estimate({ scenario: 'train-from-scratch', modelParams: '7B', gpuCount: 8, mfu: 0.3 }).compute.idealDays.likely).toBeCloseTo(28.7, 1);
    expect(estimate({ scenario: 'train-from-scratch', modelParams: '7B', gpuCount: 8, mfu: 0.2 }).compute.idealDays.likely).toBeCloseTo(43, 0);
  });

  it('H100 pretraining takes the Hopper MFU range 0.45 / 0.35 / 0.25 (def-mfu-family)', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: '7B', gpuType: 'h100-sxm', gpuCount: 8 });
    const ideal = (mfu: number) => 5.88e21 / (8 * 989e12 * mfu) / 86_400;
    expect(t.compute.idealDays.low).toBeCloseTo(ideal(0.45), 6);
    expect(t.compute.idealDays.likely).toBeCloseTo(ideal(0.35), 6);
    expect(t.compute.idealDays.high).toBeCloseTo(ideal(0.25), 6);
  });

  it('7B at the measured MPT throughput of 10,643 tokens/s per GPU takes 19.0 ideal days (trn-7b-ex)', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelParams: '7B', tokensPerSecond: '10,643', gpuCount: 8 });
    expect(t.compute.method).toBe('throughput');
    expect(t.compute.idealDays.likely).toBeCloseTo(19.0, 1);
  });

  it('total FLOPs replace 6·N·D for non-transformer work', () => {
    const t = estimate({ scenario: 'train-from-scratch', modelKind: 'classic', totalFlops: '5.88e21', gpuCount: 8, mfu: 0.4 });
    expect(t.compute.method).toBe('total-flops');
    expect(t.compute.tokens).toBeNull();
    expect(t.compute.idealDays.likely).toBeCloseTo(21.5, 1);
  });

  it.each([
    ['fine-tune', 'llm', [4, 24, 200]],
    ['fine-tune', 'classic', [1, 8, 100]],
    ['train-from-scratch', 'classic', [1, 8, 100]],
  ] as const)('%s of a %s model uses the GPU-hour defaults %j', (scenario, modelKind, gpuHours) => {
    const t = estimate({ scenario, modelKind, gpuCount: 1 });
    expect(t.compute.method).toBe('default-gpu-hours');
    expect(days(phase(t, 'initial-training').gpuHours)).toEqual(gpuHours);
    days(t.compute.idealDays).forEach((d, i) => expect(d).toBeCloseTo(gpuHours[i]! / 24, 10));
  });

  it('a full fine-tune with known tokens uses 6·N·D', () => {
    const t = estimate({ scenario: 'fine-tune', method: 'full', modelParams: '8B', trainingTokens: '100M', gpuCount: 1 });
    expect(t.compute.method).toBe('six-n-d');
    expect(t.compute.flops).toBeCloseTo(6 * 8e9 * 1e8, -10);
  });

  it('the training phase never takes less than a typical first training phase (def-train-calendar)', () => {
    const t = estimate({ scenario: 'fine-tune', gpuCount: 8 });
    expect(days(phase(t, 'initial-training'))).toEqual([2, 10, 40]);
  });

  it('optimizing an existing model has no training phase', () => {
    const t = estimate({ scenario: 'optimize-existing' });
    const training = phase(t, 'initial-training');
    expect(training.skipped).toBe(true);
    expect([...days(training), ...days(training.gpuHours)]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(t.compute).toEqual({ method: 'none', flops: null, tokens: null, idealDays: { low: 0, likely: 0, high: 0 } });
    expect(training.basis).toMatch(/no training phase/);
  });
});

describe('phases', () => {
  it('come in order, one after another', () => {
    const t = estimate({ scenario: 'fine-tune' });
    expect(t.phases.map((p) => p.id)).toEqual(['data-preparation', 'initial-training', 'validation', 'optimization', 'refinement']);
    expect(t.phases.map((p) => p.label)).toEqual(t.phases.map((p) => PHASES[p.id].label));
    let start = { low: 0, likely: 0, high: 0 };
    for (const p of t.phases) {
      expect(p.start).toEqual(start);
      start = { low: start.low + p.low, likely: start.likely + p.likely, high: start.high + p.high };
    }
  });

  it.each([
    ['ready', [0, 0, 0]],
    ['needs-cleaning', [5, 5, 20]],
    ['needs-labeling', [5, 20, 60]],
    ['needs-collection', [20, 60, 60]],
  ] as [DataReadiness, number[]][])('data that is %s takes %j days', (dataReadiness, expected) => {
    const p = phase(estimate({ scenario: 'fine-tune', dataReadiness }), 'data-preparation');
    expect(days(p)).toEqual(expected);
    expect(p.skipped).toBe(dataReadiness === 'ready');
    expect(p.basis).toMatch(dataReadiness === 'ready' ? /no preparation/ : /def-dataprep/);
  });

  it('defaults data readiness to ready for an existing model and to needs cleaning otherwise', () => {
    expect(estimate({ scenario: 'optimize-existing' }).inputs.dataReadiness).toBe('ready');
    expect(estimate({ scenario: 'fine-tune' }).inputs.dataReadiness).toBe('needs-cleaning');
  });

  it('validation takes 2 / 5 / 15 days (def-validation)', () => {
    expect(days(phase(estimate({ scenario: 'fine-tune' }), 'validation'))).toEqual([2, 5, 15]);
  });

  it('no optimization technique skips the optimization phase', () => {
    const p = phase(estimate({ scenario: 'fine-tune', techniques: [] }), 'optimization');
    expect(p.skipped).toBe(true);
    expect(p.basis).toBe('No optimization techniques were chosen.');
  });

  it('engineering-only techniques take 0.5 / 3 / 10 days together and no GPU-hours (def-opt-light)', () => {
    const p = phase(estimate({ scenario: 'fine-tune', techniques: ['compilation', 'batching', 'caching', 'threshold-tuning'] }), 'optimization');
    expect(days(p)).toEqual([0.5, 3, 10]);
    expect(days(p.gpuHours)).toEqual([0, 0, 0]);
  });

  it('post-training quantization adds calibration: 4 GPU-hours per 175B on an A100, × 1 / 1.2 / 1.5 (opt-gptq)', () => {
    const p = phase(estimate({ scenario: 'optimize-existing', modelParams: '175B', gpuType: 'a100', gpuCount: 1, techniques: ['quantization'] }), 'optimization');
    days(p.gpuHours).forEach((h, i) => expect(h).toBeCloseTo([4, 4.8, 6][i]!, 10));
    const h100 = phase(estimate({ scenario: 'optimize-existing', modelParams: '70B', gpuType: 'h100-sxm', gpuCount: 1, techniques: ['quantization'] }), 'optimization');
    expect(h100.gpuHours.low).toBeCloseTo((4 * (70 / 175) * 312) / 989, 10);
  });

  it('each retraining technique costs 0.3 / 1 / 3 × the training GPU-hours (def-opt-retrain)', () => {
    const one = estimate({ scenario: 'fine-tune', techniques: ['distillation'], gpuCount: 1 });
    const two = estimate({ scenario: 'fine-tune', techniques: ['distillation', 'pruning'], gpuCount: 1 });
    const training = phase(one, 'initial-training').gpuHours;
    expect(days(phase(one, 'optimization').gpuHours)).toEqual([0.3 * training.low, 1 * training.likely, 3 * training.high]);
    expect(days(phase(two, 'optimization').gpuHours)).toEqual(days(phase(one, 'optimization').gpuHours).map((h) => 2 * h));
  });

  it('retraining an existing model is measured against a fine-tune-scale run', () => {
    const p = phase(estimate({ scenario: 'optimize-existing', techniques: ['distillation'], gpuCount: 1 }), 'optimization');
    expect(days(p.gpuHours)).toEqual([0.3 * 4, 24, 3 * 200]);
  });

  it.each([
    [0, true],
    [2, false],
  ])('%i refinement cycles (skipped: %s)', (refinementCycles, skipped) => {
    const t = estimate({ scenario: 'optimize-existing', refinementCycles, gpuCount: 1 });
    const p = phase(t, 'refinement');
    expect(p.skipped).toBe(skipped);
    expect(days(p.gpuHours)).toEqual([4, 24, 200].map((h) => h * refinementCycles));
    days(p).forEach((d, i) => expect(d).toBeCloseTo([4 / 24 + 5, 1 + 5, 200 / 24 + 5][i]! * refinementCycles, 10));
  });

  it('refinement defaults to 1 / 3 / 6 cycles (def-refine)', () => {
    expect(estimate({ scenario: 'fine-tune' }).inputs.refinementCycles).toEqual({ low: 1, likely: 3, high: 6 });
  });

  it('refining a fine-tune repeats the fine-tune itself', () => {
    const t = estimate({ scenario: 'fine-tune', modelParams: '8B', trainingTokens: '1B', refinementCycles: 1, gpuCount: 1 });
    expect(phase(t, 'refinement').gpuHours).toEqual(phase(t, 'initial-training').gpuHours);
  });
});

describe('costs', () => {
  it('multiply GPU-hours by the default price of the GPU (def-price-h100)', () => {
    const t = estimate({ scenario: 'fine-tune', gpuType: 'h100-sxm', gpuCount: 1 });
    const p = phase(t, 'initial-training');
    expect(p.cost).toEqual({ low: 4 * 2.5, likely: 24 * 4, high: 200 * 7 });
    expect(t.assumptions.find((a) => a.id === 'price')!.sourceIds).toEqual(['def-price-h100']);
  });

  it('use the price you give for all three figures', () => {
    const t = estimate({ scenario: 'fine-tune', gpuCount: 1, pricePerGpuHour: '3' });
    expect(phase(t, 'initial-training').cost).toEqual({ low: 12, likely: 72, high: 600 });
    expect(t.assumptions.find((a) => a.id === 'price')!.text).toMatch(/as you entered/);
  });

  it('add the team day rate for every calendar day', () => {
    const t = estimate({ scenario: 'fine-tune', gpuCount: 1, pricePerGpuHour: 0, dayRate: '1,000' });
    for (const p of t.phases) expect(p.cost).toEqual({ low: p.low * 1000, likely: p.likely * 1000, high: p.high * 1000 });
    expect(t.assumptions.find((a) => a.id === 'people-cost')!.text).toMatch(/1,000 US dollars per calendar day/);
  });

  it.each(GPU_IDS.filter((id) => GPUS[id].price === null).map((id) => [id]))('are unknown, with a warning, on %s without a price', (gpuType) => {
    const result = estimateTimeline({ scenario: 'fine-tune', gpuType });
    expect(result.ok && result.warnings).toEqual([
      { field: 'pricePerGpuHour', code: 'no-default-price', message: `There is no default price for the ${GPUS[gpuType].label}, so costs are shown as unknown. Enter your own price per GPU-hour to see them.` },
    ]);
    const t = estimate({ scenario: 'fine-tune', gpuType });
    expect(phase(t, 'initial-training').cost).toBeNull();
    expect(t.total.cost).toBeNull();
    expect(phase(t, 'validation').cost).toEqual({ low: 0, likely: 0, high: 0 });
    expect(t.assumptions.find((a) => a.id === 'price')!.sourceIds).toEqual([]);
  });

  it('count only people on a GPU without a price when the phase needs no GPU time', () => {
    const t = estimate({ scenario: 'fine-tune', gpuType: 'h200', dayRate: 100 });
    expect(phase(t, 'validation').cost).toEqual({ low: 200, likely: 500, high: 1500 });
  });
});

describe('inputs', () => {
  it.each([
    ['modelParams', '7B', 7e9],
    ['modelParams', '350M', 350e6],
    ['modelParams', ' 7.5 b ', 7.5e9],
    ['modelParams', '1e9', 1e9],
    ['modelParams', '1,000', 1000],
    ['modelParams', '10k', 1e4],
    ['trainingTokens', '1.5T', 1.5e12],
    ['gpuCount', '8', 8],
    ['mfu', '40%', 0.4],
    ['mfu', ' 0.35 ', 0.35],
  ])('reads %s = %j as %d', (field, raw, value) => {
    const inputs = estimate({ scenario: 'train-from-scratch', [field]: raw }).inputs as unknown as Record<string, unknown>;
    expect(field === 'mfu' ? (inputs.mfu as Range).likely : inputs[field]).toBeCloseTo(value, 10);
  });

  it.each([
    [{}, 'scenario', 'required', 'Scenario is required: choose train-from-scratch, fine-tune or optimize-existing.'],
    [{ scenario: 'pretrain' }, 'scenario', 'invalid-choice', 'Scenario must be train-from-scratch, fine-tune or optimize-existing.'],
    [{ scenario: 'fine-tune', preset: 'x' }, 'preset', 'invalid-choice', expect.stringMatching(/^Preset must be fine-tune-8b-lora, /)],
    [{ scenario: 'fine-tune', modelParams: '7 gazillion' }, 'modelParams', 'not-a-number', 'Model size (parameters) must be a number between 1 and 100 trillion, for example 70B, 70 billion or 350M.'],
    [{ scenario: 'fine-tune', method: 'adapter' }, 'method', 'invalid-choice', 'Fine-tuning method must be full, lora or qlora.'],
    [{ scenario: 'fine-tune', datasetTokens: 'lots' }, 'datasetTokens', 'not-a-number', 'Dataset tokens (one epoch) must be a number between 1 and 100 trillion, for example 50M or 2B.'],
    [{ scenario: 'fine-tune', epochs: 0 }, 'epochs', 'out-of-range', 'Epochs must be a number between 0.01 and 1,000, for example 3.'],
    [{ scenario: 'fine-tune', activeParams: '-3B' }, 'activeParams', 'out-of-range', 'Active parameters per token must be a number between 1 and 100 trillion, for example 37B.'],
    [{ scenario: 'fine-tune', studentParams: [] }, 'studentParams', 'not-a-number', 'Student model size (parameters) must be a number between 1 and 100 trillion, for example 1B or 350M.'],
    [{ scenario: 'fine-tune', precision: 'fp4' }, 'precision', 'invalid-choice', 'Precision must be bf16 or fp8.'],
    [{ scenario: 'fine-tune', modelParams: 0 }, 'modelParams', 'out-of-range', expect.stringMatching(/^Model size/)],
    [{ scenario: 'fine-tune', modelParams: '1,00' }, 'modelParams', 'thousands-separator', expect.stringMatching(/has a comma that is not a thousands separator/)],
    [{ scenario: 'fine-tune', trainingTokens: '1e400' }, 'trainingTokens', 'out-of-range', expect.stringMatching(/^Training tokens must be a number between 1 and 1 × 10\^16/)],
    [{ scenario: 'fine-tune', gpuCount: 1.5 }, 'gpuCount', 'out-of-range', 'Number of GPUs must be a whole number between 1 and 1 million, for example 8.'],
    [{ scenario: 'fine-tune', gpuCount: 0 }, 'gpuCount', 'out-of-range', expect.stringMatching(/^Number of GPUs/)],
    [{ scenario: 'fine-tune', mfu: 40 }, 'mfu', 'out-of-range', 'MFU (model FLOPs utilization) must be a number between 0.01 and 1, for example 0.4 or 40%.'],
    [{ scenario: 'fine-tune', gpuType: 'rtx4090' }, 'gpuType', 'invalid-choice', expect.stringMatching(/^GPU type must be a100, h100-sxm/)],
    [{ scenario: 'fine-tune', techniques: ['training'] }, 'techniques', 'invalid-choice', expect.stringMatching(/^Optimization techniques must be a list of any of quantization/)],
    [{ scenario: 'fine-tune', refinementCycles: -1 }, 'refinementCycles', 'out-of-range', 'Refinement cycles must be a whole number between 0 and 100, for example 3.'],
    [{ scenario: 'fine-tune', pricePerGpuHour: 'free' }, 'pricePerGpuHour', 'not-a-number', 'Price per GPU-hour must be a number between 0 and 10,000 US dollars, for example 2.5.'],
    [{ scenario: 'fine-tune', dayRate: -5 }, 'dayRate', 'out-of-range', 'Team day rate must be a number between 0 and 10 million US dollars, for example 1200.'],
    [{ scenario: 'fine-tune', totalFlops: 1e31 }, 'totalFlops', 'out-of-range', expect.stringMatching(/^Total training FLOPs must be a number between 1 and 1 × 10\^30/)],
    [{ scenario: 'fine-tune', tokensPerSecond: 0 }, 'tokensPerSecond', 'out-of-range', expect.stringMatching(/^Measured tokens per second per GPU/)],
    [{ scenario: 'fine-tune', modelKind: 'cnn' }, 'modelKind', 'invalid-choice', 'Model kind must be llm or classic.'],
    [{ scenario: 'fine-tune', dataReadiness: 'messy' }, 'dataReadiness', 'invalid-choice', expect.stringMatching(/^Data readiness must be ready, /)],
  ])('%j is an error on %s (%s)', (input, field, code, message) => {
    expect(estimateTimeline(deepFreeze(input))).toEqual({ ok: false, errors: [{ field, code, message }] });
  });

  it.each([[undefined], [null]])('asks for a scenario when the input is %j', (input) => {
    expect(estimateTimeline(input)).toEqual({
      ok: false,
      errors: [{ field: 'scenario', code: 'required', message: 'Scenario is required: choose train-from-scratch, fine-tune or optimize-existing.' }],
    });
  });

  it('reports every bad field, and a missing scenario only once', () => {
    const result = estimateTimeline({ scenario: 'x', gpuCount: -1 });
    expect(result.ok === false && result.errors.map((e) => e.field)).toEqual(['scenario', 'gpuCount']);
  });

  it.each([
    [{ scenario: 'fine-tune', modelKind: 'classic', trainingTokens: '1B', tokensPerSecond: 5 }, ['trainingTokens:ignored-input', 'tokensPerSecond:ignored-input']],
    [{ scenario: 'fine-tune', tokensPerSecond: 5000 }, ['tokensPerSecond:ignored-input', 'datasetTokens:required']],
    [{ scenario: 'fine-tune', tokensPerSecond: 5000, datasetTokens: '50M' }, []],
    [{ scenario: 'fine-tune', precision: 'fp8', gpuType: 'a100' }, ['precision:ignored-input', 'datasetTokens:required']],
    [{ scenario: 'train-from-scratch', modelParams: '70B', gpuType: 't4', gpuCount: 1 }, ['gpuCount:does-not-fit']],
    [{ scenario: 'optimize-existing', tokensPerSecond: 5000 }, ['tokensPerSecond:ignored-input']],
    [{ scenario: 'fine-tune', modelKind: 'classic', totalFlops: 1e18, trainingTokens: '1B' }, []],
    [{ scenario: 'fine-tune', tokensPerSecond: 5000, trainingTokens: '1B' }, []],
    [{ scenario: 'train-from-scratch', tokensPerSecond: 5000 }, []],
  ])('warns about inputs %j ignores', (input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });
});

describe('presets', () => {
  it.each(PRESET_IDS.map((id) => [id]))('%s fills a valid input and cites known sources', (id) => {
    const preset = PRESETS[id];
    expect(preset.id).toBe(id);
    const t = estimate({ preset: id });
    expect(t.inputs.preset).toBe(id);
    expect(t.scenario).toBe(preset.inputs.scenario);
    for (const source of preset.sourceIds) expect(isSourceId(source)).toBe(true);
    expect(estimate(preset.inputs).total).toEqual(t.total);
  });

  it('lets explicit inputs win over the preset', () => {
    const t = estimate({ preset: 'pretrain-7b', gpuCount: 16, scenario: 'fine-tune' });
    expect(t.inputs.gpuCount).toBe(16);
    expect(t.scenario).toBe('fine-tune');
  });

  it('pretrain-7b lands in the 3–6 week range of the worked example for its training run (trn-7b-ex)', () => {
    const training = phase(estimate({ preset: 'pretrain-7b' }), 'initial-training');
    expect(training.low).toBeGreaterThan(21);
    expect(training.high).toBeLessThan(43 * 1.5 + 1);
  });
});

describe('explanations', () => {
  it.each([
    ['six-n-d', { scenario: 'train-from-scratch' }, /^6 × 7 billion parameters × 140 billion tokens = 5.88 × 10\^21 FLOPs on 8 × NVIDIA H100 SXM/],
    ['total-flops', { scenario: 'train-from-scratch', totalFlops: 1e20 }, /^1 × 10\^20 FLOPs on 8 ×/],
    ['throughput', { scenario: 'train-from-scratch', tokensPerSecond: 10000 }, /^140 billion tokens at your measured 10,000 tokens per second/],
    ['default (llm)', { scenario: 'fine-tune' }, /^Typical fine-tuning compute of 4 \/ 24 \/ 200 GPU-hours \(def-train-ft\)/],
    ['default (classic)', { scenario: 'fine-tune', modelKind: 'classic' }, /^Typical classic-model compute of 1 \/ 8 \/ 100 GPU-hours \(def-train-classic\)/],
  ])('the training basis explains the %s method', (_name, input, basis) => {
    expect(phase(estimate(input), 'initial-training').basis).toMatch(basis);
  });

  it.each(SCENARIO_INPUTS())('%s: every phase and assumption cites known sources', (_name, input) => {
    const t = estimate(input);
    for (const p of t.phases) {
      expect(p.basis).toMatch(/\.$/);
      for (const id of p.sourceIds) expect(isSourceId(id)).toBe(true);
    }
    for (const a of t.assumptions) {
      expect(a.text).toMatch(/\.$/);
      for (const id of a.sourceIds) expect(isSourceId(id)).toBe(true);
    }
  });

  it('lists the assumptions of a pretraining estimate', () => {
    expect(estimate({ scenario: 'train-from-scratch' }).assumptions.map((a) => a.id)).toEqual([
      'compute-rule',
      'overhead',
      'tokens-default',
      'mfu',
      'gpu-peak',
      'phases-in-sequence',
      'phase-defaults',
      'price',
      'people-cost',
    ]);
    const given = estimate({ scenario: 'train-from-scratch', trainingTokens: '1T', mfu: 0.5 }).assumptions;
    expect(given.map((a) => a.id)).not.toContain('tokens-default');
    expect(given.find((a) => a.id === 'mfu')).toEqual({ id: 'mfu', text: expect.stringMatching(/0\.5 .*as you entered\.$/), sourceIds: [] });
  });

  it('describes scenario, readiness and model-kind options', () => {
    expect(Object.keys(SCENARIOS)).toEqual(['train-from-scratch', 'fine-tune', 'optimize-existing']);
    expect(Object.keys(DATA_READINESS)).toEqual(['ready', 'needs-cleaning', 'needs-labeling', 'needs-collection']);
  });
});

function SCENARIO_INPUTS(): [string, TimelineInput][] {
  return [
    ['pretraining', { scenario: 'train-from-scratch' }],
    ['fine-tune', { scenario: 'fine-tune', techniques: ['distillation', 'quantization'] }],
    ['existing model', { scenario: 'optimize-existing', gpuType: 'b200' }],
    ['classic', { scenario: 'train-from-scratch', modelKind: 'classic', dayRate: 500 }],
  ];
}

describe('sensitivity', () => {
  it('ranks the inputs that move the likely total, largest first', () => {
    const t = estimate({ scenario: 'train-from-scratch' });
    const deltas = t.sensitivity.map((s) => s.deltaDays);
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
    expect(t.sensitivity.map((s) => s.input).sort()).toEqual(['dataReadiness', 'gpuCount', 'mfu', 'modelParams', 'refinementCycles', 'trainingTokens']);
    for (const s of t.sensitivity) expect(s.deltaDays).toBeGreaterThan(0);
  });

  it('leaves out inputs that do not apply', () => {
    const inputs = estimate({ scenario: 'fine-tune' }).sensitivity.map((s) => s.input);
    expect(inputs).not.toContain('mfu');
    expect(inputs).not.toContain('modelParams');
    expect(inputs).toContain('dataReadiness');
  });

  it('measures the MFU swing for total-FLOPs work too', () => {
    expect(estimate({ scenario: 'train-from-scratch', totalFlops: 1e22 }).sensitivity.map((s) => s.input)).toContain('mfu');
  });

  it('halves a single GPU to one GPU', () => {
    const t = estimate({ scenario: 'train-from-scratch', gpuCount: 1 });
    expect(t.sensitivity.find((s) => s.input === 'gpuCount')!.deltaDays).toBeGreaterThan(0);
  });
});

const timelineInput = fc.record(
  {
    scenario: fc.constantFrom('train-from-scratch', 'fine-tune', 'optimize-existing'),
    modelKind: fc.constantFrom('llm', 'classic'),
    modelParams: fc.double({ min: 1e6, max: 1e12, noNaN: true }),
    trainingTokens: fc.double({ min: 1e6, max: 1e13, noNaN: true }),
    totalFlops: fc.double({ min: 1e15, max: 1e25, noNaN: true }),
    tokensPerSecond: fc.double({ min: 10, max: 1e6, noNaN: true }),
    gpuType: fc.constantFrom(...GPU_IDS),
    gpuCount: fc.integer({ min: 1, max: 4096 }),
    mfu: fc.double({ min: 0.01, max: 1, noNaN: true }),
    pricePerGpuHour: fc.double({ min: 0, max: 100, noNaN: true }),
    dataReadiness: fc.constantFrom('ready', 'needs-cleaning', 'needs-labeling', 'needs-collection'),
    techniques: fc.uniqueArray(fc.constantFrom(...OPTIMIZATION_TECHNIQUE_IDS)),
    refinementCycles: fc.integer({ min: 0, max: 10 }),
    dayRate: fc.double({ min: 0, max: 5000, noNaN: true }),
  },
  { requiredKeys: ['scenario'] },
);

const ordered = (r: Range | null) => r === null || (r.low <= r.likely && r.likely <= r.high);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const RUNS = { numRuns: 150 };

describe('invariants', () => {
  it('low ≤ likely ≤ high everywhere; every figure finite and ≥ 0', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const t = estimate(input);
        expect(allFinite(t)).toBe(true);
        for (const p of [...t.phases, t.total]) {
          expect(ordered(p)).toBe(true);
          expect(ordered(p.gpuHours)).toBe(true);
          expect(ordered(p.cost)).toBe(true);
          expect(p.low).toBeGreaterThanOrEqual(0);
          expect(p.gpuHours.low).toBeGreaterThanOrEqual(0);
          if (p.cost) expect(p.cost.low).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('totals equal the sum of the phases', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const t = estimate(input);
        for (const key of ['low', 'likely', 'high'] as const) {
          expect(close(t.total.gpuHours[key], t.phases.reduce((s, p) => s + p.gpuHours[key], 0))).toBe(true);
        }
        // Calendar days: likely values add up; the ends combine in quadrature, so they sit inside the sums of the ends.
        expect(close(t.total.likely, t.phases.reduce((s, p) => s + p.likely, 0))).toBe(true);
        expect(t.total.low).toBeGreaterThanOrEqual(t.phases.reduce((s, p) => s + p.low, 0) - 1e-9);
        expect(t.total.high).toBeLessThanOrEqual(t.phases.reduce((s, p) => s + p.high, 0) + 1e-9);
        if (t.total.cost) expect(close(t.total.cost.likely, t.phases.reduce((s, p) => s + p.cost!.likely, 0))).toBe(true);
        expect(t.total.cost === null).toBe(t.phases.some((p) => p.cost === null));
      }),
      RUNS,
    );
  });

  /** `pair` gives the input before and after a change; `direction` says which way the days may move. */
  const never = (label: string, pair: (input: TimelineInput, k: number) => [TimelineInput, TimelineInput], direction: 'longer' | 'shorter') =>
    it(`${label} never makes training or the total ${direction === 'longer' ? 'shorter' : 'longer'}`, () => {
      fc.assert(
        fc.property(timelineInput, fc.double({ min: 1, max: 100, noNaN: true }), (input, k) => {
          const [first, second] = pair(input, k);
          const before = estimate(first);
          const after = estimate(second);
          for (const key of ['low', 'likely', 'high'] as const) {
            const pairs = [
              [phase(before, 'initial-training')[key], phase(after, 'initial-training')[key]],
              [before.total[key], after.total[key]],
            ];
            for (const [a, b] of pairs) {
              if (direction === 'longer') expect(b! >= a! || close(a!, b!)).toBe(true);
              else expect(b! <= a! || close(a!, b!)).toBe(true);
            }
          }
        }),
        RUNS,
      );
    });

  never(
    'more tokens',
    (input, k) => {
      const tokens = input.trainingTokens ?? 1e9;
      return [{ ...input, trainingTokens: tokens }, { ...input, trainingTokens: Math.min(1e16, tokens * k) }];
    },
    'longer',
  );
  never(
    'more parameters',
    (input, k) => {
      const params = input.modelParams ?? 7e9;
      return [{ ...input, modelParams: params }, { ...input, modelParams: Math.min(1e15, params * k) }];
    },
    'longer',
  );
  never(
    'lower MFU',
    (input, k) => {
      const mfu = input.mfu ?? 0.4;
      return [{ ...input, mfu }, { ...input, mfu: Math.max(0.01, mfu / k) }];
    },
    'longer',
  );
  never(
    'more GPUs',
    (input, k) => {
      const gpuCount = input.gpuCount ?? 8;
      return [{ ...input, gpuCount }, { ...input, gpuCount: Math.min(1e6, Math.ceil(gpuCount * k)) }];
    },
    'shorter',
  );
});
