import { describe, expect, it } from 'vitest';
import { CONSTANTS, GUIDE_LINKS, SOURCE_IDS, SOURCE_SECTIONS, SOURCES } from '../../src/rules/index.ts';
import type { SourceId } from '../../src/rules/index.ts';

/** Every row id of the fact sheet (copied from facts.md, checked 2026-11-25; opt-effort is §5's "Effort" paragraph). */
const FACT_SHEET_IDS = `trn-6nd trn-chinchilla trn-wallclock trn-gpt3 trn-llama2 trn-llama31 trn-palm trn-7b-ex
hw-a100 hw-h100-sxm hw-h100-pcie hw-h200 hw-b200 hw-l40s hw-l4 hw-t4 hw-tpu-v4 hw-tpu-v5e hw-tpu-v5p
mfu-palm mfu-megatron mfu-mpt-h100 mfu-mpt-a100 mfu-llama3 trn-overhead
ft-mlperf-lora-h100 ft-mlperf-lora-bw ft-litgpt ft-qlora ft-unsloth ft-bert cl-mlperf-h100 cl-resnet-2017
opt-distil opt-int8 opt-gptq opt-awq opt-quant-caveat opt-24 opt-vllm opt-compile opt-ort-trt opt-hpo opt-threshold opt-ensemble opt-effort
dp-anaconda dp-crowdflower dp-box dp-mask dp-ratio pr-h100 pr-a100 pr-l4 pr-t4
seed-acc seed-train-time seed-opt-time seed-order
def-dataprep def-train-ft def-train-classic def-train-pretrain def-mfu def-overhead def-train-calendar def-validation
def-opt-light def-opt-retrain def-refine def-price-h100 def-price-a100 def-price-l4-t4
srv-trtllm-8b srv-l40s-estimate srv-fp8-vllm srv-fp8-recovery srv-leviathan srv-chen srv-eagle srv-sglang srv-effect-ranges
api-openai api-anthropic api-google pr-l40s def-price-l40s`.split(/\s+/);

describe('SOURCES', () => {
  it('has exactly one entry per fact-sheet row', () => {
    expect([...SOURCE_IDS].sort()).toEqual([...FACT_SHEET_IDS].sort());
  });

  describe.each(SOURCE_IDS.map((id) => [id]))('%s', (id) => {
    const source = SOURCES[id];

    it('is keyed by its own id', () => {
      expect(source.id).toBe(id);
    });

    it('has a short title and a detail sentence', () => {
      expect(source.title.length).toBeGreaterThan(10);
      expect(source.title.length).toBeLessThanOrEqual(100);
      expect(source.detail).toMatch(/^[A-Z0-9“6].*[.)]$/s);
    });

    it('names a publication, an https/http URL or null, and a year', () => {
      expect(source.source.length).toBeGreaterThan(3);
      if (source.url !== null) expect(source.url).toMatch(/^https?:\/\/\S+$/);
      expect(String(source.year)).toMatch(/^\d{4}(–\d{2,4})?$/);
    });

    it('belongs to a known section and only builds on known rows', () => {
      expect(SOURCE_SECTIONS).toContain(source.section);
      for (const other of source.basedOn) expect(SOURCE_IDS).toContain(other);
    });

    it('labels estimator defaults as estimates', () => {
      if (id.startsWith('def-')) expect(source.confidence).toBe('estimate');
    });
  });

  it('uses every section at least once, in fact-sheet order', () => {
    const order = SOURCE_IDS.map((id) => SOURCE_SECTIONS.indexOf(SOURCES[id].section));
    expect(new Set(order).size).toBe(SOURCE_SECTIONS.length);
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

describe('CONSTANTS', () => {
  const holders = numberHolders(CONSTANTS, 'CONSTANTS');

  it('has numbers to check', () => {
    expect(holders.length).toBeGreaterThan(30);
  });

  it.each(holders)('%s cites a source row that exists', (_path, holder) => {
    expect(typeof holder.source).toBe('string');
    expect(Object.hasOwn(SOURCES, holder.source as SourceId)).toBe(true);
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
