import { describe, expect, it } from 'vitest';
import { relevantInputs, type RelevanceInput, type RelevantInputs } from '../../src/rules/index.ts';

const base: RelevanceInput = { scenario: 'fine-tune', modelKind: 'llm', techniques: [], gpuType: 'h100-sxm' };
const none: RelevantInputs = { method: false, datasetTokens: false, epochs: false, activeParams: false, studentParams: false, precision: false };

describe('relevantInputs', () => {
  it.each<[string, Partial<RelevanceInput>, Partial<RelevantInputs>]>([
    ['LLM fine-tune on an H100: method, data, precision', {}, { method: true, datasetTokens: true, epochs: true, precision: true }],
    ['LLM fine-tune on a T4 (no FP8): no precision', { gpuType: 't4' }, { method: true, datasetTokens: true, epochs: true }],
    ['LLM pretraining: active parameters, precision', { scenario: 'train-from-scratch' }, { activeParams: true, precision: true }],
    ['pretraining with distillation: student size and its data', { scenario: 'train-from-scratch', techniques: ['distillation'] }, { activeParams: true, studentParams: true, datasetTokens: true, epochs: true, precision: true }],
    ['optimizing with pruning: its recovery data', { scenario: 'optimize-existing', techniques: ['pruning'], gpuType: 'a100' }, { datasetTokens: true, epochs: true }],
    ['optimizing with quantization only: nothing on an A100', { scenario: 'optimize-existing', techniques: ['quantization'], gpuType: 'a100' }, {}],
    ['classic model: none of them', { modelKind: 'classic', techniques: ['distillation', 'pruning'] }, {}],
  ])('%s', (_, input, expected) => {
    expect(relevantInputs({ ...base, ...input })).toEqual({ ...none, ...expected });
  });
});
