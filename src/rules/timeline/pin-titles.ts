/**
 * Titles for pinned estimates, made of what differs between them ("70B · LoRA · 8×H100"), so two
 * pins of the same preset are told apart. Reads any estimator input, including fields added after
 * this was written (method, datasetTokens, epochs, activeParams, studentParams, precision); a field
 * it does not know is ignored. The payback calculator's pins use it too (serving, requests a day,
 * API model, utilization, and its steps as `techniques`).
 */
import { readField, viewRecord } from '../validate/record.ts';

type Read = (pin: object) => string;

/** Longest text value quoted into a title. */
const MAX_TEXT = 24;

const SHORT_GPU: Readonly<Record<string, string>> = {
  a100: 'A100',
  'h100-sxm': 'H100',
  'h100-pcie': 'H100 PCIe',
  h200: 'H200',
  b200: 'B200',
  l40s: 'L40S',
  l4: 'L4',
  t4: 'T4',
  'tpu-v5e': 'TPU v5e',
  'tpu-v5p': 'TPU v5p',
};

const WORDS: Readonly<Record<string, string>> = {
  lora: 'LoRA',
  qlora: 'QLoRA',
  full: 'full fine-tune',
  'full-fine-tune': 'full fine-tune',
  llm: 'LLM',
  classic: 'classic',
  'train-from-scratch': 'from scratch',
  'fine-tune': 'fine-tune',
  'optimize-existing': 'optimize',
};

function raw(pin: object, key: string): unknown {
  const read = readField(pin, key);
  return read.ok ? read.value : undefined;
}

function number(pin: object, key: string): number | undefined {
  const value = raw(pin, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function text(pin: object, key: string): string {
  const value = raw(pin, key);
  if (typeof value !== 'string') return '';
  const flat = value.trim().slice(0, MAX_TEXT);
  return WORDS[flat.toLowerCase()] ?? flat;
}

/** 70e9 → "70B", 350e6 → "350M", 1.5e12 → "1.5T", 12000 → "12K". */
export function compactNumber(n: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(3))}${suffix}`;
  }
  return `${Number(n.toPrecision(3))}`;
}

function withUnit(key: string, format: (n: number) => string): Read {
  return (pin) => {
    const n = number(pin, key);
    return n === undefined ? '' : format(n);
  };
}

function gpus(pin: object): string {
  const count = number(pin, 'gpuCount');
  const id = raw(pin, 'gpuType');
  const type = typeof id === 'string' ? (SHORT_GPU[id] ?? text(pin, 'gpuType')) : '';
  if (count === undefined) return type;
  return type === '' ? `${count} GPU${count === 1 ? '' : 's'}` : `${count}×${type}`;
}

function techniques(pin: object): string {
  const list = raw(pin, 'techniques');
  if (!Array.isArray(list)) return '';
  return list.filter((t): t is string => typeof t === 'string').slice(0, 4).join(' + ');
}

const modelSize = withUnit('modelParams', compactNumber);
const method: Read = (pin) => text(pin, 'method');

/** Every dimension a title can name, in title order. */
const DIMENSIONS: readonly Read[] = [
  (pin) => text(pin, 'scenario'),
  // The payback calculator's inputs (the estimator has none of these fields).
  (pin) => text(pin, 'serving'),
  withUnit('requestsPerDay', (n) => `${compactNumber(n)}/day`),
  (pin) => text(pin, 'modelKind'),
  modelSize,
  withUnit('activeParams', (n) => `${compactNumber(n)} active`),
  withUnit('studentParams', (n) => `${compactNumber(n)} student`),
  method,
  withUnit('datasetTokens', (n) => `${compactNumber(n)} tokens`),
  withUnit('trainingTokens', (n) => `${compactNumber(n)} tokens`),
  withUnit('epochs', (n) => `${n} epoch${n === 1 ? '' : 's'}`),
  withUnit('totalFlops', (n) => `${n.toExponential(1).replace('e+', '×10^')} FLOPs`),
  gpus,
  (pin) => text(pin, 'apiModel'),
  withUnit('utilization', (n) => `${Math.round(n * 100)}% busy`),
  (pin) => text(pin, 'precision').toUpperCase(),
  withUnit('mfu', (n) => `MFU ${Math.round(n * 100)}%`),
  withUnit('tokensPerSecond', (n) => `${compactNumber(n)} tok/s`),
  withUnit('pricePerGpuHour', (n) => `$${n.toFixed(2)}/GPU-h`),
  (pin) => text(pin, 'dataReadiness').replace(/-/g, ' '),
  techniques,
  withUnit('refinementCycles', (n) => `${n} cycle${n === 1 ? '' : 's'}`),
  withUnit('dayRate', (n) => `$${compactNumber(n)}/day`),
  (pin) => text(pin, 'preset'),
];

/** What a title says when nothing differs: size, method and hardware, else the preset, else the scenario. */
const BASE: readonly Read[] = [modelSize, method, gpus];
const FALLBACK: readonly Read[] = [(pin) => text(pin, 'preset'), (pin) => text(pin, 'scenario')];

function join(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(' · ');
}

/**
 * One title per pin, in order: the values of the inputs that differ between the pins, joined by
 * " · ". A single pin, or pins that differ in nothing, get their size, method and GPUs. Titles
 * that would still be equal are numbered. Never throws.
 *
 * @example
 * pinTitles([
 *   { scenario: 'fine-tune', modelParams: 70e9, method: 'lora', gpuType: 'h100-sxm', gpuCount: 8 },
 *   { scenario: 'fine-tune', modelParams: 8e9, method: 'lora', gpuType: 'h100-sxm', gpuCount: 1 },
 * ]); // ['70B · 8×H100', '8B · 1×H100']
 */
export function pinTitles(pins: readonly unknown[]): string[] {
  const records = pins.map((pin) => {
    const view = viewRecord(pin);
    return view.kind === 'record' ? view.value : {};
  });
  const differing = DIMENSIONS.filter((read) => new Set(records.map(read)).size > 1);
  const titles = records.map((pin, i) => {
    const title = join(differing.map((read) => read(pin))) || join(BASE.map((read) => read(pin))) || join(FALLBACK.map((read) => read(pin)));
    return title || `Pin ${i + 1}`;
  });
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const count = (seen.get(title) ?? 0) + 1;
    seen.set(title, count);
    return count === 1 ? title : `${title} (${count})`;
  });
}
