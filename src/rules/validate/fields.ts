/**
 * Field checks shared by the tools and the URL decoder. Each returns the clean value (undefined
 * when the field is blank) or a code and a message; the caller decides the issue's `field` path
 * and whether it is an error (tools) or a warning (links). `name` is the field's name as the
 * reader sees it (from the tool's own label table), which the message quotes.
 */
import { MESSAGES, type NumberRule } from '../messages.ts';
import type { Answer, IssueCode } from '../types.ts';
import { MAX_CHOICE_TEXT, MAX_LIST_ITEMS, MAX_NUMBER_TEXT } from './limits.ts';
import { parseNumber, type NumberOptions } from './number.ts';

export type Check<T> = { ok: true; value: T | undefined } | { ok: false; code: IssueCode; message: string };

const BLANK = { ok: true, value: undefined } as const;

/** Forms send '' or null for a cleared field: both mean "not given". */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.length <= MAX_NUMBER_TEXT && raw.trim() === '');
}

/** A number within `rule`'s range. */
export function checkNumber(name: string, raw: unknown, rule: NumberRule, options: NumberOptions = {}): Check<number> {
  if (isBlank(raw)) return BLANK;
  const parsed = parseNumber(raw, options);
  if (!parsed.ok) {
    return parsed.code === 'thousands-separator'
      ? { ok: false, code: parsed.code, message: MESSAGES.thousandsSeparator(name) }
      : { ok: false, code: parsed.code, message: MESSAGES.numberRange(name, rule) };
  }
  const value = parsed.value;
  if (!(value >= rule.min && value <= rule.max) || (rule.integer === true && !Number.isInteger(value))) {
    return { ok: false, code: 'out-of-range', message: MESSAGES.numberRange(name, rule) };
  }
  return { ok: true, value: value + 0 }; // + 0 turns -0 into 0
}

/** One of `allowed` (ids are compared trimmed and lower-cased); `names` are the words messages use. */
export function checkChoice<T extends string>(name: string, raw: unknown, allowed: readonly T[], names: readonly string[] = allowed): Check<T> {
  if (isBlank(raw)) return BLANK;
  const id = typeof raw === 'string' && raw.length <= MAX_CHOICE_TEXT ? raw.trim().toLowerCase() : undefined;
  const match = allowed.find((choice) => choice === id);
  return match === undefined ? { ok: false, code: 'invalid-choice', message: MESSAGES.invalidChoice(name, names) } : { ok: true, value: match };
}

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const ANSWER_NAMES = ['yes', 'no', 'not sure'];

/** yes / no / unsure; also true/false and "not sure". */
export function checkAnswer(name: string, raw: unknown): Check<Answer> {
  if (typeof raw === 'boolean') return { ok: true, value: raw ? 'yes' : 'no' };
  if (typeof raw === 'string' && /^\s*not[\s-]sure\s*$/i.test(raw.slice(0, MAX_CHOICE_TEXT + 1))) return { ok: true, value: 'unsure' };
  return checkChoice(name, raw, ANSWERS, ANSWER_NAMES);
}

export type ListCheck<T> = { ok: true; value: T[] | undefined; unknown: string[] } | { ok: false; code: IssueCode; message: string };

/**
 * A list of ids from `allowed`: an array, or a comma-separated string ('' is the empty list).
 * Duplicates are dropped. Unknown ids are an error, or collected when `collectUnknown` is set.
 */
export function checkList<T extends string>(name: string, raw: unknown, allowed: readonly T[], collectUnknown = false): ListCheck<T> {
  if (raw === undefined || raw === null) return { ok: true, value: undefined, unknown: [] };
  const items = listItems(raw);
  if (!Array.isArray(items)) return { ok: false, code: items, message: listMessage(items, name, allowed) };
  const value: T[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const id = typeof item === 'string' && item.length <= MAX_CHOICE_TEXT ? item.trim().toLowerCase() : undefined;
    const match = allowed.find((choice) => choice === id);
    if (match !== undefined) {
      if (!value.includes(match)) value.push(match);
    } else if (collectUnknown && typeof item === 'string') {
      unknown.push(item);
    } else {
      return { ok: false, code: 'invalid-choice', message: MESSAGES.invalidList(name, allowed) };
    }
  }
  return { ok: true, value, unknown };
}

type ListProblem = 'too-long' | 'too-many' | 'invalid-type' | 'unreadable';

function listMessage(code: ListProblem, name: string, allowed: readonly string[]): string {
  if (code === 'too-long') return MESSAGES.tooLong(name, MAX_LIST_TEXT);
  if (code === 'too-many') return MESSAGES.tooMany(name, MAX_LIST_ITEMS);
  if (code === 'unreadable') return MESSAGES.unreadable(name);
  return MESSAGES.invalidList(name, allowed);
}

/** Longest comma-separated list text. */
const MAX_LIST_TEXT = MAX_CHOICE_TEXT * MAX_LIST_ITEMS;

/** The raw items of a list input, read defensively (arrays may be proxies with throwing getters). */
function listItems(raw: unknown): unknown[] | ListProblem {
  if (typeof raw === 'string') {
    if (raw.length > MAX_LIST_TEXT) return 'too-long';
    const parts = raw.split(',').filter((part) => part.trim() !== '');
    return parts.length > MAX_LIST_ITEMS ? 'too-many' : parts;
  }
  try {
    if (!Array.isArray(raw)) return 'invalid-type';
    return raw.length > MAX_LIST_ITEMS ? 'too-many' : Array.from(raw);
  } catch {
    return 'unreadable';
  }
}
