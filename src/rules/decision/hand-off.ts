/**
 * "Plan this": the estimator workload that matches a decided path, and the note the estimator
 * shows about where the reader came from.
 */
import { OPTIMIZATION_TECHNIQUE_IDS } from '../timeline/ids.ts';
import type { DecisionHandOff, DecisionModelKind, OptimizationTechniqueId, PathId, PresetId, Recommendation, TimelineInput } from '../types.ts';
import { PATHS } from './paths.ts';

/** The preset that plans each path, per model kind (null: the path's scenario alone, with the estimator's defaults). */
export const HAND_OFF_PRESETS: Readonly<Record<PathId, Readonly<Record<DecisionModelKind, PresetId | null>>>> = {
  'train-first': { llm: 'pretrain-7b', deep: 'train-resnet50-imagenet', classic: null, unsure: null },
  'retrain-first': { llm: 'fine-tune-8b-lora', deep: 'fine-tune-bert-base', classic: null, unsure: null },
  'optimize-first': { llm: 'quantize-existing', deep: 'quantize-existing', classic: null, unsure: 'quantize-existing' },
  'refine-iteratively': { llm: 'fine-tune-8b-lora', deep: 'fine-tune-bert-base', classic: null, unsure: null },
  'measure-first': { llm: 'fine-tune-8b-lora', deep: 'fine-tune-bert-base', classic: null, unsure: null },
  'adapt-first': { llm: 'fine-tune-8b-lora', deep: 'fine-tune-8b-lora', classic: 'fine-tune-8b-lora', unsure: 'fine-tune-8b-lora' },
};

/** What the estimator plans for each path, after "From your decision: …". */
const PLANNED: Readonly<Record<PathId, string>> = {
  'train-first': 'This plans a first model built from scratch; adjust the size, data and hardware to yours.',
  'retrain-first': 'This plans fixing the data and retraining the model you have by fine-tuning.',
  'optimize-first': 'This plans optimizing the model you have, with the techniques the decision named.',
  'refine-iteratively': 'This plans refinement cycles of targeted retraining on the model you have.',
  'measure-first': 'This plans the retraining you would need if the measured drop turns out to be real.',
  'adapt-first': 'This plans the fine-tune to fall back on if prompting and retrieval fall short.',
};

/** The timeline's model kind for a decision's: language models are `llm`, the rest use GPU-hour defaults. */
function timelineKind(kind: DecisionModelKind): TimelineInput['modelKind'] {
  if (kind === 'llm') return 'llm';
  return kind === 'unsure' ? undefined : 'classic';
}

/**
 * The estimator inputs and note for a recommendation. The preset, when one fits, fills the
 * workload; the path's scenario wins over the preset's, and for optimize-first the decision's
 * optimization techniques replace the preset's.
 *
 * @example
 * handOff({ path: 'retrain-first', techniques: [...] }, 'llm');
 * // { path: 'retrain-first', inputs: { scenario: 'fine-tune', preset: 'fine-tune-8b-lora' }, note: 'From your decision: retrain first. This plans …' }
 */
export function handOff(rec: Pick<Recommendation, 'path' | 'techniques'>, modelKind: DecisionModelKind = 'unsure'): DecisionHandOff {
  const path = rec.path;
  const preset = HAND_OFF_PRESETS[path][modelKind];
  const inputs: TimelineInput = { scenario: PATHS[path].scenario };
  if (preset !== null) inputs.preset = preset;
  const kind = timelineKind(modelKind);
  if (preset === null && kind !== undefined) inputs.modelKind = kind;
  if (path === 'optimize-first') {
    const optimizing: readonly string[] = OPTIMIZATION_TECHNIQUE_IDS;
    const techniques = rec.techniques.filter((t): t is OptimizationTechniqueId => optimizing.includes(t));
    if (techniques.length > 0) inputs.techniques = techniques;
  }
  return { path, inputs, note: `From your decision: ${PATHS[path].label.toLowerCase()}. ${PLANNED[path]}` };
}
