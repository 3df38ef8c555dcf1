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
    summary: 'Adapt an 8-billion-parameter open model to your task on one H100, then quantize it for serving.',
    inputs: {
      scenario: 'fine-tune',
      modelKind: 'llm',
      modelParams: PRESET_FIGURES.params8b.value,
      gpuType: 'h100-sxm',
      gpuCount: PRESET_FIGURES.singleGpu.value,
      dataReadiness: 'needs-cleaning',
      techniques: ['quantization'],
    },
    sourceIds: ['trn-llama31', 'ft-qlora', 'def-train-ft'],
  },
  'pretrain-7b': {
    id: 'pretrain-7b',
    label: 'Pretrain a 7B model',
    summary: 'Train a 7-billion-parameter language model from scratch on 20 tokens per parameter, on one 8 × H100 node.',
    inputs: {
      scenario: 'train-from-scratch',
      modelKind: 'llm',
      modelParams: PRESET_FIGURES.pretrainParams.value,
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
    summary: 'Fine-tune a BERT-size classifier on one GPU.',
    inputs: {
      scenario: 'fine-tune',
      modelKind: 'classic',
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
    summary: 'Train the classic image classifier from scratch on a ready dataset, on one 8 × H100 node.',
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
    summary: 'No training: quantize a model you already have after calibration, and check it on held-out data.',
    inputs: {
      scenario: 'optimize-existing',
      gpuType: 'h100-sxm',
      gpuCount: PRESET_FIGURES.quantizeGpus.value,
      dataReadiness: 'ready',
      techniques: ['quantization'],
      refinementCycles: 0,
    },
    sourceIds: ['opt-gptq', 'opt-int8', 'def-opt-light'],
  },
};
