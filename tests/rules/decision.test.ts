import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  CONSTANTS,
  DECISION_MODEL_KINDS,
  DECISION_QUESTIONS,
  DECISION_RULES,
  FALLBACK_RULE,
  GUIDE_LINKS,
  PATH_IDS,
  PATHS,
  SEED_SITUATIONS,
  SOURCE_IDS,
  OPTIMIZATION_TECHNIQUE_IDS,
  TECHNIQUE_IDS,
  TECHNIQUE_SUMMARIES,
  TECHNIQUES,
  recommend,
} from '../../src/rules/index.ts';
import type { Bottleneck, DecisionInput, DecisionOutcome, DecisionRuleId, PathId, Recommendation, TechniqueId } from '../../src/rules/index.ts';
import { arbitraryDecisionInput, deepFreeze } from './helpers.ts';

function outcome(input: unknown): DecisionOutcome {
  const result = recommend(deepFreeze(input));
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function run(input: unknown): Recommendation {
  const value = outcome(input);
  if (value.status !== 'recommendation') throw new Error('expected a recommendation, got the empty state');
  return value;
}

/** A working deep model with every other answer given: the base most rows below change one thing in. */
const SETTLED: DecisionInput = {
  hasModel: 'yes',
  modelKind: 'deep',
  meetsAccuracy: 'yes',
  dataOrUseCaseChanged: 'no',
  performanceBlocking: 'no',
  needsIncrementalAccuracy: 'no',
  preparingForScale: 'no',
};
const LANGUAGE: DecisionInput = { ...SETTLED, modelKind: 'llm' };

describe('the decision table', () => {
  const cases: [DecisionRuleId, DecisionInput, PathId, 'strong' | 'conditional'][] = [
    ['no-model', { hasModel: 'no', modelKind: 'classic' }, 'train-first', 'strong'],
    ['no-model-language', { hasModel: 'no', modelKind: 'llm' }, 'adapt-first', 'conditional'],
    ['language-model-adapt-first', { ...LANGUAGE, meetsAccuracy: 'no' }, 'adapt-first', 'conditional'],
    ['data-changed-measure-first', { ...SETTLED, dataOrUseCaseChanged: 'yes', accuracy: 93, requiredAccuracy: 90 }, 'measure-first', 'conditional'],
    ['data-or-use-case-changed', { ...SETTLED, dataOrUseCaseChanged: 'yes', accuracy: 80, requiredAccuracy: 90 }, 'retrain-first', 'strong'],
    ['below-baseline', { ...SETTLED, accuracy: 88, baselineAccuracy: 90, meetsAccuracy: 'unsure' }, 'retrain-first', 'strong'],
    ['near-baseline', { ...SETTLED, accuracy: 93, baselineAccuracy: 90, meetsAccuracy: 'unsure' }, 'retrain-first', 'conditional'],
    ['below-accuracy-floor', { ...SETTLED, accuracy: 55, meetsAccuracy: 'unsure' }, 'retrain-first', 'conditional'],
    ['accuracy-gray-zone', { ...SETTLED, accuracy: 65, meetsAccuracy: 'unsure' }, 'retrain-first', 'conditional'],
    ['far-below-requirement', { ...SETTLED, accuracy: 80, requiredAccuracy: 90, baselineAccuracy: 50 }, 'retrain-first', 'conditional'],
    ['fails-the-bar', { ...SETTLED, meetsAccuracy: 'no' }, 'retrain-first', 'conditional'],
    ['close-to-requirement', { ...SETTLED, accuracy: 87, requiredAccuracy: 90, baselineAccuracy: 50 }, 'optimize-first', 'conditional'],
    ['needs-more-points', { ...SETTLED, needsIncrementalAccuracy: 'yes' }, 'optimize-first', 'strong'],
    ['performance-blocking', { ...SETTLED, performanceBlocking: 'yes', bottlenecks: ['latency'] }, 'optimize-first', 'strong'],
    ['serving-costs', { ...SETTLED, performanceBlocking: 'yes', bottlenecks: ['cost'] }, 'optimize-first', 'strong'],
    ['preparing-for-scale', { ...SETTLED, preparingForScale: 'yes' }, 'optimize-first', 'strong'],
    ['refine-by-default', SETTLED, 'refine-iteratively', 'strong'],
  ];

  it('has a case below for every rule', () => {
    expect(cases.map(([id]) => id)).toEqual([...DECISION_RULES.map((r) => r.id), FALLBACK_RULE.id]);
  });

  describe.each(cases)('rule %s', (id, input, path, confidence) => {
    const value = run(input);

    it(`decides ${path}`, () => {
      expect(value.firedRules[0]!.id).toBe(id);
      expect(value.path).toBe(path);
    });

    it(`is ${confidence} when every answer that matters is known`, () => {
      expect(value.confidence).toBe(confidence);
    });

    it('links its guide section and points to its own path', () => {
      const rule = [...DECISION_RULES, FALLBACK_RULE].find((r) => r.id === id)!;
      expect(GUIDE_LINKS).toContain(rule.guide);
      expect(value.firedRules[0]).toEqual({ id, summary: rule.summary, guide: rule.guide, path });
    });

    it('starts in the phase its path starts in', () => {
      expect(value.startPhase).toBe(PATHS[path].startPhase);
    });
  });

  it('records every rule that matched, in priority order', () => {
    const value = run({ hasModel: 'no', dataOrUseCaseChanged: 'yes', accuracy: 40, preparingForScale: 'yes' });
    expect(value.firedRules.map((r) => r.id)).toEqual(['no-model', 'data-changed-measure-first', 'below-accuracy-floor', 'preparing-for-scale']);
    expect(value.path).toBe('train-first');
  });

  it('uses the fallback only when nothing else matched', () => {
    expect(run({ ...SETTLED, preparingForScale: 'yes' }).firedRules.map((r) => r.id)).not.toContain('refine-by-default');
  });
});

describe('the evidence behind each rule', () => {
  const rules = [...DECISION_RULES, FALLBACK_RULE];

  it.each(rules.map((r) => [r.id, r]))('%s names fact-sheet rows that exist', (_id, rule) => {
    expect(rule.evidence.length).toBeGreaterThan(0);
    for (const id of rule.evidence) expect(SOURCE_IDS).toContain(id);
  });

  it.each(rules.map((r) => [r.id, r]))('%s is at most conditional when it rests on a rule of thumb', (_id, rule) => {
    const unpublished = rule.thresholds.filter((t) => !CONSTANTS.DECISION[t].published);
    if (unpublished.length > 0) expect(rule.strength).toBe('conditional');
    else expect(['strong', 'conditional']).toContain(rule.strength);
  });

  it('the seed’s 60–70% floor is marked as unpublished', () => {
    expect(CONSTANTS.DECISION.accuracyFloor).toMatchObject({ value: 60, source: 'seed-acc', published: false });
    expect(CONSTANTS.DECISION.accuracyGrayZoneTop).toMatchObject({ value: 70, source: 'seed-acc', published: false });
  });

  it.each([
    ['below the floor', { ...SETTLED, accuracy: 40, meetsAccuracy: 'unsure' }],
    ['in the gray zone', { ...SETTLED, accuracy: 62, meetsAccuracy: 'unsure' }],
    ['just above a baseline', { ...SETTLED, accuracy: 91, baselineAccuracy: 90, meetsAccuracy: 'unsure' }],
    ['far below the requirement', { ...SETTLED, accuracy: 50, requiredAccuracy: 90 }],
  ] as const)('accuracy %s is never a strong result on a rule of thumb alone', (_name, input) => {
    expect(run(input).confidence).toBe('conditional');
  });
});

describe('a data or use-case change', () => {
  it.each<[string, DecisionInput, PathId, 'strong' | 'conditional' | 'weak']>([
    ['still above the bar: measure first', { ...SETTLED, dataOrUseCaseChanged: 'yes', accuracy: 93, requiredAccuracy: 90 }, 'measure-first', 'conditional'],
    ['said to meet the bar: measure first', { ...SETTLED, dataOrUseCaseChanged: 'yes' }, 'measure-first', 'conditional'],
    ['a measured drop far below the bar: retrain', { ...SETTLED, dataOrUseCaseChanged: 'yes', accuracy: 70, requiredAccuracy: 90 }, 'retrain-first', 'strong'],
    ['a measured drop close to the bar: retrain', { ...SETTLED, dataOrUseCaseChanged: 'yes', accuracy: 88, requiredAccuracy: 90 }, 'retrain-first', 'strong'],
    ['measured at the baseline: retrain', { ...SETTLED, dataOrUseCaseChanged: 'yes', accuracy: 90, baselineAccuracy: 90, meetsAccuracy: 'unsure' }, 'retrain-first', 'strong'],
    ['answered as failing the bar: retrain', { ...SETTLED, dataOrUseCaseChanged: 'yes', meetsAccuracy: 'no' }, 'retrain-first', 'strong'],
  ])('%s', (_name, input, path, confidence) => {
    const value = run(input);
    expect(value.path).toBe(path);
    expect(value.confidence).toBe(confidence);
  });

  it('measuring first starts with validation and says to retrain only on a real drop', () => {
    const value = run({ ...SETTLED, dataOrUseCaseChanged: 'yes', accuracy: 93, requiredAccuracy: 90 });
    expect(value.startPhase).toBe('validation');
    expect(value.nextSteps.join(' ')).toMatch(/Retrain only if the drop is real/);
    expect(value.whatWouldChange).toContainEqual({ field: 'accuracy', value: 90 - CONSTANTS.DECISION.requirementMargin.value, path: 'retrain-first' });
  });
});

describe('the seed article’s eight situations', () => {
  it('are eight, each with a guide section', () => {
    expect(SEED_SITUATIONS).toHaveLength(8);
    for (const s of SEED_SITUATIONS) expect(GUIDE_LINKS).toContain(s.guide);
  });

  it.each(SEED_SITUATIONS.map((s) => [s.id, s]))('%s leads to its expected path', (_id, situation) => {
    const value = run(situation.input);
    expect(value.path).toBe(situation.expectedPath);
    expect(value.confidence).not.toBe('weak');
  });
});

describe('the four questions', () => {
  it('are numbered 1 to 4 and link the making-the-decision guide', () => {
    expect(DECISION_QUESTIONS.map((q) => q.number)).toEqual([1, 2, 3, 4]);
    for (const q of DECISION_QUESTIONS) expect(q.guide).toMatch(/^\/guides\/making-the-decision\/#question-\d-/);
  });

  it.each(DECISION_QUESTIONS.map((q) => [q.number, q]))('question %i’s decisive answer leads to its path', (_n, question) => {
    const { field, answer, path, example } = question.decisive;
    expect(question.fields).toContain(field);
    // The example must give the question's own answer, not only reach the path some other way.
    expect(example[field]).toBe(answer);
    expect(run(example).path).toBe(path);
  });

  it.each(DECISION_QUESTIONS.map((q) => [q.number, q]))('question %i’s other answer leads elsewhere', (_n, question) => {
    const { field, answer, path, example } = question.decisive;
    const other = answer === 'yes' ? 'no' : 'yes';
    expect(run({ ...example, [field]: other }).path).not.toBe(path);
  });
});

describe('techniques', () => {
  const cases: [Bottleneck, TechniqueId[]][] = [
    ['latency', ['compilation', 'batching', 'quantization', 'pruning', 'distillation']],
    ['cost', ['batching', 'caching', 'quantization', 'distillation']],
    ['memory', ['quantization', 'pruning', 'distillation']],
    ['throughput', ['compilation', 'batching', 'caching']],
  ];

  it.each(cases)('a %s bottleneck suggests its techniques, in the order to try them', (bottleneck, expected) => {
    const value = run({ ...SETTLED, performanceBlocking: 'yes', bottlenecks: [bottleneck] });
    expect(value.techniques).toEqual(expected);
  });

  it('for latency, the serving engine, compilation and batching come before quantization, pruning and distillation', () => {
    const order = run({ ...SETTLED, performanceBlocking: 'yes', bottlenecks: ['latency'] }).techniques;
    const at = (id: TechniqueId) => order.indexOf(id);
    expect(TECHNIQUES.compilation.label).toMatch(/serving engines/);
    expect(at('compilation')).toBeLessThan(at('quantization'));
    expect(at('batching')).toBeLessThan(at('quantization'));
    expect(at('quantization')).toBeLessThan(at('pruning'));
    expect(at('pruning')).toBeLessThan(at('distillation'));
  });

  it('without a named bottleneck suggests them all and asks for the bottleneck', () => {
    const value = run({ ...SETTLED, performanceBlocking: 'yes' });
    expect(value.techniques).toEqual(['compilation', 'batching', 'caching', 'quantization', 'pruning', 'distillation']);
    expect(value.nextSteps[0]).toMatch(/bottleneck/);
  });

  it('adds accuracy techniques when a few more points are needed too, those that retrain last', () => {
    const value = run({ ...SETTLED, needsIncrementalAccuracy: 'yes', performanceBlocking: 'yes', bottlenecks: ['memory'] });
    expect(value.techniques).toEqual(['threshold-tuning', 'quantization', 'hyperparameter-tuning', 'ensembles', 'pruning', 'distillation']);
  });

  it.each<[string, DecisionInput, TechniqueId[]]>([
    ['no model yet', { hasModel: 'no', modelKind: 'llm' }, ['prompting', 'retrieval', 'hosted-api']],
    ['short of the bar', { ...LANGUAGE, meetsAccuracy: 'no' }, ['prompting', 'retrieval', 'retraining']],
    ['close to the bar', { ...LANGUAGE, accuracy: 88, requiredAccuracy: 90 }, ['prompting', 'retrieval', 'threshold-tuning', 'hyperparameter-tuning', 'ensembles']],
    ['changed data, drop measured', { ...LANGUAGE, dataOrUseCaseChanged: 'yes', accuracy: 88, requiredAccuracy: 90 }, ['prompting', 'retrieval', 'data-collection', 'labeling', 'retraining']],
    ['changed data, nothing measured', { ...LANGUAGE, dataOrUseCaseChanged: 'yes' }, ['retrieval', 'labeling', 'monitoring']],
    ['serving costs', { ...LANGUAGE, performanceBlocking: 'yes', bottlenecks: ['cost'] }, ['hosted-api', 'batching', 'caching', 'quantization', 'distillation']],
    ['latency', { ...LANGUAGE, performanceBlocking: 'yes', bottlenecks: ['latency'] }, ['compilation', 'batching', 'quantization', 'pruning', 'distillation']],
  ])('a language model, %s, gets prompting, retrieval or an API where they fit', (_name, input, expected) => {
    expect(run(input).techniques).toEqual(expected);
  });

  it.each<[TechniqueId, string]>([
    ['prompting', '/guides/language-models/#prompting'],
    ['retrieval', '/guides/language-models/#retrieval-augmented-generation'],
    ['hosted-api', '/guides/language-models/#hosted-model-apis'],
  ])('%s links its guide section', (id, guide) => {
    expect(TECHNIQUES[id]).toMatchObject({ id, guide, needsRetraining: false, optimizes: false });
    expect(GUIDE_LINKS).toContain(guide);
  });

  it('lists techniques in the table’s order, each with a guide section', () => {
    for (const id of TECHNIQUE_IDS) {
      expect(TECHNIQUES[id].id).toBe(id);
      expect(GUIDE_LINKS).toContain(TECHNIQUES[id].guide);
      // One plain sentence for the result, not a label repeated.
      expect(TECHNIQUE_SUMMARIES[id]).toMatch(/^[A-Z].{30,160}\.$/);
    }
    expect(Object.keys(TECHNIQUE_SUMMARIES).sort()).toEqual([...TECHNIQUE_IDS].sort());
    // The estimator keeps its own light copy of the optimizing ids (so links are checked without
    // this table); it must be exactly the techniques marked `optimizes`, in the same order.
    expect(OPTIMIZATION_TECHNIQUE_IDS).toEqual(TECHNIQUE_IDS.filter((id) => TECHNIQUES[id].optimizes));
    for (const path of PATH_IDS) expect(GUIDE_LINKS).toContain(PATHS[path].guide);
  });

  it.each([
    ['train-first', 'train-from-scratch'],
    ['retrain-first', 'fine-tune'],
    ['optimize-first', 'optimize-existing'],
    ['refine-iteratively', 'fine-tune'],
    ['measure-first', 'fine-tune'],
    ['adapt-first', 'fine-tune'],
  ] as const)('%s is planned with the %s scenario', (path, scenario) => {
    expect(PATHS[path]).toMatchObject({ id: path, scenario });
  });
});

describe('the model-kind question', () => {
  it.each<[string, DecisionInput, PathId]>([
    ['a language model with no model of its own', { hasModel: 'no', modelKind: 'llm' }, 'adapt-first'],
    ['another deep model with none', { hasModel: 'no', modelKind: 'deep' }, 'train-first'],
    ['classic ML with none', { hasModel: 'no', modelKind: 'classic' }, 'train-first'],
    ['a language model below the bar', { ...LANGUAGE, accuracy: 60, requiredAccuracy: 90 }, 'adapt-first'],
    ['a language model below its baseline', { ...LANGUAGE, accuracy: 50, baselineAccuracy: 55, meetsAccuracy: 'unsure' }, 'adapt-first'],
    ['a deep model below the bar', { ...SETTLED, accuracy: 60, requiredAccuracy: 90 }, 'retrain-first'],
    ['a working language model that is too slow', { ...LANGUAGE, performanceBlocking: 'yes' }, 'optimize-first'],
  ])('%s → %s', (_name, input, path) => {
    expect(run(input).path).toBe(path);
  });

  it('an unanswered model kind weakens a result it could change', () => {
    const value = run({ hasModel: 'no' });
    expect(value.path).toBe('train-first');
    expect(value.confidence).toBe('weak');
    expect(value.whatWouldChange).toContainEqual({ field: 'modelKind', value: 'llm', path: 'adapt-first' });
  });

  it.each([
    ['LLM', 'llm'],
    [' Deep ', 'deep'],
    ['not sure', 'unsure'],
    ['', 'unsure'],
  ])('reads %j as %s', (raw, kind) => {
    const value = run({ hasModel: 'no', modelKind: raw });
    expect(value.path).toBe(kind === 'llm' ? 'adapt-first' : 'train-first');
  });

  it.each([['gpt'], [7], [['llm']]])('rejects %j with a message naming the choices', (raw) => {
    expect(recommend({ modelKind: raw })).toEqual({
      ok: false,
      errors: [
        {
          field: 'modelKind',
          code: 'invalid-choice',
          message: 'Model kind must be llm (a language model), deep (another deep model), classic (classic machine learning) or not sure.',
        },
      ],
    });
  });

  it('has four kinds', () => {
    expect(DECISION_MODEL_KINDS).toEqual(['llm', 'deep', 'classic', 'unsure']);
  });
});

describe('confidence, start phase and next steps', () => {
  it('is weak when an unsure answer could change the path', () => {
    const value = run({ hasModel: 'yes', dataOrUseCaseChanged: 'no', performanceBlocking: 'yes' });
    expect(value.path).toBe('optimize-first');
    expect(value.confidence).toBe('weak');
    expect(value.nextSteps.at(-1)).toMatch(/not sure/);
  });

  it('starts with validation when a model may exist but its accuracy is unknown', () => {
    expect(run({ hasModel: 'yes', performanceBlocking: 'yes' }).startPhase).toBe('validation');
    expect(run({ modelKind: 'deep' }).startPhase).toBe('validation');
    expect(run({ modelKind: 'deep' }).nextSteps[0]).toMatch(/^Measure accuracy/);
  });

  it('does not ask to measure accuracy when there is no model', () => {
    expect(run({ hasModel: 'no' }).nextSteps[0]).not.toMatch(/^Measure accuracy/);
  });

});

describe('the empty state', () => {
  it.each([[undefined], [null], [{}], [{ hasModel: 'unsure', modelKind: 'not sure' }], [{ accuracy: '', bottlenecks: [] }], [{ bottlenecks: '' }]])(
    '%j gives no recommendation: how the guide decides, and the first question',
    (input) => {
      const value = outcome(input);
      expect(value).toEqual({ status: 'empty', howItDecides: expect.any(Array), firstQuestion: 'hasModel' });
      if (value.status === 'empty') {
        expect(value.howItDecides.length).toBeGreaterThanOrEqual(3);
        for (const sentence of value.howItDecides) expect(sentence).toMatch(/^[A-Z].+\.$/);
      }
      expect(JSON.stringify(value)).not.toMatch(/Refine iteratively|nothing is blocking/i);
    },
  );

  it.each<[string, DecisionInput]>([
    ['hasModel', { hasModel: 'yes' }],
    ['modelKind', { modelKind: 'classic' }],
    ['accuracy', { accuracy: 80 }],
    ['requiredAccuracy', { requiredAccuracy: 80 }],
    ['baselineAccuracy', { baselineAccuracy: 50 }],
    ['meetsAccuracy', { meetsAccuracy: 'no' }],
    ['dataOrUseCaseChanged', { dataOrUseCaseChanged: 'no' }],
    ['performanceBlocking', { performanceBlocking: 'no' }],
    ['bottlenecks', { bottlenecks: ['memory'] }],
    ['needsIncrementalAccuracy', { needsIncrementalAccuracy: 'no' }],
    ['preparingForScale', { preparingForScale: 'no' }],
  ])('one answer (%s) is enough for a recommendation', (_field, input) => {
    expect(outcome(input).status).toBe('recommendation');
  });

  it('never offers "answer unsure" as a change to another path', () => {
    const value = run({ performanceBlocking: 'yes' });
    expect(value.whatWouldChange.some((c) => c.field === 'performanceBlocking' && c.value === 'unsure')).toBe(false);
  });
});

describe('accuracy numbers', () => {
  it.each([
    ['a number', 72],
    ['a numeric string', '72'],
    ['a padded string', ' 72 '],
    ['a percent string', '72%'],
    ['a decimal string', '72.0'],
  ])('reads accuracy given as %s', (_name, accuracy) => {
    expect(run({ ...SETTLED, accuracy, requiredAccuracy: 90 }).firedRules[0]!.id).toBe('far-below-requirement');
  });

  it.each([
    [90, 'refine-by-default'],
    [85, 'close-to-requirement'],
    [84.9, 'far-below-requirement'],
  ])('accuracy %s against a requirement of 90 fires %s', (accuracy, rule) => {
    expect(run({ ...SETTLED, accuracy, requiredAccuracy: 90, baselineAccuracy: 0 }).firedRules[0]!.id).toBe(rule);
  });

  it.each([
    [95.5, 90, 'refine-by-default'],
    [95, 90, 'near-baseline'],
    [91, 90, 'near-baseline'],
    [90, 90, 'below-baseline'],
    [85, 90, 'below-baseline'],
    [40, 0.1, 'refine-by-default'],
  ])('accuracy %s against a baseline of %s fires %s', (accuracy, baselineAccuracy, rule) => {
    expect(run({ ...SETTLED, accuracy, baselineAccuracy }).firedRules[0]!.id).toBe(rule);
  });

  it.each([
    [59.9, 'below-accuracy-floor'],
    [60, 'accuracy-gray-zone'],
    [69.9, 'accuracy-gray-zone'],
    [70, 'refine-by-default'],
  ])('without a baseline, accuracy %s fires %s', (accuracy, rule) => {
    expect(run({ ...SETTLED, accuracy }).firedRules[0]!.id).toBe(rule);
  });

  it('asks for a baseline in the gray zone', () => {
    const result = recommend({ ...SETTLED, accuracy: 65 });
    expect(result.ok && result.warnings).toEqual([
      { field: 'baselineAccuracy', code: 'baseline-missing', message: expect.stringMatching(/65% is in the 60–70% gray zone.*baseline accuracy/) },
    ]);
  });

  it.each([
    ['yes', 80, 90],
    ['no', 95, 90],
  ])('warns when meetsAccuracy %s disagrees with %s against %s, and the numbers win', (meetsAccuracy, accuracy, requiredAccuracy) => {
    const result = recommend({ ...SETTLED, meetsAccuracy, accuracy, requiredAccuracy, baselineAccuracy: 0 });
    expect(result.ok && result.warnings.map((w) => [w.field, w.code])).toEqual([['meetsAccuracy', 'conflicting-answer']]);
    expect(result.ok && result.value.status === 'recommendation' && result.value.path).toBe(accuracy >= requiredAccuracy ? 'refine-iteratively' : 'retrain-first');
  });

  it('does not warn when the answer agrees with the numbers', () => {
    const result = recommend({ ...SETTLED, meetsAccuracy: 'yes', accuracy: 95, requiredAccuracy: 90 });
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('answers', () => {
  it.each([
    [true, 'yes'],
    [false, 'no'],
    ['YES', 'yes'],
    [' no ', 'no'],
    ['not sure', 'unsure'],
    ['Not-Sure', 'unsure'],
    ['', 'unsure'],
    [null, 'unsure'],
  ])('reads %j as %s', (raw, answer) => {
    const value = run({ ...SETTLED, hasModel: raw });
    expect(value.path).toBe(answer === 'no' ? 'train-first' : 'refine-iteratively');
    expect(value.confidence).toBe(answer === 'unsure' ? 'weak' : 'strong');
  });

  it('reads bottlenecks as a list or comma-separated text, dropping duplicates', () => {
    const fromText = run({ ...SETTLED, performanceBlocking: 'yes', bottlenecks: 'memory, Memory,,throughput' });
    const fromList = run({ ...SETTLED, performanceBlocking: 'yes', bottlenecks: ['memory', 'throughput', 'memory'] });
    expect(fromText).toEqual(fromList);
  });
});


describe('errors', () => {
  it.each([
    ['accuracy', 150, 'out-of-range', 'Accuracy on held-out data must be a number between 0 and 100 percent, for example 72.'],
    ['requiredAccuracy', -1, 'out-of-range', 'Accuracy the business needs must be a number between 0 and 100 percent, for example 72.'],
    ['baselineAccuracy', 'abc', 'not-a-number', 'Accuracy of a trivial baseline must be a number between 0 and 100 percent, for example 72.'],
    ['accuracy', '7,5', 'thousands-separator', expect.stringMatching(/^Accuracy on held-out data has a comma/)],
    ['hasModel', 'maybe', 'invalid-choice', 'The answer to “Is there a trained model for this task?” must be yes, no or not sure.'],
    ['bottlenecks', ['speed'], 'invalid-choice', 'Bottlenecks must be a list of any of latency, cost, memory or throughput.'],
    ['bottlenecks', 7, 'invalid-type', 'Bottlenecks must be a list of any of latency, cost, memory or throughput.'],
    ['bottlenecks', Array(33).fill('cost'), 'too-many', 'Bottlenecks lists too many values. Choose at most 32.'],
    ['bottlenecks', 'cost,'.repeat(33), 'too-many', 'Bottlenecks lists too many values. Choose at most 32.'],
    ['bottlenecks', 'c'.repeat(5000), 'too-long', 'Bottlenecks is too long. Use at most 2,048 characters.'],
  ])('%s = %j is an error (%s)', (field, raw, code, message) => {
    const result = recommend(deepFreeze({ [field]: raw }));
    expect(result).toEqual({ ok: false, errors: [{ field, code, message }] });
  });

  it('reports every bad field at once', () => {
    const result = recommend({ accuracy: 'x', hasModel: 3, preparingForScale: {} });
    expect(result.ok === false && result.errors.map((e) => e.field)).toEqual(['hasModel', 'accuracy', 'preparingForScale']);
  });

  it('rejects a whole input that is not an object', () => {
    expect(recommend('yes')).toEqual({ ok: false, errors: [{ field: 'input', code: 'not-an-object', message: 'The decision answers must be a set of named answers, not a single value or a list.' }] });
  });
});

const decisionInput = arbitraryDecisionInput;

const ANSWER_FIELDS = ['hasModel', 'meetsAccuracy', 'dataOrUseCaseChanged', 'performanceBlocking', 'needsIncrementalAccuracy', 'preparingForScale'] as const;
/** Every single-answer field with the values it can take. */
const CHOICES: [string, readonly string[]][] = [...ANSWER_FIELDS.map((f) => [f, ANSWERS] as [string, readonly string[]]), ['modelKind', DECISION_MODEL_KINDS]];

describe('properties', () => {
  it('every whatWouldChange entry is true', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = outcome(input);
        if (value.status === 'empty') return;
        for (const change of value.whatWouldChange) {
          expect(change.path).not.toBe(value.path);
          expect(run({ ...input, [change.field]: change.value }).path).toBe(change.path);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every single-answer change that gives another path is listed', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = outcome(input);
        if (value.status === 'empty') return;
        for (const [field, values] of CHOICES) {
          for (const other of values) {
            if (other === ((input as Record<string, unknown>)[field] ?? 'unsure')) continue;
            const next = outcome({ ...input, [field]: other });
            const listed = value.whatWouldChange.some((c) => c.field === field && c.value === other);
            expect(listed).toBe(next.status === 'recommendation' && next.path !== value.path);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('confidence is weak exactly when an unsure answer could change the path', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = outcome(input);
        if (value.status === 'empty') return;
        const unsureMatters = value.whatWouldChange.some(
          (c) => c.field !== 'accuracy' && ((input as Record<string, unknown>)[c.field] ?? 'unsure') === 'unsure',
        );
        expect(value.confidence === 'weak').toBe(unsureMatters);
      }),
      { numRuns: 200 },
    );
  });

  it('the path is always the first fired rule’s, with techniques and steps, those needing retraining last', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = outcome(input);
        if (value.status === 'empty') return;
        expect(value.firedRules[0]!.path).toBe(value.path);
        expect(value.nextSteps.length).toBeGreaterThan(0);
        expect(value.techniques.length).toBeGreaterThan(0);
        expect(new Set(value.techniques).size).toBe(value.techniques.length);
        const retrains = value.techniques.map((t) => TECHNIQUES[t].needsRetraining);
        expect(retrains).toEqual([...retrains].sort((a, b) => Number(a) - Number(b)));
      }),
      { numRuns: 200 },
    );
  });

  it('a strong result never rests on a rule of thumb', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = outcome(input);
        if (value.status === 'empty' || value.confidence !== 'strong') return;
        const rule = [...DECISION_RULES, FALLBACK_RULE].find((r) => r.id === value.firedRules[0]!.id)!;
        expect(rule.thresholds.every((t) => CONSTANTS.DECISION[t].published)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
