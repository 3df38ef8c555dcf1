/**
 * The sentences every tool shares: field names and the issue messages of validation and links.
 * Each tool's own warnings sit beside it (decision/messages.ts, timeline/messages.ts), so an island
 * loads only its own copy. Messages are full sentences that name the field in plain words and say
 * what is allowed.
 */
import type { DecisionField, MemoryField, TimelineField } from './types.ts';

/**
 * Plain-words names of every input field: the one table the forms' labels (src/islands/<tool>/labels.ts)
 * and the error messages both read, so an error names the label the reader sees.
 */
export const FIELD_LABELS = {
  // decision
  hasModel: 'The answer to “Is there a trained model for this task?”',
  accuracy: 'Accuracy on held-out data',
  requiredAccuracy: 'Accuracy the business needs',
  baselineAccuracy: 'Accuracy of a trivial baseline',
  meetsAccuracy: 'The answer to “Does the model meet the accuracy bar?”',
  dataOrUseCaseChanged: 'The answer to “Has the data or the use case changed?”',
  performanceBlocking: 'The answer to “Is performance blocking production?”',
  bottlenecks: 'Bottlenecks',
  needsIncrementalAccuracy: 'The answer to “Does a working model need a few more points?”',
  preparingForScale: 'The answer to “Are you about to face production load?”',
  // comparison
  text: 'Search text',
  tags: 'Topics',
  highlightFor: 'The path to highlight',
  // timeline
  scenario: 'Scenario',
  preset: 'Preset',
  modelKind: 'Model kind',
  modelParams: 'Model size (parameters)',
  trainingTokens: 'Training tokens',
  totalFlops: 'Total training FLOPs',
  tokensPerSecond: 'Measured tokens per second per GPU',
  gpuType: 'GPU type',
  gpuCount: 'Number of GPUs',
  mfu: 'MFU (model FLOPs utilization)',
  pricePerGpuHour: 'Price per GPU-hour',
  dataReadiness: 'Data readiness',
  techniques: 'Optimization techniques',
  refinementCycles: 'Refinement cycles',
  dayRate: 'Team day rate',
  method: 'Fine-tuning method',
  datasetTokens: 'Dataset tokens (one epoch)',
  epochs: 'Epochs',
  activeParams: 'Active parameters per token',
  studentParams: 'Student model size (parameters)',
  precision: 'Precision',
  sequenceLength: 'Sequence length (tokens)',
  batchSize: 'Batch size per GPU',
} as const satisfies Record<DecisionField | TimelineField | MemoryField | 'text' | 'tags' | 'highlightFor', string>;

export type LabelledField = keyof typeof FIELD_LABELS;

/** How a value the reader typed is quoted back: short, on one line. */
function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}”`;
}

/** A list read as prose: "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** One formatter for the whole package: creating one per call (toLocaleString) costs ~20 µs. */
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A limit written for people: 7 billion, 1,000, 0.01, 1 × 10^30. */
export function formatNumber(n: number): string {
  if (n >= 1e15) return `${n.toExponential().replace(/e\+(\d+)$/, ' × 10^$1')}`;
  if (n >= 1e12) return `${n / 1e12} trillion`;
  if (n >= 1e9) return `${n / 1e9} billion`;
  if (n >= 1e6) return `${n / 1e6} million`;
  return DECIMAL.format(n);
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
  unreadable: (field: LabelledField) => `${FIELD_LABELS[field]} could not be read. Enter it again.`,
  requiredNumber: (field: LabelledField, example: string) => `${FIELD_LABELS[field]} is required, for example ${example}.`,
  required: (field: LabelledField, allowed: readonly string[]) =>
    `${FIELD_LABELS[field]} is required: choose ${orList(allowed)}.`,
  numberRange: (field: LabelledField, rule: NumberRule) =>
    `${FIELD_LABELS[field]} must be ${rule.integer ? 'a whole number' : 'a number'} between ${formatNumber(rule.min)} and ${formatNumber(rule.max)}${rule.unit ? ` ${rule.unit}` : ''}, for example ${rule.example}.`,
  thousandsSeparator: (field: LabelledField) =>
    `${FIELD_LABELS[field]} has a comma that is not a thousands separator. Write the number with digits only, for example 1000 or 2.5.`,
  tooLong: (field: LabelledField, max: number) =>
    `${FIELD_LABELS[field]} is too long. Use at most ${formatNumber(max)} characters.`,
  tooMany: (field: LabelledField, max: number) => `${FIELD_LABELS[field]} lists too many values. Choose at most ${max}.`,
  invalidChoice: (field: LabelledField, allowed: readonly string[]) =>
    `${FIELD_LABELS[field]} must be ${orList(allowed)}.`,
  invalidList: (field: LabelledField, allowed: readonly string[]) =>
    `${FIELD_LABELS[field]} must be a list of any of ${orList(allowed)}.`,
  searchText: (max: number) => `${FIELD_LABELS.text} must be text of at most ${formatNumber(max)} characters.`,
  unknownTag: (tag: string, allowed: readonly string[]) =>
    `The topic ${quote(tag)} does not exist, so it was ignored. Topics are ${orList(allowed)}.`,
  urlTooLong: (max: number) =>
    `The link’s settings are longer than ${formatNumber(max)} characters, so they were ignored and the defaults are shown.`,
  urlTooManyParams: (max: number) =>
    `The link has more than ${max} settings; only the first ${max} were read.`,
  urlInvalid: (what: string) => `${what} The default is shown instead.`,
} as const;
