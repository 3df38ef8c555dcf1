import { afterEach, describe, expect, it } from 'vitest';
import { decodeWith, estimatePayback, paybackFromDecision, PAYBACK_CODEC } from '../../src/rules/index.ts';
import { PAYBACK_COMPARE_HREF, paybackDecisionHref, paybackPlanHref } from '../../src/stores/payback-links.ts';
import { $payback, $paybackHandOff, paybackHandOff, paybackPart, PAYBACK_DEFAULTS } from '../../src/stores/payback.ts';
import { $urlIssues, applySearch, stopUrlSync } from '../../src/stores/url-sync.ts';

const searchOf = (href: string) => new URL(href, 'https://example.org').search;
/** A link as the payback page reads it: through the rules' codec, warnings and all. */
function decoded(href: string) {
  const result = decodeWith([PAYBACK_CODEC], searchOf(href));
  expect(result.ok && result.warnings).toEqual([]);
  return result.ok ? result.value.payback : undefined;
}

afterEach(() => {
  stopUrlSync();
  $payback.set(PAYBACK_DEFAULTS);
  $paybackHandOff.set(null);
});

describe('hand-off links into the payback calculator', () => {
  it.each([
    [['quantization', 'batching', 'monitoring'], ['quantize-8bit', 'serving-engine']],
    [['distillation'], ['distill']],
  ])('a decision suggesting %j arrives with the steps %j', (techniques, steps) => {
    const href = paybackDecisionHref({ path: 'optimize-first', techniques });
    const handed = paybackHandOff(decoded(href));
    expect(handed?.note).toEqual({ from: 'decision' });
    expect(handed?.form.steps?.map((s) => s.id)).toEqual(steps);
    const decided = paybackFromDecision({ techniques });
    expect(decided.ok && decided.value.steps).toEqual(steps);
  });

  it('a decision with no technique that has a serving effect keeps the example', () => {
    const handed = paybackHandOff(decoded(paybackDecisionHref({ path: 'optimize-first', techniques: ['monitoring'] })));
    expect(handed?.form).toEqual(PAYBACK_DEFAULTS);
  });

  it('an estimator plan becomes a step whose one-off cost is its GPU cost', () => {
    const href = paybackPlanHref({ gpuHours: { low: 2, likely: 4, high: 8 }, pricePerGpuHour: { low: 1, likely: 2.5, high: 3 }, techniques: ['quantization'] });
    expect(href).toBe('/tools/payback/?pgh=2,4,8&pph=1,2.5,3&tech=quantization&from=timeline');
    const handed = paybackHandOff(decoded(href!));
    expect(handed?.form.steps).toEqual([{ id: 'quantize-8bit', oneOffCost: '10' }]);
    expect(handed?.note).toEqual({ from: 'timeline', step: 'Quantize to 8 bit (FP8 or INT8)' });
    expect(estimatePayback({ preset: 'chat-8b-l40s', steps: [{ id: 'quantize-8bit', oneOffCost: 10 }] }).ok).toBe(true);
  });

  it('a plan with no price gives no link', () => {
    expect(paybackPlanHref({ gpuHours: { low: 1, likely: 1, high: 1 }, pricePerGpuHour: null, techniques: [] })).toBeNull();
  });

  it.each([
    ['no source', { preset: 'chat-8b-l40s' as const }],
    ['a plan without its GPU-hours', { from: 'timeline', planPrice: [1, 2, 3] as [number, number, number] }],
    ['nothing at all', undefined],
  ])('a link with %s is not a hand-off', (_name, state) => {
    expect(paybackHandOff(state)).toBeNull();
  });

  it('the comparison table opens the example with a note', () => {
    const handed = paybackHandOff(decoded(PAYBACK_COMPARE_HREF));
    expect(handed?.note).toEqual({ from: 'comparison' });
    expect(handed?.form.preset).toBe('chat-8b-l40s');
  });

  it('keeps the rest of the link: a hand-off onto another preset starts from that preset', () => {
    const handed = paybackHandOff(decoded('/tools/payback/?pb=api-support-bot&from=comparison'));
    expect(handed?.form.preset).toBe('api-support-bot');
  });
});

describe('hand-off keys through the URL sync', () => {
  it('applies a decision link to the form and the note', () => {
    expect(applySearch(searchOf(paybackDecisionHref({ path: 'optimize-first', techniques: ['quantization'] })), paybackPart)).toEqual([]);
    expect($payback.get().steps).toEqual([{ id: 'quantize-8bit', oneOffCost: '' }]);
    expect($paybackHandOff.get()).toEqual({ from: 'decision' });
  });

  it.each([
    ['?from=timeline&pgh=x&pph=1,2,3', ['payback.planGpuHours'], null],
    ['?from=teleport&tech=quantization', ['payback.from'], null],
    ['?tech=quantization,rm-rf&from=optimize-first', ['payback.techniques'], { from: 'decision' }],
    ['?from=timeline&pgh=8,4,2&pph=1,2', ['payback.planGpuHours', 'payback.planPrice'], null],
  ])('%s: the bad values are dropped with the link warning', (search, fields, note) => {
    const issues = applySearch(search, paybackPart);
    expect(issues.map((i) => i.field)).toEqual(fields);
    expect(issues.every((i) => i.message.endsWith('The default is shown instead.'))).toBe(true);
    expect($paybackHandOff.get()).toEqual(note);
    expect($urlIssues.get().map((i) => i.field)).toEqual(fields);
    expect($payback.get()).toEqual(PAYBACK_DEFAULTS);
  });
});
