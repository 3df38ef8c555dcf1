import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, pinTitles } from '../../src/rules/index.ts';
import { compactNumber } from '../../src/rules/timeline/pin-titles.ts';
import { revokedProxy, throwingGetters } from './helpers.ts';

const BASE = { scenario: 'fine-tune', preset: 'fine-tune-8b-lora', modelKind: 'llm', gpuType: 'h100-sxm' } as const;

describe('pinTitles', () => {
  it.each<[string, unknown[], string[]]>([
    [
      'size, method and GPUs differ',
      [
        { ...BASE, modelParams: 70e9, method: 'lora', gpuCount: 8 },
        { ...BASE, modelParams: 8e9, method: 'qlora', gpuCount: 1 },
      ],
      ['70B · LoRA · 8×H100', '8B · QLoRA · 1×H100'],
    ],
    [
      'only the GPU count differs',
      [
        { ...BASE, modelParams: 70e9, gpuCount: 8 },
        { ...BASE, modelParams: 70e9, gpuCount: 16 },
      ],
      ['8×H100', '16×H100'],
    ],
    [
      'the GPU type differs',
      [
        { ...BASE, gpuCount: 8 },
        { ...BASE, gpuType: 'a100', gpuCount: 8 },
        { ...BASE, gpuType: 'h100-pcie', gpuCount: 8 },
      ],
      ['8×H100', '8×A100', '8×H100 PCIe'],
    ],
    [
      'new estimator fields differ',
      [
        { ...BASE, datasetTokens: 2e9, epochs: 1, precision: 'bf16', activeParams: 13e9, studentParams: 1e9 },
        { ...BASE, datasetTokens: 5e8, epochs: 3, precision: 'fp8', activeParams: 39e9, studentParams: 3e9 },
      ],
      ['13B active · 1B student · 2B tokens · 1 epoch · BF16', '39B active · 3B student · 500M tokens · 3 epochs · FP8'],
    ],
    [
      'settings of the run differ',
      [
        { ...BASE, mfu: 0.4, pricePerGpuHour: 2.5, tokensPerSecond: 12000, refinementCycles: 1, dayRate: 2000, totalFlops: 3.15e23, trainingTokens: 1.4e12 },
        { ...BASE, mfu: 0.3, pricePerGpuHour: 4, tokensPerSecond: 9000, refinementCycles: 3, dayRate: 1500, totalFlops: 5.88e21, trainingTokens: 2e12 },
      ],
      ['1.4T tokens · 3.2×10^23 FLOPs · MFU 40% · 12K tok/s · $2.50/GPU-h · 1 cycle · $2K/day', '2T tokens · 5.9×10^21 FLOPs · MFU 30% · 9K tok/s · $4.00/GPU-h · 3 cycles · $1.5K/day'],
    ],
    [
      'scenario, kind, data and techniques differ',
      [
        { scenario: 'train-from-scratch', modelKind: 'classic', dataReadiness: 'needs-labeling', techniques: ['quantization', 'compilation'] },
        { scenario: 'optimize-existing', modelKind: 'llm', dataReadiness: 'ready', techniques: ['batching'] },
      ],
      ['from scratch · classic · needs labeling · quantization + compilation', 'optimize · LLM · ready · batching'],
    ],
    [
      'one pin: its size, method and GPUs',
      [{ ...BASE, modelParams: 70e9, method: 'lora', gpuCount: 8 }],
      ['70B · LoRA · 8×H100'],
    ],
    [
      'payback inputs differ',
      [
        { preset: 'chat-8b-l40s', serving: 'self-hosted', requestsPerDay: 1e6, gpuType: 'l40s', gpuCount: 2, utilization: 0.6, techniques: ['quantize-8bit'] },
        { preset: 'chat-8b-l40s', serving: 'api', requestsPerDay: 2e5, apiModel: 'gpt-4o-mini', utilization: 0.6, techniques: ['api-caching'] },
        { preset: 'chat-8b-l40s', serving: 'self-hosted', requestsPerDay: 1e6, gpuType: 'l40s', gpuCount: 2, utilization: 0.45, techniques: ['quantize-8bit'] },
      ],
      ['self-hosted · 1M/day · 2×L40S · 60% busy · quantize-8bit', 'api · 200K/day · gpt-4o-mini · 60% busy · api-caching', 'self-hosted · 1M/day · 2×L40S · 45% busy · quantize-8bit'],
    ],
    ['one pin with only a preset', [{ preset: 'pretrain-7b' }], ['pretrain-7b']],
    ['identical pins are numbered', [{ ...BASE, gpuCount: 8 }, { ...BASE, gpuCount: 8 }], ['8×H100', '8×H100 (2)']],
    ['GPUs without a type', [{ gpuCount: 1 }, { gpuCount: 4 }], ['1 GPU', '4 GPUs']],
    ['a GPU id it does not know', [{ gpuType: 'mi300x', gpuCount: 8 }, { gpuCount: 8 }], ['8×mi300x', '8 GPUs']],
    ['a field missing in one pin', [{ ...BASE, modelParams: 7e9 }, { ...BASE }], ['7B', 'H100']],
    ['nothing to go by', [{}, null, 'x'], ['Pin 1', 'Pin 2', 'Pin 3']],
    ['a full-method name', [{ method: 'full' }, { method: ' Custom ' }], ['full fine-tune', 'Custom']],
  ])('%s', (_name, pins, expected) => {
    expect(pinTitles(pins)).toEqual(expected);
  });

  it('titles the presets by what differs between them, all distinct', () => {
    const titles = pinTitles(PRESET_IDS.map((id) => PRESETS[id].inputs));
    expect(new Set(titles).size).toBe(PRESET_IDS.length);
  });

  it('survives hostile pins', () => {
    expect(pinTitles([throwingGetters(['modelParams', 'gpuType']), revokedProxy(), { modelParams: NaN, techniques: 'x', gpuType: 7 }])).toEqual([
      'Pin 1',
      'Pin 2',
      'Pin 3',
    ]);
  });

  it('gives one distinct, non-empty title per pin for any pins', () => {
    const pin = fc.record(
      {
        modelParams: fc.constantFrom(7e9, 8e9, 70e9),
        method: fc.constantFrom('lora', 'qlora', 'full'),
        gpuType: fc.constantFrom('h100-sxm', 'a100'),
        gpuCount: fc.integer({ min: 1, max: 64 }),
        epochs: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(pin, { maxLength: 6 }), (pins) => {
        const titles = pinTitles(pins);
        expect(titles).toHaveLength(pins.length);
        expect(new Set(titles).size).toBe(titles.length);
        for (const t of titles) expect(t.length).toBeGreaterThan(0);
      }),
    );
  });

  it.each([
    [70e9, '70B'],
    [350e6, '350M'],
    [1.5e12, '1.5T'],
    [12000, '12K'],
    [7.24e9, '7.24B'],
    [42, '42'],
    [0.5, '0.5'],
  ])('compactNumber(%d) = %s', (n, text) => {
    expect(compactNumber(n)).toBe(text);
  });
});
