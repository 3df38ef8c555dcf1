import { beforeEach, describe, expect, it } from 'vitest';
import { decodeState, recommend, type DecisionInput, type PathId, type ScenarioId } from '../../src/rules/index.ts';
import { $comparison } from '../../src/stores/comparison.ts';
import { $plan, compareFromDecision, compareHref, planFromDecision, planHref, planInput, takePlan } from '../../src/stores/plan.ts';
import { resetStores } from './reset.ts';

beforeEach(() => resetStores());

const rec = (input: DecisionInput) => {
  const result = recommend(input);
  if (!result.ok || result.value.status !== 'recommendation') throw new Error('bad input');
  return result.value;
};

describe('planInput', () => {
  it.each<[DecisionInput, PathId, ScenarioId]>([
    [{ hasModel: 'no' }, 'train-first', 'train-from-scratch'],
    [{ hasModel: 'yes', meetsAccuracy: 'no', dataOrUseCaseChanged: 'yes' }, 'retrain-first', 'fine-tune'],
    [{ hasModel: 'yes', meetsAccuracy: 'yes', dataOrUseCaseChanged: 'no', performanceBlocking: 'yes', bottlenecks: ['latency'] }, 'optimize-first', 'optimize-existing'],
  ])('%o → %s → %s', (input, path, scenario) => {
    const r = rec(input);
    expect(r.path).toBe(path);
    expect(planInput(r).scenario).toBe(scenario);
  });

  it('carries only techniques the estimator plans for', () => {
    const r = rec({ hasModel: 'yes', meetsAccuracy: 'yes', dataOrUseCaseChanged: 'no', performanceBlocking: 'yes', bottlenecks: ['latency'] });
    expect(planInput(r).techniques?.length).toBeGreaterThan(0);
    expect(planInput(rec({ hasModel: 'no' }))).not.toHaveProperty('techniques');
  });
});

describe('links and actions', () => {
  it('links the plan to the estimator with its inputs', () => {
    const r = rec({ hasModel: 'no' });
    const href = planHref(r);
    expect(href.startsWith('/tools/timeline/?')).toBe(true);
    const decoded = decodeState(href.slice(href.indexOf('?')));
    expect(decoded.ok && decoded.value.timeline?.scenario).toBe('train-from-scratch');
  });

  it('links the path to the comparison table', () => {
    expect(compareHref('retrain-first')).toBe('/tools/comparison/?hl=retrain-first');
  });

  it('hands a plan to the estimator once', () => {
    planFromDecision(rec({ hasModel: 'no' }));
    expect($plan.get()?.scenario).toBe('train-from-scratch');
    expect(takePlan()?.scenario).toBe('train-from-scratch');
    expect(takePlan()).toBeNull();
  });

  it('highlights the comparison rows for the path', () => {
    compareFromDecision(rec({ hasModel: 'no' }));
    expect($comparison.get().highlightFor).toBe('train-first');
  });
});
