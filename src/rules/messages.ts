/**
 * The sentences every tool shares: the issue messages of validation and links. Each takes the
 * field's name as the reader sees it (`name`, from the tool's own table: DECISION_FIELD_LABELS,
 * TIMELINE_FIELD_LABELS, COMPARISON_FIELD_LABELS, PAYBACK_LABELS), so an island loads only its own
 * tool's names, and an error names the label the reader sees. Each tool's own warnings sit beside
 * it (decision/messages.ts, timeline/messages.ts). Messages are full sentences that name the field
 * in plain words and say what is allowed.
 */

import { formatDecimal } from './decimal.ts';

/** How a value the reader typed is quoted back: short, on one line. */
function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}”`;
}

/** A list read as prose: "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}


/** A limit written for people: 7 billion, 1,000, 0.01, 1 × 10^30. */
export function formatNumber(n: number): string {
  if (n >= 1e15) return `${n.toExponential().replace(/e\+(\d+)$/, ' × 10^$1')}`;
  if (n >= 1e12) return `${n / 1e12} trillion`;
  if (n >= 1e9) return `${n / 1e9} billion`;
  if (n >= 1e6) return `${n / 1e6} million`;
  return formatDecimal(n, 6);
}

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  unit?: string;
  example: string;
}

export const MESSAGES = {
  notAnObject: (what: string) => `${what} must be a set of named answers, not a single value or a list.`,
  unreadable: (name: string) => `${name} could not be read. Enter it again.`,
  requiredNumber: (name: string, example: string) => `${name} is required, for example ${example}.`,
  required: (name: string, allowed: readonly string[]) => `${name} is required: choose ${orList(allowed)}.`,
  numberRange: (name: string, rule: NumberRule) =>
    `${name} must be ${rule.integer ? 'a whole number' : 'a number'} between ${formatNumber(rule.min)} and ${formatNumber(rule.max)}${rule.unit ? ` ${rule.unit}` : ''}, for example ${rule.example}.`,
  thousandsSeparator: (name: string) => `${name} has a comma that is not a thousands separator. Write the number with digits only, for example 1000 or 2.5.`,
  tooLong: (name: string, max: number) => `${name} is too long. Use at most ${formatNumber(max)} characters.`,
  tooMany: (name: string, max: number) => `${name} lists too many values. Choose at most ${max}.`,
  invalidChoice: (name: string, allowed: readonly string[]) => `${name} must be ${orList(allowed)}.`,
  invalidList: (name: string, allowed: readonly string[]) => `${name} must be a list of any of ${orList(allowed)}.`,
  searchText: (name: string, max: number) => `${name} must be text of at most ${formatNumber(max)} characters.`,
  unknownTag: (tag: string, allowed: readonly string[]) => `The topic ${quote(tag)} does not exist, so it was ignored. Topics are ${orList(allowed)}.`,
  urlTooLong: (max: number) => `The link’s settings are longer than ${formatNumber(max)} characters, so they were ignored and the defaults are shown.`,
  urlTooManyParams: (max: number) => `The link has more than ${max} settings; only the first ${max} were read.`,
  urlInvalid: (what: string) => `${what} The default is shown instead.`,
} as const;
