import { describe, expect, it } from 'vitest';
import { estimateTimeline, PRESET_IDS, type Timeline } from '../../src/rules/index.ts';
import { timelineCsv, timelineText } from '../../src/islands/timeline/export.ts';

const estimate = (preset: (typeof PRESET_IDS)[number]): Timeline => {
  const result = estimateTimeline({ preset });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.value;
};

describe.each(PRESET_IDS)('export of the %s estimate', (preset) => {
  const t = estimate(preset);

  it('CSV has a header, one row per phase and the total, fifteen columns each with the workload', () => {
    const lines = timelineCsv(t).split('\n');
    expect(lines[0]).toBe('phase,days_low,days_likely,days_high,gpu_hours_low,gpu_hours_likely,gpu_hours_high,cost_usd_low,cost_usd_likely,cost_usd_high,model,method,data,gpus,precision');
    expect(lines).toHaveLength(t.phases.length + 2);
    for (const line of lines) expect(line.replace(/"[^"]*"/g, 'q').split(',')).toHaveLength(15); // quoted fields count once
    expect(lines[1]).toContain(`${t.inputs.gpuCount} × `);
    expect(lines.at(-1)!.startsWith(`Total,${Math.round(t.total.low * 100) / 100},`)).toBe(true);
  });

  it('text names every phase, the assumptions and the link', () => {
    const text = timelineText(t, 'https://example.org/tools/timeline/?preset=x');
    for (const p of t.phases) expect(text).toContain(p.label);
    for (const a of t.assumptions) expect(text).toContain(a.text);
    // Model size and GPUs always; no source id such as [trn-6nd] in the words.
    expect(text).toContain('Model size (parameters): ');
    expect(text).toContain(`GPUs: ${t.inputs.gpuCount} × `);
    expect(text).not.toMatch(/\[[a-z0-9-]+(, [a-z0-9-]+)*\]/);
    for (const a of t.assumptions) for (const id of a.sourceIds) expect(text).not.toContain(`[${id}`);
    expect(text).toContain('Sources for each assumption: https://example.org/methodology/');
    expect(text.endsWith('https://example.org/tools/timeline/?preset=x')).toBe(true);
  });
});

describe('export of a specified fine-tune', () => {
  const r = estimateTimeline({ scenario: 'fine-tune', modelParams: '70 billion', method: 'qlora', datasetTokens: '50M', epochs: 3, gpuType: 'h100-sxm', gpuCount: 2, precision: 'fp8' });
  if (!r.ok) throw new Error('estimate failed');
  it.each([
    ['text', timelineText(r.value, 'https://example.org/x')],
    ['CSV', timelineCsv(r.value)],
  ])('%s carries model size, method, data, GPUs and precision', (_, out) => {
    for (const part of ['70B', 'QLoRA', '50M tokens × 3 epochs', '2 × NVIDIA H100 SXM', 'FP8']) expect(out).toContain(part);
  });
});
