/** The estimator's vocabularies: scenarios, data readiness, model kinds, phases and field order. */
import type { DataReadiness, FineTuneMethod, GuideLink, ModelKind, PhaseId, Precision, ScenarioId, TimelineField } from '../types.ts';

export { SCENARIO_IDS, DATA_READINESS_IDS, MODEL_KIND_IDS, PHASE_IDS, OPTIMIZATION_TECHNIQUE_IDS, FINE_TUNE_METHODS, MEMORY_METHODS, PRECISIONS } from './ids.ts';

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

export const METHODS: Readonly<Record<FineTuneMethod, { id: FineTuneMethod; label: string; summary: string }>> = {
  full: { id: 'full', label: 'Full fine-tune', summary: 'Trains every weight: 6 × parameters FLOPs per token, 16 bytes of memory per parameter.' },
  lora: { id: 'lora', label: 'LoRA', summary: 'Trains small adapters on frozen 16-bit weights: about 4 × parameters FLOPs per token.' },
  qlora: { id: 'qlora', label: 'QLoRA', summary: 'LoRA on 4-bit weights: a quarter of the weight memory, about 1.6–2 × slower than LoRA.' },
};

export const PRECISION_OPTIONS: Readonly<Record<Precision, { id: Precision; label: string; summary: string }>> = {
  bf16: { id: 'bf16', label: 'BF16', summary: 'The default number format of training on every accelerator.' },
  fp8: { id: 'fp8', label: 'FP8', summary: 'Twice the dense peak on Hopper, Blackwell, Ada and MI300-class GPUs, at a lower measured MFU.' },
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
