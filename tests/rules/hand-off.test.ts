import { describe, expect, it } from 'vitest';
import { DECISION_MODEL_KINDS, HAND_OFF_PRESETS, PATH_IDS, PATHS, PRESETS, estimateTimeline, handOff, recommend } from '../../src/rules/index.ts';
import type { DecisionInput, DecisionModelKind, PathId, PresetId, Recommendation } from '../../src/rules/index.ts';

function rec(input: DecisionInput): Recommendation {
  const result = recommend(input);
  if (!result.ok || result.value.status !== 'recommendation') throw new Error('expected a recommendation');
  return result.value;
}

describe('handOff', () => {
  it.each<[PathId, DecisionModelKind, PresetId | undefined, string]>([
    ['train-first', 'deep', 'train-resnet50-imagenet', 'From your decision: train first.'],
    ['train-first', 'classic', undefined, 'From your decision: train first.'],
    ['retrain-first', 'llm', 'fine-tune-8b-lora', 'From your decision: retrain first.'],
    ['retrain-first', 'deep', 'fine-tune-bert-base', 'From your decision: retrain first.'],
    ['optimize-first', 'llm', 'quantize-existing', 'From your decision: optimize first.'],
    ['refine-iteratively', 'deep', 'fine-tune-bert-base', 'From your decision: refine iteratively.'],
    ['measure-first', 'llm', 'fine-tune-8b-lora', 'From your decision: measure first.'],
    ['adapt-first', 'llm', 'fine-tune-8b-lora', 'From your decision: prompt and retrieve first.'],
  ])('%s for a %s model opens preset %s with the note “%s …”', (path, kind, preset, note) => {
    const plan = handOff({ path, techniques: [] }, kind);
    expect(plan.path).toBe(path);
    expect(plan.inputs.scenario).toBe(PATHS[path].scenario);
    expect(plan.inputs.preset).toBe(preset);
    expect(plan.note.startsWith(`${note} This plans`)).toBe(true);
  });

  it('without a preset, carries the timeline’s model kind where it is known', () => {
    expect(handOff({ path: 'train-first', techniques: [] }, 'classic').inputs).toEqual({ scenario: 'train-from-scratch', modelKind: 'classic' });
    expect(handOff({ path: 'train-first', techniques: [] }).inputs).toEqual({ scenario: 'train-from-scratch' });
  });

  it('for optimize-first, hands over only the techniques the estimator plans, in the decision’s order', () => {
    const r = rec({ hasModel: 'yes', modelKind: 'llm', meetsAccuracy: 'yes', dataOrUseCaseChanged: 'no', performanceBlocking: 'yes', bottlenecks: ['cost'] });
    expect(r.techniques[0]).toBe('hosted-api');
    expect(handOff(r, 'llm').inputs).toEqual({
      scenario: 'optimize-existing',
      preset: 'quantize-existing',
      techniques: ['batching', 'caching', 'quantization', 'distillation'],
    });
    expect(handOff({ path: 'optimize-first', techniques: ['monitoring'] }, 'llm').inputs).not.toHaveProperty('techniques');
  });

  it.each(PATH_IDS.flatMap((path) => DECISION_MODEL_KINDS.map((kind) => [path, kind] as const)))(
    '%s for %s opens inputs the estimator accepts, in the path’s scenario',
    (path, kind) => {
      const plan = handOff({ path, techniques: ['compilation', 'quantization'] }, kind);
      const preset = HAND_OFF_PRESETS[path][kind];
      if (preset !== null) expect(PRESETS[preset].inputs.scenario).toBe(PATHS[path].scenario);
      const estimate = estimateTimeline(plan.inputs);
      expect(estimate.ok).toBe(true);
      expect(plan.note).toMatch(/^From your decision: [a-z ]+\. This plans .+\.$/);
    },
  );
});
