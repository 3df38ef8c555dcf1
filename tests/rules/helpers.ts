/** Shared test helpers: deep-freezing inputs, a catalogue of hostile values, and fast-check inputs. */
import fc from 'fast-check';
import { ANSWERS, BOTTLENECKS, DECISION_MODEL_KINDS } from '../../src/rules/index.ts';

/** A percentage as the decision guide accepts it: whole or fractional, 0 to 100. */
export const arbitraryPercent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

/** Any valid decision input: each field valid when present, any of them missing. */
export const arbitraryDecisionInput = fc.record(
  {
    hasModel: fc.constantFrom(...ANSWERS),
    modelKind: fc.constantFrom(...DECISION_MODEL_KINDS),
    accuracy: arbitraryPercent,
    requiredAccuracy: arbitraryPercent,
    baselineAccuracy: arbitraryPercent,
    meetsAccuracy: fc.constantFrom(...ANSWERS),
    dataOrUseCaseChanged: fc.constantFrom(...ANSWERS),
    performanceBlocking: fc.constantFrom(...ANSWERS),
    bottlenecks: fc.uniqueArray(fc.constantFrom(...BOTTLENECKS)),
    needsIncrementalAccuracy: fc.constantFrom(...ANSWERS),
    preparingForScale: fc.constantFrom(...ANSWERS),
  },
  { requiredKeys: [] },
);

/** Freezes a value and everything reachable from it, so a test fails if a rule mutates its input. */
export function deepFreeze<T>(value: T): T {
  try {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  } catch {
    // Hostile proxies cannot be frozen; they are not ours to protect.
  }
  return value;
}

/** An object whose every listed property throws when read. */
export function throwingGetters(keys: readonly string[]): object {
  const target = {};
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        throw new Error(`boom: ${key}`);
      },
    });
  }
  return target;
}

/** A proxy that throws on every operation. */
export function throwingProxy(): object {
  const boom = () => {
    throw new Error('proxy boom');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
}

/** A revoked proxy: even Array.isArray throws on it. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
}

export const HUGE = 'x'.repeat(10 * 1024 * 1024);

/** Values no field accepts as they are, each with a name for the test title. */
export const HOSTILE_VALUES: readonly [string, unknown][] = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['an array', [1, 2, 3]],
  ['an object', { a: 1 }],
  ['a function', () => 1],
  ['a symbol', Symbol('s')],
  ['a bigint', 10n],
  ['a script tag', '<script>alert(1)</script>'],
  ['a 10 MB string', HUGE],
  ['a string of spaces 10 MB long', ' '.repeat(10 * 1024 * 1024)],
  ['a throwing proxy', throwingProxy()],
  ['a revoked proxy', revokedProxy()],
];

/** Whole inputs that are not objects of named fields. */
export const HOSTILE_ROOTS: readonly [string, unknown][] = [
  ['a string', 'yes'],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['true', true],
  ['an array', ['yes']],
  ['a 10 MB string', HUGE],
  ['a revoked proxy', revokedProxy()],
  ['a symbol', Symbol('root')],
];

/** True when every number reachable from `value` is finite. */
export function allFinite(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).every((v) => allFinite(v, seen));
}

/** JSON with a `__proto__` own key, as JSON.parse makes it. */
export function protoKeyInput(json: string): unknown {
  return JSON.parse(json);
}
