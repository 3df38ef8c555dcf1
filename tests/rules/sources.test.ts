import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CONSTANTS, GUIDE_LINKS, SOURCE_IDS, SOURCE_SECTIONS, isSourceId } from '../../src/rules/index.ts';
import type { SourceId } from '../../src/rules/index.ts';

/**
 * Every row id of the fact sheet (copied from facts.md, checked 2026-11-25; opt-effort is §5's
 * "Effort" paragraph; llm-prompting, llm-rag and llm-api were added with the language-model paths).
 */
const FACT_SHEET_IDS = `trn-6nd trn-chinchilla trn-wallclock trn-gpt3 trn-llama2 trn-llama31 trn-palm trn-7b-ex
hw-a100 hw-h100-sxm hw-h100-pcie hw-h200 hw-b200 hw-l40s hw-l4 hw-t4 hw-tpu-v4 hw-tpu-v5e hw-tpu-v5p
mfu-palm mfu-megatron mfu-mpt-h100 mfu-mpt-a100 mfu-llama3 trn-overhead
ft-mlperf-lora-h100 ft-mlperf-lora-bw ft-litgpt ft-qlora ft-unsloth ft-bert cl-mlperf-h100 cl-resnet-2017
opt-distil opt-int8 opt-gptq opt-awq opt-quant-caveat opt-24 opt-vllm opt-compile opt-ort-trt opt-hpo opt-threshold opt-ensemble opt-effort
llm-prompting llm-rag llm-api
dp-anaconda dp-crowdflower dp-box dp-mask dp-ratio pr-h100 pr-a100 pr-l4 pr-t4
seed-acc seed-train-time seed-opt-time seed-order
def-dataprep def-train-ft def-train-classic def-train-pretrain def-mfu def-overhead def-train-calendar def-validation
def-opt-light def-opt-retrain def-refine def-price-h100 def-price-a100 def-price-l4-t4
trn-lora-flops trn-distil-flops trn-moe trn-bloom hw-b300 hw-mi300x hw-mi325x hw-tpu-v6e mfu-fp8 ft-alpaca ft-vicuna opt-spec-decoding opt-fp8-weights opt-kv-quant opt-prefix-cache opt-serving-engines opt-multi-lora def-mfu-family def-mfu-ft def-price-est mem-adam mem-qlora mem-infer mem-activations mem-shape
srv-trtllm-8b srv-l40s-estimate srv-fp8-vllm srv-fp8-recovery srv-leviathan srv-chen srv-eagle srv-sglang srv-effect-ranges
api-openai api-anthropic api-google pr-l40s def-price-l40s`.split(/\s+/);

// The rows' words are checked against content/sources/ in tests/content/sources.test.ts.
describe('SOURCE_IDS', () => {
  it('has exactly one id per fact-sheet row, each once', () => {
    expect([...SOURCE_IDS].sort()).toEqual([...FACT_SHEET_IDS].sort());
    expect(new Set(SOURCE_IDS).size).toBe(SOURCE_IDS.length);
  });

  it.each([
    ['trn-6nd', true],
    ['def-price-l4-t4', true],
    ['no-such-row', false],
    ['', false],
    ['toString', false],
  ])('isSourceId(%j) is %s', (id, expected) => {
    expect(isSourceId(id)).toBe(expected);
  });

  it('names each section once, with a label', () => {
    for (const [slug, label] of Object.entries(SOURCE_SECTIONS)) {
      expect(slug).toMatch(/^[a-z-]+$/);
      expect(label.length).toBeGreaterThan(5);
    }
  });
});

/** Walks the constants and returns every object that holds a number, with its path. */
function numberHolders(value: unknown, path: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (typeof value !== 'object' || value === null) return out;
  const record = value as Record<string, unknown>;
  if (Object.values(record).some((v) => typeof v === 'number')) out.push([path, record]);
  for (const [key, child] of Object.entries(record)) numberHolders(child, `${path}.${key}`, out);
  return out;
}

/** Figures that are our own rule of thumb next to the row they cite, with why. */
const NOT_STATED: Record<string, string> = {
  'CONSTANTS.DECISION.baselineMargin.value': 'seed-acc says compare with a baseline; the 5-point margin is ours',
  'CONSTANTS.DECISION.requirementMargin.value': 'seed-acc gives no margin; the 5-point margin is ours',
};

/** The ways a number is written in the source rows. */
function renderings(n: number): string[] {
  const out = [String(n), n.toLocaleString('en-US'), n.toFixed(2)];
  if (n < 1) out.push(`${Math.round(n * 100)}%`);
  if (n >= 1e9 && n % 1e9 === 0) out.push(`${n / 1e9}B`);
  if (n === 1) out.push('one', 'single');
  return out;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `text` writes `n` as a whole number or word ("62.5" does not state 5, "none" does not state one). */
const states = (text: string, n: number) =>
  renderings(n).some((r) => new RegExp(/^[a-z]/.test(r) ? `\\b${r}\\b` : `(?<![\\d.,])${escape(r)}(?![\\d]|[.,]\\d)`, 'i').test(text));
/** A row's words as the reader sees them: content/sources/<id>.yaml's title and detail. */
const rowText = (id: SourceId) => {
  const row = load(readFileSync(new URL(`../../content/sources/${id}.yaml`, import.meta.url), 'utf8')) as { title: string; detail: string };
  return `${row.title} ${row.detail}`;
};

describe('CONSTANTS', () => {
  const holders = numberHolders(CONSTANTS, 'CONSTANTS');

  it('has numbers to check', () => {
    expect(holders.length).toBeGreaterThan(30);
  });

  // The types already make `source` a SourceId; what they cannot see is whether the row cited says
  // the number. Each figure must appear in its row's title or detail (as written there: 2,250,
  // 0.20, $2.50, 20%, 7B, "one"), so a figure edited without its source fails here.
  const figures = holders.flatMap(([path, holder]) =>
    Object.entries(holder)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([key, n]) => [`${path}.${key}`, n, holder.source as SourceId] as const),
  );

  it.each(figures.filter(([path]) => !(path in NOT_STATED)))('%s = %s is stated by its row %s', (_path, n, id) => {
    expect(isSourceId(id), `no source row ${id}`).toBe(true);
    expect(states(rowText(id), n), `${n} is not in “${rowText(id)}”`).toBe(true);
  });

  it.each(Object.entries(NOT_STATED))('%s is our own figure, and its row indeed does not state it (%s)', (path) => {
    const figure = figures.find(([p]) => p === path);
    expect(figure, `${path} is no longer a figure: drop it from NOT_STATED`).toBeDefined();
    const [, n, id] = figure!;
    expect(states(rowText(id), n), `${id} now states ${n}: drop ${path} from NOT_STATED`).toBe(false);
  });

  it.each(holders.filter(([, h]) => 'likely' in h))('%s is ordered low ≤ likely ≤ high', (_path, holder) => {
    expect(holder.low as number).toBeLessThanOrEqual(holder.likely as number);
    expect(holder.likely as number).toBeLessThanOrEqual(holder.high as number);
  });
});

describe('GUIDE_LINKS', () => {
  it.each(GUIDE_LINKS.map((link) => [link]))('%s is a guide path with an anchor', (link) => {
    expect(link).toMatch(/^\/guides\/[a-z-]+\/#[a-z0-9-]+$/);
  });

  it('has no duplicates', () => {
    expect(new Set(GUIDE_LINKS).size).toBe(GUIDE_LINKS.length);
  });
});
