/**
 * Which of the estimator's workload inputs matter for a plan, so a form can ask only those
 * (progressive disclosure). Pure: from the scenario, model kind, techniques and GPU.
 */
import type { GpuId, ModelKind, OptimizationTechniqueId, ScenarioId } from '../types.ts';
import { GPUS } from './gpus.ts';

export interface RelevantInputs {
  /** Fine-tuning method (full, LoRA, QLoRA): language-model fine-tunes. */
  method: boolean;
  /** Dataset tokens and epochs: fine-tunes, and distillation or pruning with recovery (they train on them). */
  datasetTokens: boolean;
  epochs: boolean;
  /** Active parameters per token: language-model pretraining (mixture-of-experts). */
  activeParams: boolean;
  /** Student size: when distillation is among the techniques. */
  studentParams: boolean;
  /** FP8 or BF16: only when the GPU has FP8 matrix units. */
  precision: boolean;
}

export interface RelevanceInput {
  scenario: ScenarioId;
  modelKind: ModelKind;
  techniques: readonly OptimizationTechniqueId[];
  gpuType: GpuId;
}

/**
 * @example relevantInputs({ scenario: 'fine-tune', modelKind: 'llm', techniques: [], gpuType: 't4' }).method // true
 */
export function relevantInputs({ scenario, modelKind, techniques, gpuType }: RelevanceInput): RelevantInputs {
  const llm = modelKind === 'llm';
  const fineTune = llm && scenario === 'fine-tune';
  const distil = llm && techniques.includes('distillation');
  const retrains = fineTune || distil || (llm && techniques.includes('pruning'));
  return {
    method: fineTune,
    datasetTokens: retrains,
    epochs: retrains,
    activeParams: llm && scenario === 'train-from-scratch',
    studentParams: distil,
    precision: llm && GPUS[gpuType].fp8Tflops !== null,
  };
}
