import { cleanStores } from 'nanostores';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeWith, encodeWith, PAYBACK_CODEC, PAYBACK_PRESET_IDS } from '../../src/rules/index.ts';
import {
  $payback,
  $paybackResult,
  applyPaybackPreset,
  PAYBACK_DEFAULTS,
  paybackForm,
  paybackInput,
  paybackPart,
  paybackState,
  resetPayback,
  setPaybackField,
  setStepCost,
  toggleStep,
  type PaybackForm,
} from '../../src/stores/payback.ts';
import { applySearch, toolSearch } from '../../src/stores/url-sync.ts';
import { resetStores } from './reset.ts';

beforeEach(() => {
  resetStores();
  cleanStores($payback, $paybackResult);
  resetPayback();
});

/** Decode(encode(form)) as the URL sync does it. */
const roundTrip = (form: PaybackForm) => {
  const decoded = decodeWith([PAYBACK_CODEC], encodeWith([PAYBACK_CODEC], { payback: paybackState(form) }));
  return paybackForm(decoded.ok ? decoded.value.payback : undefined);
};

describe('payback store', () => {
  it('opens on the chat preset with a result', () => {
    expect($payback.get()).toEqual(PAYBACK_DEFAULTS);
    const result = $paybackResult.get();
    expect(result.ok && result.value.inputs.preset).toBe('chat-8b-l40s');
  });

  it.each(PAYBACK_PRESET_IDS.map((id) => [id]))('preset %s gives a result', (id) => {
    applyPaybackPreset(id);
    expect($paybackResult.get().ok).toBe(true);
  });

  it('a typed field overrides the preset, and a blank one falls back to it', () => {
    setPaybackField('requestsPerDay', '2M');
    const result = $paybackResult.get();
    expect(result.ok && result.value.inputs.perDay).toBe(2e6);
    setPaybackField('requestsPerDay', '  ');
    expect(paybackInput($payback.get())).toEqual({ preset: 'chat-8b-l40s' });
  });

  it('turns the preset’s steps into an editable list with their likely one-off costs', () => {
    toggleStep('quantize-4bit', true);
    const steps = $payback.get().steps!;
    expect(steps.map((s) => s.id)).toEqual(['distill', 'speculative-decoding', 'caching', 'switch-serving', 'quantize-4bit']);
    expect(steps[0]!.oneOffCost).toBe('96');
    setStepCost('quantize-4bit', '500');
    toggleStep('caching', false);
    const result = $paybackResult.get();
    expect(result.ok && result.value.steps.map((s) => [s.id, s.oneOffCost.likely])).toEqual([
      ['distill', 96],
      ['speculative-decoding', 0],
      ['switch-serving', 0],
      ['quantize-4bit', 500],
    ]);
  });

  it('shows field errors instead of a result for a bad value', () => {
    setPaybackField('utilization', '150%');
    const result = $paybackResult.get();
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['utilization']);
  });

  it('round-trips through a link, steps and costs included', () => {
    setPaybackField('requestsPerDay', '250000');
    setStepCost('distill', '4000');
    expect(roundTrip($payback.get())).toEqual($payback.get());
    expect(roundTrip(PAYBACK_DEFAULTS)).toEqual(PAYBACK_DEFAULTS);
  });

  it('reads a link through url-sync and writes it back', () => {
    const issues = applySearch('?pb=api-support-bot&rpd=5000&util=2', paybackPart);
    expect(issues.map((i) => i.field)).toEqual(['payback.utilization']);
    expect($payback.get().preset).toBe('api-support-bot');
    expect(toolSearch([paybackPart])).toBe('?pb=api-support-bot&rpd=5000');
    paybackPart.reset();
    expect($payback.get()).toEqual(PAYBACK_DEFAULTS);
  });
});
