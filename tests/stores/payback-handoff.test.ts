import { describe, expect, it } from 'vitest';
import { estimatePayback, paybackFromDecision } from '../../src/rules/index.ts';
import { PAYBACK_COMPARE_HREF, paybackDecisionHref, paybackPlanHref } from '../../src/stores/payback-links.ts';
import { paybackHandOff } from '../../src/stores/payback.ts';

const note = (from: string, step?: string) => `${from}${step ? `:${step}` : ''}`;
const searchOf = (href: string) => new URL(href, 'https://example.org').search;

describe('hand-off links into the payback calculator', () => {
  it.each([
    [['quantization', 'batching', 'monitoring'], ['quantize-8bit', 'serving-engine']],
    [['distillation'], ['distill']],
  ])('a decision suggesting %j arrives with the steps %j', (techniques, steps) => {
    const href = paybackDecisionHref({ path: 'optimize-first', techniques });
    const handed = paybackHandOff(searchOf(href), note);
    expect(handed?.note).toBe('decision');
    expect(handed?.form.steps?.map((s) => s.id)).toEqual(steps);
    const decided = paybackFromDecision({ techniques });
    expect(decided.ok && decided.value.steps).toEqual(steps);
  });

  it('a decision with no technique that has a serving effect keeps the example', () => {
    const handed = paybackHandOff(searchOf(paybackDecisionHref({ path: 'optimize-first', techniques: ['monitoring'] })), note);
    expect(handed?.form.steps).toBeNull();
  });

  it('an estimator plan becomes a step whose one-off cost is its GPU cost', () => {
    const href = paybackPlanHref({ gpuHours: { low: 2, likely: 4, high: 8 }, pricePerGpuHour: { low: 1, likely: 2.5, high: 3 }, techniques: ['quantization'] });
    expect(href).toBe('/tools/payback/?pgh=2,4,8&pph=1,2.5,3&opt=quantization&from=timeline');
    const handed = paybackHandOff(searchOf(href!), note);
    expect(handed?.form.steps).toEqual([{ id: 'quantize-8bit', oneOffCost: '10' }]);
    expect(handed?.note).toMatch(/^timeline:/);
    expect(estimatePayback({ preset: 'chat-8b-l40s', steps: [{ id: 'quantize-8bit', oneOffCost: 10 }] }).ok).toBe(true);
  });

  it.each([
    ['no price', paybackPlanHref({ gpuHours: { low: 1, likely: 1, high: 1 }, pricePerGpuHour: null, techniques: [] })],
  ])('a plan with %s gives no link', (_name, href) => {
    expect(href).toBeNull();
  });

  it.each([
    ['?from=timeline&pgh=x&pph=1,2,3', null],
    ['?pb=chat-8b-l40s', null],
  ])('%s is not a hand-off the calculator takes', (search, expected) => {
    expect(paybackHandOff(search, note)).toBe(expected);
  });

  it('the comparison table opens the example with a note', () => {
    const handed = paybackHandOff(searchOf(PAYBACK_COMPARE_HREF), note);
    expect(handed?.note).toBe('comparison');
    expect(handed?.form.preset).toBe('chat-8b-l40s');
  });
});
