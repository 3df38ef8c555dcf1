import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISION_FIELDS, recommend, relevantQuestions } from '../../src/rules/index.ts';
import type { DecisionField, DecisionInput } from '../../src/rules/index.ts';
import { arbitraryDecisionInput, deepFreeze } from './helpers.ts';

const MODEL_QUESTIONS: DecisionField[] = [
  'hasModel',
  'modelKind',
  'accuracy',
  'requiredAccuracy',
  'baselineAccuracy',
  'meetsAccuracy',
  'dataOrUseCaseChanged',
  'performanceBlocking',
  'needsIncrementalAccuracy',
  'preparingForScale',
];

describe('relevantQuestions', () => {
  it.each<[string, unknown, DecisionField[]]>([
    ['nothing answered', {}, ['hasModel', 'modelKind']],
    ['no input at all', undefined, ['hasModel', 'modelKind']],
    ['no model', { hasModel: 'no' }, ['hasModel', 'modelKind']],
    ['not sure there is a model', { hasModel: 'unsure', modelKind: 'llm' }, ['hasModel', 'modelKind']],
    ['a model', { hasModel: 'yes' }, MODEL_QUESTIONS],
    ['a model with both accuracy numbers', { hasModel: 'yes', accuracy: 80, requiredAccuracy: 90 }, MODEL_QUESTIONS.filter((f) => f !== 'meetsAccuracy')],
    ['a model with one accuracy number', { hasModel: 'yes', accuracy: 80 }, MODEL_QUESTIONS],
    ['performance blocks', { hasModel: 'yes', performanceBlocking: 'yes' }, [...DECISION_FIELDS]],
    ['production load is coming', { hasModel: 'yes', preparingForScale: 'yes' }, [...DECISION_FIELDS]],
    ['performance does not block', { hasModel: 'yes', performanceBlocking: 'no' }, MODEL_QUESTIONS],
    ['a bottleneck without a model', { hasModel: 'no', performanceBlocking: 'yes', bottlenecks: ['latency'] }, ['hasModel', 'modelKind']],
  ])('%s', (_name, input, expected) => {
    expect(relevantQuestions(deepFreeze(input))).toEqual(expected);
  });

  it('keeps a field with a bad value visible, so its error can be fixed', () => {
    expect(relevantQuestions({ hasModel: 'no', accuracy: 'abc', bottlenecks: ['speed'] })).toEqual(['hasModel', 'modelKind', 'accuracy', 'bottlenecks']);
  });

  it('shows every question when the input is not a set of answers', () => {
    expect(relevantQuestions('yes')).toEqual([...DECISION_FIELDS]);
    expect(relevantQuestions([1, 2])).toEqual([...DECISION_FIELDS]);
  });

  it('always lists questions in form order, starting with the first question', () => {
    fc.assert(
      fc.property(arbitraryDecisionInput, (input) => {
        const fields = relevantQuestions(input);
        expect(fields.slice(0, 2)).toEqual(['hasModel', 'modelKind']);
        expect(fields).toEqual(DECISION_FIELDS.filter((f) => fields.includes(f)));
      }),
      { numRuns: 200 },
    );
  });

  it('the empty state’s first question is the first relevant one', () => {
    const result = recommend({});
    expect(result.ok && result.value.status === 'empty' && result.value.firstQuestion).toBe(relevantQuestions({})[0]);
  });

  it('hiding an answer the reader gave never changes a path decided by whether a model exists', () => {
    // With no model, every hidden question's answer leaves the path at train-first or adapt-first.
    fc.assert(
      fc.property(arbitraryDecisionInput, (input: DecisionInput) => {
        const result = recommend({ ...input, hasModel: 'no' });
        if (!result.ok || result.value.status !== 'recommendation') return;
        expect(['train-first', 'adapt-first']).toContain(result.value.path);
      }),
      { numRuns: 200 },
    );
  });
});
