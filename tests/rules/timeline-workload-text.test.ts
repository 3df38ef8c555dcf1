import { describe, expect, it } from 'vitest';
import { estimateTimeline, workloadItems } from '../../src/rules/index.ts';

const items = (input: Record<string, unknown>) => {
  const r = estimateTimeline(input);
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return Object.fromEntries(workloadItems(r.value.inputs).map((i) => [i.key, i.value]));
};

describe('workloadItems', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['LoRA fine-tune with data and epochs', { scenario: 'fine-tune', modelParams: '70B', method: 'lora', datasetTokens: '50M', epochs: 3, gpuType: 'h100-sxm', gpuCount: 8 }, { model: '70B', method: 'LoRA', data: '50M tokens × 3 epochs', gpus: '8 × NVIDIA H100 SXM', precision: 'BF16' }],
    ['one epoch', { scenario: 'fine-tune', modelParams: '8B', datasetTokens: '10M', gpuType: 'h100-sxm', gpuCount: 1 }, { model: '8B', method: 'LoRA', data: '10M tokens × 1 epoch', gpus: '1 × NVIDIA H100 SXM', precision: 'BF16' }],
    ['MoE pretraining on training tokens, FP8', { scenario: 'train-from-scratch', modelParams: '671B', activeParams: '37B', trainingTokens: '14.8T', precision: 'fp8', gpuType: 'h100-sxm', gpuCount: 2048 }, { model: '671B (37B active)', data: '14.8T tokens', gpus: '2048 × NVIDIA H100 SXM', precision: 'FP8' }],
    ['fine-tune without data: no data item', { scenario: 'fine-tune', modelParams: '8B', gpuType: 'h100-sxm', gpuCount: 1 }, { model: '8B', method: 'LoRA', gpus: '1 × NVIDIA H100 SXM', precision: 'BF16' }],
    ['classic model: kind and GPUs only', { scenario: 'fine-tune', modelKind: 'classic', gpuType: 'a100', gpuCount: 4 }, { model: 'Classic model (CNN, BERT-size)', gpus: expect.stringMatching(/^4 × /) as unknown as string }],
  ])('%s', (_, input, expected) => {
    expect(items(input)).toEqual(expected);
  });
});
