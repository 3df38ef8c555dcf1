/**
 * Published runs the estimator is checked against: each one's published GPU-hours, its source, and
 * the workload written as estimator input. `runBackTests` recomputes low / likely / high for each;
 * a test fails when a published figure leaves the estimator's low–high range.
 */
import type { PhaseId, SourceId, TimelineInput } from '../types.ts';
import { estimateTimeline } from './estimate.ts';
import { ZERO } from './range.ts';

export interface BackTest {
  id: string;
  label: string;
  kind: 'pretraining' | 'fine-tuning' | 'quantization';
  /** Published GPU-hours (chip-hours for TPUs). */
  publishedGpuHours: number;
  /** What was published, in our words. */
  published: string;
  sourceIds: SourceId[];
  /** The workload as the estimator takes it (GPU count does not change GPU-hours, only calendar time). */
  input: TimelineInput;
  /** The phase whose GPU-hours are compared. */
  phase: PhaseId;
}

export interface BackTestRow extends BackTest {
  low: number;
  likely: number;
  high: number;
  /** Published ÷ likely. */
  ratio: number;
  within: boolean;
}

const none: Pick<TimelineInput, 'dataReadiness' | 'techniques' | 'refinementCycles'> = { dataReadiness: 'ready', techniques: [], refinementCycles: 0 };

/** The published runs, in the order the methodology page lists them. */
export const BACK_TESTS: readonly BackTest[] = [
  {
    id: 'bloom-176b',
    label: 'BLOOM 176B pretraining',
    kind: 'pretraining',
    publishedGpuHours: 1_082_990,
    published: '1,082,990 A100-hours on 384 GPUs',
    sourceIds: ['trn-bloom'],
    input: { scenario: 'train-from-scratch', modelParams: 176.247e9, trainingTokens: 366e9, gpuType: 'a100', gpuCount: 384, ...none },
    phase: 'initial-training',
  },
  {
    id: 'llama2-7b',
    label: 'Llama 2 7B pretraining',
    kind: 'pretraining',
    publishedGpuHours: 184_320,
    published: '184,320 A100-hours, 2T tokens',
    sourceIds: ['trn-llama2'],
    input: { scenario: 'train-from-scratch', modelParams: 6.74e9, trainingTokens: 2e12, gpuType: 'a100', gpuCount: 1024, ...none },
    phase: 'initial-training',
  },
  {
    id: 'llama2-13b',
    label: 'Llama 2 13B pretraining',
    kind: 'pretraining',
    publishedGpuHours: 368_640,
    published: '368,640 A100-hours, 2T tokens',
    sourceIds: ['trn-llama2'],
    input: { scenario: 'train-from-scratch', modelParams: 13e9, trainingTokens: 2e12, gpuType: 'a100', gpuCount: 1024, ...none },
    phase: 'initial-training',
  },
  {
    id: 'llama2-70b',
    label: 'Llama 2 70B pretraining',
    kind: 'pretraining',
    publishedGpuHours: 1_720_320,
    published: '1,720,320 A100-hours, 2T tokens',
    sourceIds: ['trn-llama2'],
    input: { scenario: 'train-from-scratch', modelParams: 69e9, trainingTokens: 2e12, gpuType: 'a100', gpuCount: 2048, ...none },
    phase: 'initial-training',
  },
  {
    id: 'llama31-70b',
    label: 'Llama 3.1 70B pretraining',
    kind: 'pretraining',
    publishedGpuHours: 7_000_000,
    published: '7.0M H100-hours, about 15T tokens',
    sourceIds: ['trn-llama31'],
    input: { scenario: 'train-from-scratch', modelParams: 70e9, trainingTokens: 15e12, gpuType: 'h100-sxm', gpuCount: 8192, ...none },
    phase: 'initial-training',
  },
  {
    id: 'llama31-405b',
    label: 'Llama 3.1 405B pretraining',
    kind: 'pretraining',
    publishedGpuHours: 30_840_000,
    published: '30.84M H100-hours on up to 16,384 GPUs, about 15T tokens',
    sourceIds: ['trn-llama31', 'mfu-llama3'],
    input: { scenario: 'train-from-scratch', modelParams: 405e9, trainingTokens: 15e12, gpuType: 'h100-sxm', gpuCount: 16_384, ...none },
    phase: 'initial-training',
  },
  {
    id: 'deepseek-v3',
    label: 'DeepSeek-V3 pretraining (MoE, FP8)',
    kind: 'pretraining',
    publishedGpuHours: 2_664_000,
    published: '2.664M H800-hours for 14.8T tokens, 37B of 671B parameters active',
    sourceIds: ['trn-moe'],
    input: {
      scenario: 'train-from-scratch',
      modelParams: 671e9,
      activeParams: 37e9,
      trainingTokens: 14.8e12,
      precision: 'fp8',
      gpuType: 'h100-sxm',
      gpuCount: 2048,
      ...none,
    },
    phase: 'initial-training',
  },
  {
    id: 'palm-540b',
    label: 'PaLM 540B pretraining',
    kind: 'pretraining',
    publishedGpuHours: 8_400_000,
    published: 'about 8.40M TPU v4 chip-hours, 780B tokens',
    sourceIds: ['trn-palm'],
    input: { scenario: 'train-from-scratch', modelParams: 540e9, trainingTokens: 780e9, gpuType: 'tpu-v4', gpuCount: 6144, ...none },
    phase: 'initial-training',
  },
  {
    id: 'alpaca-7b',
    label: 'Stanford Alpaca 7B full fine-tune',
    kind: 'fine-tuning',
    publishedGpuHours: 24,
    published: '3 hours on 8 × A100 80GB',
    sourceIds: ['ft-alpaca'],
    input: { scenario: 'fine-tune', method: 'full', modelParams: 6.7e9, datasetTokens: 52e3 * 512, epochs: 3, gpuType: 'a100', gpuCount: 8, ...none },
    phase: 'initial-training',
  },
  {
    id: 'vicuna-13b',
    label: 'Vicuna-13B full fine-tune',
    kind: 'fine-tuning',
    publishedGpuHours: 192,
    published: 'one day on 8 × A100',
    sourceIds: ['ft-vicuna'],
    input: { scenario: 'fine-tune', method: 'full', modelParams: 13e9, datasetTokens: 70e3 * 2048, epochs: 3, gpuType: 'a100', gpuCount: 8, ...none },
    phase: 'initial-training',
  },
  {
    id: 'gptq-opt-175b',
    label: 'GPTQ quantization of OPT-175B',
    kind: 'quantization',
    publishedGpuHours: 4,
    published: 'about 4 GPU-hours on one A100',
    sourceIds: ['opt-gptq'],
    input: { scenario: 'optimize-existing', modelParams: 175e9, gpuType: 'a100', gpuCount: 1, dataReadiness: 'ready', techniques: ['quantization'], refinementCycles: 0 },
    phase: 'optimization',
  },
];

/** Recomputes every back-test: the estimator's GPU-hours for the compared phase, and published ÷ likely. */
export function runBackTests(tests: readonly BackTest[] = BACK_TESTS): BackTestRow[] {
  return tests.map((test) => {
    const result = estimateTimeline(test.input);
    const hours = result.ok ? result.value.phases.find((p) => p.id === test.phase)!.gpuHours : ZERO;
    return {
      ...test,
      low: hours.low,
      likely: hours.likely,
      high: hours.high,
      ratio: hours.likely > 0 ? test.publishedGpuHours / hours.likely : 0,
      within: test.publishedGpuHours >= hours.low && test.publishedGpuHours <= hours.high,
    };
  });
}
