import { beforeEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/rules/index.ts';
import {
  $decision,
  DECISION_DEFAULTS,
  decisionForm,
  decisionInput,
  decisionState,
  setAnswer,
  toggleBottleneck,
  type DecisionForm,
} from '../../src/stores/decision.ts';
import { $recommendation } from '../../src/stores/recommendation.ts';
import { resetStores } from './reset.ts';

beforeEach(() => resetStores());

describe('$decision and $recommendation', () => {
  it('starts at "Not sure" everywhere with empty numbers', () => {
    expect($decision.get()).toEqual(DECISION_DEFAULTS);
    expect($recommendation.get().ok).toBe(true);
  });

  it.each([
    ['hasModel', 'no', 'train-first'],
    ['dataOrUseCaseChanged', 'yes', 'measure-first'],
  ] as const)('answering %s = %s recommends %s', (field, value, path) => {
    setAnswer(field, value);
    const result = $recommendation.get();
    expect(result.ok && result.value.status === 'recommendation' && result.value.path).toBe(path);
  });

  it('keeps a bad number as typed and reports it on its field, other answers intact', () => {
    setAnswer('hasModel', 'yes');
    setAnswer('accuracy', 'abc');
    expect($decision.get()).toMatchObject({ hasModel: 'yes', accuracy: 'abc' });
    const result = $recommendation.get();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['accuracy']);
  });

  it('leaves empty boxes out of the rules input', () => {
    expect(decisionInput({ ...DECISION_DEFAULTS, accuracy: '  ' })).not.toHaveProperty('accuracy');
  });

  it('keeps bottlenecks in form order, whatever the click order', () => {
    toggleBottleneck('throughput', true);
    toggleBottleneck('latency', true);
    toggleBottleneck('cost', true);
    toggleBottleneck('throughput', false);
    expect($decision.get().bottlenecks).toEqual(['latency', 'cost']);
  });
});

describe('decision URL state', () => {
  it('is empty for the defaults', () => {
    expect(encodeState({ decision: decisionState(DECISION_DEFAULTS) })).toBe('');
  });

  const forms: [string, Partial<DecisionForm>][] = [
    ['no model', { hasModel: 'no' }],
    ['numbers', { hasModel: 'yes', accuracy: '72', requiredAccuracy: '90', baselineAccuracy: '50' }],
    ['decimals', { accuracy: '72.5' }],
    ['bottlenecks', { performanceBlocking: 'yes', bottlenecks: ['latency', 'memory'] }],
    ['everything', { hasModel: 'yes', meetsAccuracy: 'no', dataOrUseCaseChanged: 'no', needsIncrementalAccuracy: 'yes', preparingForScale: 'yes' }],
  ];
  it.each(forms)('round-trips through the link: %s', (_, partial) => {
    const form = { ...DECISION_DEFAULTS, ...partial };
    const decoded = decodeState(encodeState({ decision: decisionState(form) }));
    expect(decoded.ok && decisionForm(decoded.value.decision)).toEqual(form);
  });

  it('drops a bad number from the link instead of writing it', () => {
    expect(encodeState({ decision: decisionState({ ...DECISION_DEFAULTS, hasModel: 'no', accuracy: 'abc' }) })).toBe('has=no');
  });
});
