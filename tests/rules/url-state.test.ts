import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_TAGS,
  DATA_READINESS,
  GPU_IDS,
  MAX_SEARCH_LENGTH,
  MAX_SEARCH_PARAMS,
  OPTIMIZATION_TECHNIQUE_IDS,
  PATH_IDS,
  PRESET_IDS,
  URL_KEYS,
  ALL_CODECS,
  COMPARISON_CODEC,
  DECISION_CODEC,
  PLAN_CODEC,
  TIMELINE_CODEC,
  decodeState,
  decodeWith,
  encodeState,
  encodeWith,
} from '../../src/rules/index.ts';
import type { ToolState } from '../../src/rules/index.ts';
import { HUGE, arbitraryDecisionInput, deepFreeze, revokedProxy, throwingGetters, throwingProxy } from './helpers.ts';

function decoded(search: unknown): ToolState {
  const result = decodeState(search);
  if (!result.ok) throw new Error('decodeState never fails');
  return result.value;
}

function warnings(search: unknown): [string, string][] {
  const result = decodeState(search);
  return result.ok ? result.warnings.map((w) => [w.field, w.code]) : [];
}

describe('encodeState', () => {
  it('writes short readable keys in a stable order', () => {
    const state = deepFreeze({
      timeline: { gpuCount: 8, gpuType: 'h100-sxm' },
      decision: { requiredAccuracy: 90, accuracy: 72, hasModel: 'yes' },
    });
    expect(encodeState(state)).toBe('has=yes&acc=72&req=90&gpu=h100-sxm&n=8');
  });

  it('writes lists with readable commas and escapes text', () => {
    expect(encodeState({ decision: { bottlenecks: ['latency', 'cost'] }, comparison: { text: 'gpu & a=b, ok', tags: ['cost'] } })).toBe(
      'bn=latency,cost&q=gpu%20%26%20a%3Db%2C%20ok&tags=cost'.replace('%2C', ','),
    );
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'has=yes'],
    ['an array', [{ decision: { hasModel: 'yes' } }]],
    ['an empty state', {}],
    ['empty sections', { decision: {}, comparison: {}, timeline: {} }],
    ['sections that are not objects', { decision: 'yes', comparison: 3, timeline: [1] }],
    ['invalid values', { decision: { accuracy: 150, hasModel: 'maybe', bottlenecks: ['x'] }, timeline: { gpuCount: -1 } }],
    ['undefined values', { decision: { accuracy: undefined } }],
    ['throwing getters', { decision: throwingGetters(['hasModel', 'accuracy']) }],
    ['a throwing section', throwingGetters(['decision'])],
    ['a throwing proxy', throwingProxy()],
    ['a revoked proxy section', { decision: revokedProxy() }],
    ['a 10 MB search text', { comparison: { text: HUGE } }],
  ])('writes nothing for %s', (_name, state) => {
    expect(encodeState(state)).toBe('');
  });

  it('keeps the valid values and drops the others', () => {
    expect(encodeState({ decision: { accuracy: '72', hasModel: 'maybe' }, timeline: { modelParams: '7B' } })).toBe('acc=72&params=7000000000');
  });
});

describe('decodeState', () => {
  it.each([
    ['a string with "?"', '?has=yes&acc=72&gpu=h100-sxm&n=8'],
    ['a string without "?"', 'has=yes&acc=72&gpu=h100-sxm&n=8'],
    ['URLSearchParams', new URLSearchParams('has=yes&acc=72&gpu=h100-sxm&n=8')],
    ['a URLSearchParams-like object', { toString: (): string => 'has=yes&acc=72&gpu=h100-sxm&n=8' }],
  ])('reads %s', (_name, search) => {
    expect(decoded(search)).toEqual({ decision: { hasModel: 'yes', accuracy: 72 }, timeline: { gpuType: 'h100-sxm', gpuCount: 8 } });
  });

  it('ignores unknown keys silently and reads the first of repeated keys', () => {
    const result = decodeState('utm_source=x&has=no&has=yes&__proto__=1&constructor=2');
    expect(result).toEqual({ ok: true, value: { decision: { hasModel: 'no' } }, warnings: [] });
  });

  it.each([
    ['acc=150', 'decision.accuracy', 'out-of-range'],
    ['has=maybe', 'decision.hasModel', 'invalid-choice'],
    ['mk=gpt', 'decision.modelKind', 'invalid-choice'],
    ['mk=<img src=x onerror=alert(1)>', 'decision.modelKind', 'invalid-choice'],
    [`mk=${'l'.repeat(500)}`, 'decision.modelKind', 'invalid-choice'],
    ['bn=speed', 'decision.bottlenecks', 'invalid-choice'],
    ['tags=nope', 'comparison.tags', 'invalid-choice'],
    ['hl=fastest', 'comparison.highlightFor', 'invalid-choice'],
    [`q=${'x'.repeat(300)}`, 'comparison.text', 'invalid-type'],
    ['n=0', 'timeline.gpuCount', 'out-of-range'],
    ['mfu=2', 'timeline.mfu', 'out-of-range'],
    ['gpu=<script>alert(1)</script>', 'timeline.gpuType', 'invalid-choice'],
    ['params=1,00', 'timeline.modelParams', 'thousands-separator'],
    ['ftm=dpo', 'timeline.method', 'invalid-choice'],
    ['dtok=1e400', 'timeline.datasetTokens', 'out-of-range'],
    ['ep=-2', 'timeline.epochs', 'out-of-range'],
    ['act=%3Cimg%3E', 'timeline.activeParams', 'not-a-number'],
    ['stu=1e99', 'timeline.studentParams', 'out-of-range'],
    ['prec=fp4', 'timeline.precision', 'invalid-choice'],
  ])('%s is dropped with a warning on %s', (search, field, code) => {
    const result = decodeState(search);
    expect(result.ok && result.value).toEqual({});
    expect(result.ok && result.warnings).toEqual([{ field, code, message: expect.stringMatching(/\. The default is shown instead\.$/) }]);
  });

  it.each([
    // Links shared before the model-kind question: every one still reads as before.
    ['has=no', { decision: { hasModel: 'no' } }],
    ['has=yes&acc=93&req=90&chg=yes', { decision: { hasModel: 'yes', accuracy: 93, requiredAccuracy: 90, dataOrUseCaseChanged: 'yes' } }],
    ['has=yes&meets=yes&perf=yes&bn=latency,cost&more=no&scale=no&base=50', {
      decision: { hasModel: 'yes', meetsAccuracy: 'yes', performanceBlocking: 'yes', bottlenecks: ['latency', 'cost'], needsIncrementalAccuracy: 'no', preparingForScale: 'no', baselineAccuracy: 50 },
    }],
    // The new answer, in any case and next to the old keys.
    ['has=no&mk=llm', { decision: { hasModel: 'no', modelKind: 'llm' } }],
    ['mk=Deep', { decision: { modelKind: 'deep' } }],
    ['mk=not%20sure', { decision: { modelKind: 'unsure' } }],
  ])('decision link %s reads back', (search, expected) => {
    expect(decodeState(search)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it('writes the model kind last among the decision keys, so older keys keep their place', () => {
    expect(encodeState({ decision: { modelKind: 'classic', hasModel: 'yes', accuracy: 80 } })).toBe('has=yes&acc=80&mk=classic');
  });

  it('keeps the good values next to a bad one', () => {
    expect(decoded('acc=abc&req=90')).toEqual({ decision: { requiredAccuracy: 90 } });
  });

  it('treats empty numbers as not given and empty lists as empty', () => {
    expect(decoded('acc=&bn=&q=')).toEqual({ decision: { bottlenecks: [] }, comparison: { text: '' } });
  });

  it(`ignores a query longer than ${MAX_SEARCH_LENGTH} characters whole`, () => {
    expect(decodeState(`has=yes&q=${'a'.repeat(MAX_SEARCH_LENGTH)}`)).toEqual({
      ok: true,
      value: {},
      warnings: [{ field: 'search', code: 'too-long', message: 'The link’s settings are longer than 2,000 characters, so they were ignored and the defaults are shown.' }],
    });
    expect(warnings(HUGE)).toEqual([['search', 'too-long']]);
  });

  it(`reads at most ${MAX_SEARCH_PARAMS} parameters`, () => {
    const search = [...Array(MAX_SEARCH_PARAMS).fill('x=1'), 'has=yes'].join('&');
    expect(decodeState(search)).toEqual({
      ok: true,
      value: {},
      warnings: [{ field: 'search', code: 'too-many', message: 'The link has more than 40 settings; only the first 40 were read.' }],
    });
  });

  it.each([
    ['undefined', undefined, []],
    ['null', null, []],
    ['an empty string', '', []],
    ['"?"', '?', []],
    ['a number', 42, [['search', 'invalid-type']]],
    ['a plain object', { has: 'yes' }, [['search', 'invalid-type']]],
    ['an array', ['has=yes'], [['search', 'invalid-type']]],
    ['a throwing proxy', throwingProxy(), [['search', 'invalid-type']]],
    ['a revoked proxy', revokedProxy(), [['search', 'invalid-type']]],
    ['an object whose toString throws', { toString: () => { throw new Error('no'); } }, [['search', 'invalid-type']]],
    ['an object whose toString returns a number', { toString: () => 5 }, [['search', 'invalid-type']]],
    ['a symbol', Symbol('s'), [['search', 'invalid-type']]],
    ['malformed escapes', '%E0%A4%A&has=%', [['decision.hasModel', 'invalid-choice']]],
  ])('never throws on %s', (_name, search, expected) => {
    expect(warnings(search)).toEqual(expected);
  });
});

describe('per-tool codecs (encodeWith / decodeWith)', () => {
  const mixed = '?has=yes&acc=72&q=gpu&tags=cost&gpu=a100&n=8&sc=fine-tune&opt=quantization';

  it.each([
    ['decision', [DECISION_CODEC], { decision: { hasModel: 'yes', accuracy: 72 } }],
    ['comparison', [COMPARISON_CODEC], { comparison: { text: 'gpu', tags: ['cost'] } }],
    ['timeline', [TIMELINE_CODEC], { timeline: { gpuType: 'a100', gpuCount: 8, scenario: 'fine-tune', techniques: ['quantization'] } }],
    ['plan (scenario and techniques only)', [PLAN_CODEC], { timeline: { scenario: 'fine-tune', techniques: ['quantization'] } }],
  ])('the %s codec reads only its own keys', (_, codecs, expected) => {
    const result = decodeWith(codecs, mixed);
    expect(result.ok && result.value).toEqual(expected);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('writes only the given tools, in the codecs\' order', () => {
    const state = { timeline: { gpuCount: 8 }, decision: { hasModel: 'no' }, comparison: { text: 'cost' } };
    expect(encodeWith([TIMELINE_CODEC, DECISION_CODEC], state)).toBe('n=8&has=no');
    expect(encodeWith([], state)).toBe('');
  });

  it('the plan codec writes a plan and refuses what the estimator would refuse', () => {
    expect(encodeWith([PLAN_CODEC], { timeline: { scenario: 'optimize-existing', techniques: ['pruning', 'distillation'], gpuCount: 8 } })).toBe(
      'sc=optimize-existing&opt=pruning,distillation',
    );
    const bad = decodeWith([PLAN_CODEC], '?sc=rocket&opt=magic');
    expect(bad.ok && bad.warnings.map((w) => w.field)).toEqual(['timeline.scenario', 'timeline.techniques']);
  });

  it('every tool\'s keys are covered by exactly one full codec, in URL_KEYS order', () => {
    expect(ALL_CODECS.flatMap((c) => c.keys)).toEqual(URL_KEYS);
    for (const k of PLAN_CODEC.keys) expect(TIMELINE_CODEC.keys).toContainEqual(k);
  });

  it('encodeState/decodeState equal the same calls with every codec', () => {
    expect(decodeState(mixed)).toEqual(decodeWith(ALL_CODECS, mixed));
    const state = decoded(mixed);
    expect(encodeState(state)).toBe(encodeWith(ALL_CODECS, state));
  });
});

describe('round trip', () => {
  it('every URL key is unique and short', () => {
    expect(new Set(URL_KEYS.map((k) => k.key)).size).toBe(URL_KEYS.length);
    for (const { key } of URL_KEYS) expect(key).toMatch(/^[a-z]{1,6}$/);
  });

  const positive = (min: number, max: number) => fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.min(max, Number.MAX_SAFE_INTEGER) }), fc.double({ min, max, noNaN: true }));
  const sections = {
    decision: arbitraryDecisionInput,
    comparison: fc.record(
      {
        text: fc.string({ maxLength: 200, unit: 'grapheme' }),
        tags: fc.uniqueArray(fc.constantFrom(...COMPARISON_TAGS.map((t) => t.id))),
        highlightFor: fc.constantFrom(...PATH_IDS),
      },
      { requiredKeys: [] },
    ),
    timeline: fc.record(
      {
        scenario: fc.constantFrom('train-from-scratch', 'fine-tune', 'optimize-existing'),
        preset: fc.constantFrom(...PRESET_IDS),
        modelKind: fc.constantFrom('llm', 'classic'),
        modelParams: positive(1, 1e14),
        trainingTokens: positive(1, 1e16),
        totalFlops: positive(1, 1e30),
        tokensPerSecond: positive(1, 1e9),
        gpuType: fc.constantFrom(...GPU_IDS),
        gpuCount: fc.integer({ min: 1, max: 1e6 }),
        mfu: fc.double({ min: 0.01, max: 1, noNaN: true }),
        pricePerGpuHour: positive(0, 1e4),
        dataReadiness: fc.constantFrom(...(Object.keys(DATA_READINESS) as (keyof typeof DATA_READINESS)[])),
        techniques: fc.uniqueArray(fc.constantFrom(...OPTIMIZATION_TECHNIQUE_IDS)),
        refinementCycles: fc.integer({ min: 0, max: 100 }),
        dayRate: positive(0, 1e7),
        method: fc.constantFrom('full', 'lora', 'qlora'),
        datasetTokens: positive(1, 1e14),
        epochs: fc.double({ min: 0.01, max: 1000, noNaN: true }),
        activeParams: positive(1, 1e14),
        studentParams: positive(1, 1e14),
        precision: fc.constantFrom('bf16', 'fp8'),
      },
      { requiredKeys: [] },
    ),
  };
  const state = fc.record(sections, { requiredKeys: [] }).map((s) => {
    // Empty sections carry nothing, so a link cannot carry them either.
    const out: Record<string, object> = {};
    for (const [key, value] of Object.entries(s)) if (Object.keys(value).length > 0) out[key] = value;
    return out as ToolState;
  });

  it('decodeState(encodeState(s)) returns s for every valid state', () => {
    fc.assert(
      fc.property(state, (s) => {
        const search = encodeState(deepFreeze(s));
        // The comparison text can make a valid state longer than the cap; such links are ignored whole.
        fc.pre(search.length <= MAX_SEARCH_LENGTH);
        expect(decodeState(search)).toEqual({ ok: true, value: s, warnings: [] });
        expect(decodeState(`?${search}`)).toEqual({ ok: true, value: s, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('encoding is stable: encoding a decoded link gives the same link', () => {
    fc.assert(
      fc.property(state, (s) => {
        const search = encodeState(s);
        fc.pre(search.length <= MAX_SEARCH_LENGTH);
        expect(encodeState(decoded(search))).toBe(search);
      }),
      { numRuns: 100 },
    );
  });
});

describe('estimator workload keys', () => {
  it('a link carries method, data, epochs, active and student parameters and precision', () => {
    const search = encodeState({ timeline: { scenario: 'fine-tune', method: 'qlora', datasetTokens: 5e7, epochs: 2, activeParams: 3.7e10, studentParams: 1e9, precision: 'fp8' } });
    expect(search).toMatch(/ftm=qlora/);
    expect(decodeState(search)).toEqual({
      ok: true,
      value: { timeline: { scenario: 'fine-tune', method: 'qlora', datasetTokens: 5e7, epochs: 2, activeParams: 3.7e10, studentParams: 1e9, precision: 'fp8' } },
      warnings: [],
    });
  });

  it('reads sizes as people write them', () => {
    expect(decodeState('dtok=50M&act=37%20billion').ok && decodeState('dtok=50M&act=37%20billion')).toMatchObject({ value: { timeline: { datasetTokens: 5e7, activeParams: 3.7e10 } } });
  });
});
