import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  DECISION_QUESTIONS,
  DECISION_RULES,
  FALLBACK_RULE,
  GUIDE_LINKS,
  PATH_IDS,
  PATHS,
  SEED_SITUATIONS,
  OPTIMIZATION_TECHNIQUE_IDS,
  TECHNIQUE_IDS,
  TECHNIQUE_SUMMARIES,
  TECHNIQUES,
  recommend,
} from '../../src/rules/index.ts';
import type { Bottleneck, DecisionInput, DecisionRuleId, PathId, Recommendation, TechniqueId } from '../../src/rules/index.ts';
import { arbitraryDecisionInput, deepFreeze } from './helpers.ts';

function run(input: unknown): Recommendation {
  const result = recommend(deepFreeze(input));
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** A model that works and every other answer given: the base most rows below change one thing in. */
const SETTLED: DecisionInput = {
  hasModel: 'yes',
  meetsAccuracy: 'yes',
  dataOrUseCaseChanged: 'no',
  performanceBlocking: 'no',
  needsIncrementalAccuracy: 'no',
  preparingForScale: 'no',
};

describe('the decision table', () => {
  const cases: [DecisionRuleId, DecisionInput, PathId, 'strong' | 'conditional'][] = [
    ['no-model', { hasModel: 'no' }, 'train-first', 'strong'],
    ['data-or-use-case-changed', { ...SETTLED, dataOrUseCaseChanged: 'yes' }, 'retrain-first', 'strong'],
    ['below-baseline', { ...SETTLED, accuracy: 88, baselineAccuracy: 90, meetsAccuracy: 'unsure' }, 'retrain-first', 'strong'],
    ['below-accuracy-floor', { ...SETTLED, accuracy: 55, meetsAccuracy: 'unsure' }, 'retrain-first', 'strong'],
    ['accuracy-gray-zone', { ...SETTLED, accuracy: 65, meetsAccuracy: 'unsure' }, 'retrain-first', 'conditional'],
    ['far-below-requirement', { ...SETTLED, accuracy: 80, requiredAccuracy: 90, baselineAccuracy: 50 }, 'retrain-first', 'strong'],
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
    expect(value.firedRules.map((r) => r.id)).toEqual(['no-model', 'data-or-use-case-changed', 'below-accuracy-floor', 'preparing-for-scale']);
    expect(value.path).toBe('train-first');
  });

  it('uses the fallback only when nothing else matched', () => {
    expect(run({ ...SETTLED, preparingForScale: 'yes' }).firedRules.map((r) => r.id)).not.toContain('refine-by-default');
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
    const value = run(question.decisive.example);
    expect(value.path).toBe(question.decisive.path);
    for (const field of question.fields) expect(Object.keys(question.decisive.example).concat(question.fields)).toContain(field);
  });

  it.each(DECISION_QUESTIONS.map((q) => [q.number, q]))('question %i’s other answer leads elsewhere', (_n, question) => {
    const [field] = question.fields.filter((f) => f !== 'hasModel' && f !== 'accuracy' && f !== 'requiredAccuracy' && f !== 'baselineAccuracy');
    const other = question.decisive.answer === 'yes' ? 'no' : 'yes';
    expect(run({ ...question.decisive.example, [field!]: other }).path).not.toBe(question.decisive.path);
  });
});

describe('techniques', () => {
  const cases: [Bottleneck, TechniqueId[]][] = [
    ['latency', ['quantization', 'pruning', 'distillation', 'compilation']],
    ['cost', ['quantization', 'distillation', 'batching', 'caching']],
    ['memory', ['quantization', 'pruning', 'distillation']],
    ['throughput', ['compilation', 'batching', 'caching']],
  ];

  it.each(cases)('a %s bottleneck suggests its techniques', (bottleneck, expected) => {
    const value = run({ ...SETTLED, performanceBlocking: 'yes', bottlenecks: [bottleneck] });
    expect([...value.techniques].sort()).toEqual([...expected].sort());
  });

  it('without a named bottleneck suggests them all and asks for the bottleneck', () => {
    const value = run({ ...SETTLED, performanceBlocking: 'yes' });
    expect(value.techniques).toEqual(['quantization', 'pruning', 'distillation', 'compilation', 'batching', 'caching']);
    expect(value.nextSteps[0]).toMatch(/bottleneck/);
  });

  it('adds accuracy techniques when a few more points are needed too', () => {
    const value = run({ ...SETTLED, needsIncrementalAccuracy: 'yes', performanceBlocking: 'yes', bottlenecks: ['memory'] });
    expect(value.techniques).toEqual(['quantization', 'pruning', 'distillation', 'hyperparameter-tuning', 'threshold-tuning', 'ensembles']);
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
  ] as const)('%s is planned with the %s scenario', (path, scenario) => {
    expect(PATHS[path]).toMatchObject({ id: path, scenario });
  });
});

describe('confidence, start phase and next steps', () => {
  it('is weak when an unsure answer could change the path', () => {
    const value = run({ hasModel: 'yes', dataOrUseCaseChanged: 'no', performanceBlocking: 'yes' });
    expect(value.path).toBe('optimize-first');
    expect(value.confidence).toBe('weak');
    expect(value.nextSteps.at(-1)).toMatch(/not sure/);
  });

  it('starts with validation when a model exists but its accuracy is unknown', () => {
    expect(run({ hasModel: 'yes', performanceBlocking: 'yes' }).startPhase).toBe('validation');
    expect(run({}).startPhase).toBe('validation');
    expect(run({}).nextSteps[0]).toMatch(/^Measure accuracy/);
  });

  it('does not ask to measure accuracy when there is no model', () => {
    expect(run({ hasModel: 'no' }).nextSteps[0]).not.toMatch(/^Measure accuracy/);
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
    [95, 90, 'below-baseline'],
    [91, 90, 'below-baseline'],
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
    expect(result.ok && result.value.path).toBe(accuracy >= requiredAccuracy ? 'refine-iteratively' : 'retrain-first');
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

describe('missing input', () => {
  it.each([[undefined], [null], [{}]])('treats %j as every answer unsure', (input) => {
    expect(run(input)).toEqual(run({ hasModel: 'unsure' }));
    expect(run(input).confidence).toBe('weak');
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

describe('properties', () => {
  it('every whatWouldChange entry is true', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = run(input);
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
        const value = run(input);
        for (const field of ANSWER_FIELDS) {
          for (const other of ANSWERS) {
            if (other === (input[field] ?? 'unsure')) continue;
            const path = run({ ...input, [field]: other }).path;
            const listed = value.whatWouldChange.some((c) => c.field === field && c.value === other);
            expect(listed).toBe(path !== value.path);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('confidence is weak exactly when an unsure answer could change the path', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = run(input);
        const unsureMatters = value.whatWouldChange.some(
          (c) => c.field !== 'accuracy' && (input[c.field as (typeof ANSWER_FIELDS)[number]] ?? 'unsure') === 'unsure',
        );
        expect(value.confidence === 'weak').toBe(unsureMatters);
      }),
      { numRuns: 200 },
    );
  });

  it('the path is always the first fired rule’s, with techniques and steps', () => {
    fc.assert(
      fc.property(decisionInput, (input) => {
        const value = run(input);
        expect(value.firedRules[0]!.path).toBe(value.path);
        expect(value.nextSteps.length).toBeGreaterThan(0);
        expect(value.techniques.length).toBeGreaterThan(0);
        expect(new Set(value.techniques).size).toBe(value.techniques.length);
      }),
      { numRuns: 200 },
    );
  });
});
