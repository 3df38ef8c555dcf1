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

  it('CSV has a header, one row per phase and the total, ten columns each', () => {
    const lines = timelineCsv(t).split('\n');
    expect(lines[0]).toBe('phase,days_low,days_likely,days_high,gpu_hours_low,gpu_hours_likely,gpu_hours_high,cost_usd_low,cost_usd_likely,cost_usd_high');
    expect(lines).toHaveLength(t.phases.length + 2);
    for (const line of lines) expect(line.split(',')).toHaveLength(10);
    expect(lines.at(-1)!.startsWith(`Total,${Math.round(t.total.low * 100) / 100},`)).toBe(true);
  });

  it('text names every phase, the assumptions and the link', () => {
    const text = timelineText(t, 'https://example.org/tools/timeline/?preset=x');
    for (const p of t.phases) expect(text).toContain(p.label);
    for (const a of t.assumptions) expect(text).toContain(a.text);
    expect(text.endsWith('https://example.org/tools/timeline/?preset=x')).toBe(true);
  });
});
