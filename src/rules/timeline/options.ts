/** The estimator's vocabularies: scenarios, data readiness, model kinds, phases and field order. */
import type { DataReadiness, GuideLink, ModelKind, PhaseId, ScenarioId, TimelineField } from '../types.ts';

export { SCENARIO_IDS, DATA_READINESS_IDS, MODEL_KIND_IDS, PHASE_IDS, OPTIMIZATION_TECHNIQUE_IDS } from './ids.ts';

export const SCENARIOS: Readonly<Record<ScenarioId, { id: ScenarioId; label: string; summary: string }>> = {
  'train-from-scratch': {
    id: 'train-from-scratch',
    label: 'Train from scratch',
    summary: 'Pretrain a model on your own data: compute follows 6 × parameters × tokens.',
  },
  'fine-tune': {
    id: 'fine-tune',
    label: 'Fine-tune a pretrained model',
    summary: 'Adapt an existing model to your task, for example with LoRA.',
  },
  'optimize-existing': {
    id: 'optimize-existing',
    label: 'Optimize an existing model',
    summary: 'No training phase: make a model you already have faster or cheaper.',
  },
};

export const DATA_READINESS: Readonly<Record<DataReadiness, { id: DataReadiness; label: string; summary: string }>> = {
  ready: { id: 'ready', label: 'Ready', summary: 'Clean, labeled and split into training and held-out sets.' },
  'needs-cleaning': { id: 'needs-cleaning', label: 'Needs cleaning', summary: 'The data exists and is labeled, but has duplicates, gaps or errors.' },
  'needs-labeling': { id: 'needs-labeling', label: 'Needs labeling', summary: 'The examples exist, but the correct answers do not yet.' },
  'needs-collection': { id: 'needs-collection', label: 'Needs collection', summary: 'The examples still have to be gathered.' },
};

export const MODEL_KINDS: Readonly<Record<ModelKind, { id: ModelKind; label: string; summary: string }>> = {
  llm: { id: 'llm', label: 'Language model (transformer)', summary: 'Compute follows 6 × parameters × tokens.' },
  classic: { id: 'classic', label: 'Classic model (CNN, BERT-size)', summary: 'Compute comes from typical GPU-hours unless you give total FLOPs.' },
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
] as const satisfies readonly TimelineField[];
