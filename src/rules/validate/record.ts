/**
 * Safe reading of untrusted objects: survives throwing getters, revoked proxies, `__proto__` keys
 * and prototype-less objects, and reads only own properties (never the prototype chain).
 */

export type RecordView =
  | { kind: 'empty' }
  | { kind: 'record'; value: object }
  | { kind: 'invalid' };

/** Classifies an input: undefined/null are empty, plain objects are records, anything else is invalid. */
export function viewRecord(input: unknown): RecordView {
  if (input === undefined || input === null) return { kind: 'empty' };
  try {
    if (typeof input === 'object' && !Array.isArray(input)) return { kind: 'record', value: input };
  } catch {
    // A revoked proxy throws from Array.isArray.
  }
  return { kind: 'invalid' };
}

export type FieldRead = { ok: true; value: unknown } | { ok: false };

/** Reads one own property; `{ ok: false }` when reading it throws. */
export function readField(record: object, key: string): FieldRead {
  try {
    if (!Object.prototype.hasOwnProperty.call(record, key)) return { ok: true, value: undefined };
    return { ok: true, value: (record as Record<string, unknown>)[key] };
  } catch {
    return { ok: false };
  }
}
