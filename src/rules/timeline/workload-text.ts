/** The workload an estimate is about, in words, for pins, copied text and CSV. */
import type { ResolvedTimelineInput } from '../types.ts';
import { GPUS } from './gpus.ts';
import { METHODS, MODEL_KINDS, PRECISION_OPTIONS } from './options.ts';
import { TIMELINE_FIELD_LABELS as FIELD_LABELS } from './field-labels.ts';
import { compactNumber } from './pin-titles.ts';

export interface WorkloadItem {
  key: 'model' | 'method' | 'data' | 'gpus' | 'precision';
  label: string;
  value: string;
}

/**
 * Model size, method, data, GPUs and precision as label / value pairs (only those that apply).
 * @example workloadItems(resolved)[0] // { key: 'model', label: 'Model size (parameters)', value: '8B' }
 */
export function workloadItems(i: ResolvedTimelineInput): WorkloadItem[] {
  const llm = i.modelKind === 'llm';
  const items: WorkloadItem[] = [
    {
      key: 'model',
      label: FIELD_LABELS.modelParams,
      value: llm ? `${compactNumber(i.modelParams)}${i.activeParams < i.modelParams ? ` (${compactNumber(i.activeParams)} active)` : ''}` : MODEL_KINDS.classic.label,
    },
  ];
  if (llm && i.scenario === 'fine-tune') items.push({ key: 'method', label: FIELD_LABELS.method, value: METHODS[i.method].label });
  const tokens = i.datasetTokens !== null ? `${compactNumber(i.datasetTokens)} tokens × ${i.epochs} epoch${i.epochs === 1 ? '' : 's'}` : i.trainingTokens !== null ? `${compactNumber(i.trainingTokens)} tokens` : null;
  if (llm && tokens) items.push({ key: 'data', label: 'Training data', value: tokens });
  items.push({ key: 'gpus', label: 'GPUs', value: `${i.gpuCount} × ${GPUS[i.gpuType].label}` });
  if (llm) items.push({ key: 'precision', label: FIELD_LABELS.precision, value: PRECISION_OPTIONS[i.precision].label });
  return items;
}
