/**
 * The estimator's vocabularies: scenarios, data readiness, model kinds, phases and field order.
 * Each option holds only what a page shows of it: its label (data readiness also a summary, which
 * the estimator's select shows), since the island's code carries every word kept here.
 */
import type { DataReadiness, FineTuneMethod, GuideLink, ModelKind, PhaseId, Precision, ScenarioId, TimelineField } from '../types.ts';

export { SCENARIO_IDS, DATA_READINESS_IDS, MODEL_KIND_IDS, PHASE_IDS, OPTIMIZATION_TECHNIQUE_IDS, FINE_TUNE_METHODS, MEMORY_METHODS, PRECISIONS } from './ids.ts';

export const SCENARIOS: Readonly<Record<ScenarioId, { id: ScenarioId; label: string }>> = {
  'train-from-scratch': {
    id: 'train-from-scratch',
    label: 'Train from scratch',
  },
  'fine-tune': {
    id: 'fine-tune',
    label: 'Fine-tune a pretrained model',
  },
  'optimize-existing': {
    id: 'optimize-existing',
    label: 'Optimize an existing model',
  },
};

export const DATA_READINESS: Readonly<Record<DataReadiness, { id: DataReadiness; label: string; summary: string }>> = {
  ready: { id: 'ready', label: 'Ready', summary: 'Clean, labeled and split into training and held-out sets.' },
  'needs-cleaning': { id: 'needs-cleaning', label: 'Needs cleaning', summary: 'The data exists and is labeled, but has duplicates, gaps or errors.' },
  'needs-labeling': { id: 'needs-labeling', label: 'Needs labeling', summary: 'The examples exist, but the correct answers do not yet.' },
  'needs-collection': { id: 'needs-collection', label: 'Needs collection', summary: 'The examples still have to be gathered.' },
};

export const MODEL_KINDS: Readonly<Record<ModelKind, { id: ModelKind; label: string }>> = {
  llm: { id: 'llm', label: 'Language model (transformer)' },
  classic: { id: 'classic', label: 'Classic model (CNN, BERT-size)' },
};

export const METHODS: Readonly<Record<FineTuneMethod, { id: FineTuneMethod; label: string }>> = {
  full: { id: 'full', label: 'Full fine-tune' },
  lora: { id: 'lora', label: 'LoRA' },
  qlora: { id: 'qlora', label: 'QLoRA' },
};

export const PRECISION_OPTIONS: Readonly<Record<Precision, { id: Precision; label: string }>> = {
  bf16: { id: 'bf16', label: 'BF16' },
  fp8: { id: 'fp8', label: 'FP8' },
};

export const PHASES: Readonly<Record<PhaseId, { id: PhaseId; label: string; guide: GuideLink }>> = {
  'data-preparation': { id: 'data-preparation', label: 'Data preparation', guide: '/guides/timelines-and-costs/#data-preparation-time' },
  'initial-training': { id: 'initial-training', label: 'Initial training', guide: '/guides/sequential-approach/#phase-1-initial-training' },
  validation: { id: 'validation', label: 'Validation and testing', guide: '/guides/sequential-approach/#phase-2-validation-and-testing' },
  optimization: { id: 'optimization', label: 'Optimization', guide: '/guides/sequential-approach/#phase-3-strategic-optimization' },
  refinement: { id: 'refinement', label: 'Iterative refinement', guide: '/guides/sequential-approach/#phase-4-iterative-refinement' },
};

/** Every TimelineInput field, in the order forms ask them. */
export const TIMELINE_FIELDS = [
  'scenario',
  'preset',
  'modelKind',
  'modelParams',
  'trainingTokens',
  'totalFlops',
  'tokensPerSecond',
  'gpuType',
  'gpuCount',
  'mfu',
  'pricePerGpuHour',
  'dataReadiness',
  'techniques',
  'refinementCycles',
  'dayRate',
  'method',
  'datasetTokens',
  'epochs',
  'activeParams',
  'studentParams',
  'precision',
] as const satisfies readonly TimelineField[];
