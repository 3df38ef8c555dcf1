/** Common workloads that fill the estimator's inputs. */
import { PRESET_FIGURES } from '../constants/timeline.ts';
import type { PresetId, PresetInfo } from '../types.ts';

export const PRESET_IDS = [
  'fine-tune-8b-lora',
  'pretrain-7b',
  'fine-tune-bert-base',
  'train-resnet50-imagenet',
  'quantize-existing',
] as const;

export const PRESETS: Readonly<Record<PresetId, PresetInfo>> = {
  'fine-tune-8b-lora': {
    id: 'fine-tune-8b-lora',
    label: 'Fine-tune an 8B model with LoRA',
    inputs: {
      scenario: 'fine-tune',
      modelKind: 'llm',
      modelParams: PRESET_FIGURES.params8b.value,
      activeParams: PRESET_FIGURES.params8b.value,
      method: 'lora',
      datasetTokens: PRESET_FIGURES.fineTuneTokens.value,
      epochs: PRESET_FIGURES.fineTuneEpochs.value,
      precision: 'bf16',
      gpuType: 'h100-sxm',
      gpuCount: PRESET_FIGURES.singleGpu.value,
      dataReadiness: 'needs-cleaning',
      techniques: ['quantization'],
    },
    sourceIds: ['trn-llama31', 'ft-alpaca', 'trn-lora-flops', 'ft-qlora'],
  },
  'pretrain-7b': {
    id: 'pretrain-7b',
    label: 'Pretrain a 7B model',
    inputs: {
      scenario: 'train-from-scratch',
      modelKind: 'llm',
      modelParams: PRESET_FIGURES.pretrainParams.value,
      activeParams: PRESET_FIGURES.pretrainParams.value,
      trainingTokens: PRESET_FIGURES.pretrainTokens.value,
      method: 'full',
      precision: 'bf16',
      gpuType: 'h100-sxm',
      gpuCount: PRESET_FIGURES.pretrainGpus.value,
      dataReadiness: 'needs-cleaning',
      techniques: ['quantization'],
    },
    sourceIds: ['trn-7b-ex', 'trn-chinchilla', 'trn-6nd'],
  },
  'fine-tune-bert-base': {
    id: 'fine-tune-bert-base',
    label: 'Fine-tune BERT-base',
    inputs: {
      scenario: 'fine-tune',
      modelKind: 'classic',
      method: 'full',
      gpuType: 'a100',
      gpuCount: PRESET_FIGURES.bertGpus.value,
      dataReadiness: 'needs-labeling',
      techniques: ['threshold-tuning'],
    },
    sourceIds: ['ft-bert', 'def-train-classic'],
  },
  'train-resnet50-imagenet': {
    id: 'train-resnet50-imagenet',
    label: 'Train ResNet-50 on ImageNet',
    inputs: {
      scenario: 'train-from-scratch',
      modelKind: 'classic',
      gpuType: 'h100-sxm',
      gpuCount: PRESET_FIGURES.resnetGpus.value,
      dataReadiness: 'ready',
      techniques: ['quantization', 'compilation'],
    },
    sourceIds: ['cl-mlperf-h100', 'cl-resnet-2017', 'def-train-classic'],
  },
  'quantize-existing': {
    id: 'quantize-existing',
    label: 'Quantize an existing model',
    inputs: {
      scenario: 'optimize-existing',
      modelKind: 'llm',
      modelParams: PRESET_FIGURES.params8b.value,
      activeParams: PRESET_FIGURES.params8b.value,
      precision: 'bf16',
      gpuType: 'h100-sxm',
      gpuCount: PRESET_FIGURES.quantizeGpus.value,
      dataReadiness: 'ready',
      techniques: ['quantization'],
      refinementCycles: 0,
    },
    sourceIds: ['opt-gptq', 'opt-int8', 'def-opt-light'],
  },
};
