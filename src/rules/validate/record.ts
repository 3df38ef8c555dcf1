/**
 * Safe reading of untrusted objects: survives throwing getters, revoked proxies, `__proto__` keys
 * and prototype-less objects, and reads only own properties (never the prototype chain).
 */
import type { Issue } from '../types.ts';
import type { Check } from './fields.ts';

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

/**
 * Reads each of `fields` from an untrusted record and checks it. A clean value goes into `into`
 * (a blank one is left out); each bad field adds one issue, an unreadable property included.
 * @example
 * const given = {}, errors = [];
 * checkFields({ gpuCount: 'x' }, ['gpuCount'], (f, raw) => checkNumber('Number of GPUs', raw, RULE), () => MESSAGES.unreadable('Number of GPUs'), given, errors);
 * errors[0].code; // 'not-a-number'
 */
export function checkFields<F extends string>(
  record: object,
  fields: readonly F[],
  check: (field: F, raw: unknown) => Check<unknown>,
  unreadable: (field: F) => string,
  into: Partial<Record<F, unknown>>,
  errors: Issue[],
): void {
  for (const field of fields) {
    const read = readField(record, field);
    if (!read.ok) {
      errors.push({ field, code: 'unreadable', message: unreadable(field) });
      continue;
    }
    const checked = check(field, read.value);
    if (!checked.ok) errors.push({ field, code: checked.code, message: checked.message });
    else if (checked.value !== undefined) into[field] = checked.value;
  }
}
