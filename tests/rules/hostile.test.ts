import { describe, expect, it } from 'vitest';
import { PAYBACK_FIELDS, URL_KEYS, decodeState, encodeState, estimatePayback, estimateTimeline, filterComparison, recommend } from '../../src/rules/index.ts';
import type { Result } from '../../src/rules/index.ts';
import { HOSTILE_ROOTS, HOSTILE_VALUES, allFinite, deepFreeze, protoKeyInput, revokedProxy, throwingGetters, throwingProxy } from './helpers.ts';

const TOOLS: [string, (input: unknown) => Result<unknown>, Record<string, unknown>, string[]][] = [
  [
    'recommend',
    recommend,
    {},
    ['hasModel', 'accuracy', 'requiredAccuracy', 'baselineAccuracy', 'meetsAccuracy', 'dataOrUseCaseChanged', 'performanceBlocking', 'bottlenecks', 'needsIncrementalAccuracy', 'preparingForScale'],
  ],
  ['filterComparison', filterComparison, {}, ['text', 'tags', 'highlightFor']],
  [
    'estimateTimeline',
    estimateTimeline,
    { scenario: 'fine-tune' },
    ['preset', 'modelKind', 'modelParams', 'trainingTokens', 'totalFlops', 'tokensPerSecond', 'gpuType', 'gpuCount', 'mfu', 'pricePerGpuHour', 'dataReadiness', 'techniques', 'refinementCycles', 'dayRate'],
  ],
  ['estimatePayback', estimatePayback, { requestsPerDay: 1000 }, PAYBACK_FIELDS.filter((f) => f !== 'requestsPerDay')],
];

/** A result is well formed: ok with finite numbers, or errors that are full sentences naming a field. */
function expectWellFormed(result: Result<unknown>): void {
  if (result.ok) {
    expect(allFinite(result.value)).toBe(true);
    for (const w of result.warnings) expect(w.message).toMatch(/^[A-Z“].*\.$/s);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(typeof e.field).toBe('string');
      expect(e.message).toMatch(/^[A-Z“].*\.$/s);
      expect(e.message.length).toBeLessThan(400);
    }
  }
}

describe.each(TOOLS)('%s with hostile input', (_name, tool, base, fields) => {
  it.each(HOSTILE_ROOTS)('rejects %s as a whole input without throwing', (_label, input) => {
    const result = tool(input);
    expect(result).toEqual({ ok: false, errors: [{ field: 'input', code: 'not-an-object', message: expect.any(String) }] });
  });

  describe.each(fields.map((f) => [f]))('field %s', (field) => {
    it.each(HOSTILE_VALUES)('survives %s', (_label, value) => {
      const input = deepFreeze({ ...base, [field]: value });
      const result = tool(input);
      expectWellFormed(result);
      // A list's item is named by its index (steps.0, steps.0.oneOffCost).
      if (!result.ok) expect(result.errors.every((e) => e.field === field || e.field.startsWith(`${field}.`))).toBe(true);
    });
  });

  it('reports each throwing getter as an unreadable field', () => {
    const input = Object.assign(throwingGetters(fields), base);
    const result = tool(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.field, e.code])).toEqual(fields.map((f) => [f, 'unreadable']));
    expect(!result.ok && result.errors[0]!.message).toMatch(/could not be read\. Enter it again\.$/);
  });

  it('reports every field of a throwing proxy as unreadable', () => {
    const result = tool(throwingProxy());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.every((e) => e.code === 'unreadable' || e.code === 'required')).toBe(true);
  });

  it('ignores __proto__ keys and never pollutes prototypes', () => {
    const input = protoKeyInput(`{"__proto__": {"polluted": true, "hasModel": "no", "scenario": "x"}, "constructor": {"prototype": {"polluted": true}}}`);
    const result = tool({ ...base, ...(input as object) });
    expectWellFormed(result);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads only own fields, never inherited ones', () => {
    const inherited = Object.create({ ...base, hasModel: 'no', text: 'gpu', gpuCount: 'bad' }) as object;
    const result = tool(inherited);
    if (_name === 'estimateTimeline') expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['scenario']);
    else if (_name === 'estimatePayback') expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['requestsPerDay']);
    else expect(result.ok).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ ...base, [fields[0]!]: undefined, extra: { nested: [1, 2] } });
    const copy = structuredClone(input);
    tool(input);
    expect(input).toEqual(copy);
  });
});

describe('list fields with hostile lists', () => {
  const proxyArray = new Proxy(['cost'], {
    get(target, key) {
      if (key === 'length') return 1;
      if (key === '0') throw new Error('boom');
      return Reflect.get(target, key);
    },
  });

  it.each([
    ['a proxy array whose items throw', proxyArray],
    ['a revoked proxy', revokedProxy()],
  ])('reports %s as unreadable', (_label, bottlenecks) => {
    const result = recommend({ bottlenecks });
    expect(!result.ok && result.errors.map((e) => [e.field, e.code])).toEqual([['bottlenecks', 'unreadable']]);
  });

  it('rejects a sparse array claiming a billion items without reading them', () => {
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    const result = estimateTimeline({ scenario: 'fine-tune', techniques: sparse });
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['too-many']);
  });
});

describe('URL state with hostile input', () => {
  it.each(HOSTILE_VALUES)('encodeState survives %s in every section', (_label, value) => {
    expect(typeof encodeState({ decision: { accuracy: value, hasModel: value }, comparison: { text: value }, timeline: { gpuCount: value } })).toBe('string');
    expect(encodeState(value)).toBe('');
  });

  it.each(HOSTILE_VALUES)('decodeState survives %s', (_label, value) => {
    const result = decodeState(value);
    expect(result.ok).toBe(true);
  });

  const PAYLOAD = '"><script>alert(1)</script>';
  it.each(URL_KEYS.map((k) => [k.key, `${k.section}.${k.field}`]))('?%s=<script payload> is dropped with a warning naming %s, or kept as plain text', (key, field) => {
    const result = decodeState(`?${key}=${encodeURIComponent(PAYLOAD)}`);
    if (!result.ok) throw new Error('decodeState never fails');
    const kept = Object.values(result.value).flatMap((section) => Object.values(section as object));
    if (result.warnings.length) {
      expect(result.warnings.map((w) => w.field)).toEqual([field]);
      expect(kept).toEqual([]);
    } else {
      expect(kept).toEqual([PAYLOAD]); // free text (the comparison search) stays text
    }
  });
});
