import { beforeEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState, PRESET_IDS, PRESETS } from '../../src/rules/index.ts';
import { $estimate } from '../../src/stores/estimate.ts';
import {
  $pins,
  $timeline,
  applyPreset,
  MAX_PINS,
  numberText,
  pinEstimate,
  presetForm,
  restorePin,
  setField,
  setTimelineInput,
  TIMELINE_DEFAULTS,
  sameForm,
  timelineForm,
  timelineInput,
  timelineState,
  unpinEstimate,
  type TimelineForm,
} from '../../src/stores/timeline.ts';
import { resetStores } from './reset.ts';

beforeEach(() => resetStores());

/** Decode(encode(form)) as the URL sync does it. */
const roundTrip = (form: TimelineForm) => {
  const decoded = decodeState(encodeState({ timeline: timelineState(form) }));
  if (!decoded.ok) throw new Error('decode failed');
  return timelineForm(decoded.value.timeline);
};

describe('$timeline and $estimate', () => {
  it('opens with a preset that gives an estimate', () => {
    expect($timeline.get().preset).not.toBe('');
    expect($estimate.get().ok).toBe(true);
  });

  it.each(PRESET_IDS)('preset %s fills the form and estimates', (id) => {
    applyPreset(id);
    expect($timeline.get()).toEqual(presetForm(id));
    expect($timeline.get().scenario).toBe(PRESETS[id].inputs.scenario);
    expect($estimate.get().ok).toBe(true);
  });

  it('writes counts the way people type them', () => {
    expect(presetForm('pretrain-7b').modelParams).toBe('7B');
    expect(numberText('trainingTokens', 1.4e12)).toBe('1.4T');
    expect(numberText('modelParams', 1234567)).toBe('1234567');
    expect(numberText('gpuCount', 8)).toBe('8');
  });

  it('accepts "7B" and reports a bad value on its field, keeping the other entries', () => {
    setField('modelParams', '13B');
    setField('gpuCount', 'eight');
    expect($timeline.get()).toMatchObject({ modelParams: '13B', gpuCount: 'eight' });
    const result = $estimate.get();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['gpuCount']);
  });

  it('takes a plan and keeps the other inputs', () => {
    setField('gpuCount', '4');
    setTimelineInput({ scenario: 'optimize-existing', techniques: ['distillation'] });
    expect($timeline.get()).toMatchObject({ scenario: 'optimize-existing', techniques: ['distillation'], gpuCount: '4' });
  });
});

describe('timeline URL state', () => {
  it('is empty for the default form', () => {
    expect(timelineState(TIMELINE_DEFAULTS)).toEqual({});
  });

  const cases: [string, (f: TimelineForm) => TimelineForm][] = [
    ['another preset', () => presetForm('pretrain-7b')],
    ['a preset with changes', () => ({ ...presetForm('pretrain-7b'), gpuCount: '16', mfu: '0.45', gpuType: 'a100' })],
    ['no preset', (f) => ({ ...f, preset: '', scenario: 'optimize-existing', techniques: ['quantization', 'compilation'] })],
    ['every text field', (f) => ({ ...f, trainingTokens: '1.5T', totalFlops: '5.88e21', tokensPerSecond: '10643', pricePerGpuHour: '2.5', refinementCycles: '2', dayRate: '1200' })],
    ['no techniques', (f) => ({ ...f, techniques: [] })],
  ];
  it.each(cases)('round-trips through the link: %s', (_, make) => {
    const form = make(TIMELINE_DEFAULTS);
    expect(roundTrip(form)).toEqual(form);
  });

  it('gives the same estimate after the round trip', () => {
    const form = { ...presetForm('fine-tune-bert-base'), gpuCount: '2' };
    setField('gpuCount', '2');
    $timeline.set(roundTrip(form));
    const a = $estimate.get();
    $timeline.set(form);
    expect($estimate.get()).toEqual(a);
  });
});

describe('pins', () => {
  it(`keeps at most ${MAX_PINS}, dropping the oldest`, () => {
    for (const id of PRESET_IDS) {
      applyPreset(id);
      pinEstimate();
    }
    expect($pins.get()).toHaveLength(MAX_PINS);
    expect($pins.get().map((p) => p.form.preset)).toEqual(PRESET_IDS.slice(-MAX_PINS));
  });

  it('restores and removes a pin', () => {
    applyPreset('pretrain-7b');
    pinEstimate();
    applyPreset('quantize-existing');
    const key = $pins.get()[0]!.key;
    restorePin(key);
    expect($timeline.get()).toEqual(presetForm('pretrain-7b'));
    unpinEstimate(key);
    expect($pins.get()).toEqual([]);
  });
});

describe('workload fields', () => {
  it('the LoRA preset fills method, data, epochs, active parameters and precision', () => {
    const form = presetForm('fine-tune-8b-lora');
    expect([form.method, form.datasetTokens, form.epochs, form.activeParams, form.precision]).toEqual(['lora', '26.6M', '3', '8B', 'bf16']);
  });

  it('typed workload fields flow into the rules input and the link state', () => {
    const form = { ...presetForm('fine-tune-8b-lora'), method: 'qlora' as const, datasetTokens: '50M', studentParams: '1B' };
    const input = timelineInput(form);
    expect([input.method, input.datasetTokens, input.studentParams]).toEqual(['qlora', '50M', '1B']);
    const state = timelineState(form);
    expect(state).toMatchObject({ preset: 'fine-tune-8b-lora', method: 'qlora', datasetTokens: '50M', studentParams: '1B' });
    expect(sameForm(timelineForm(state), form)).toBe(true);
  });
});
