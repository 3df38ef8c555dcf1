/**
 * estimateTimelineFigures(): the same figures and warnings as estimateTimeline(), without the
 * explanations (phase bases, assumptions, sensitivity), so the estimator's first load can leave
 * those out. Checked on every preset, on hostile input and on random workloads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTimeline, estimateTimelineFigures, GPU_IDS, PRESET_IDS, type Timeline } from '../../src/rules/index.ts';

/** The estimate with its explanations taken out. */
const figuresOnly = (t: Timeline): Timeline => ({ ...t, phases: t.phases.map((p) => ({ ...p, basis: '', sourceIds: [] })), assumptions: [], sensitivity: [] });

describe('estimateTimelineFigures', () => {
  it.each(PRESET_IDS.map((id) => [id]))('gives the figures of estimateTimeline for the preset %s', (preset) => {
    const full = estimateTimeline({ preset });
    const figures = estimateTimelineFigures({ preset });
    expect(full.ok && figures.ok).toBe(true);
    if (!full.ok || !figures.ok) return;
    expect(figures.value).toEqual(figuresOnly(full.value));
    expect(figures.warnings).toEqual(full.warnings);
    expect(full.value.assumptions.length).toBeGreaterThan(0);
  });

  it.each([
    ['not an object', 42],
    ['no scenario', {}],
    ['a bad GPU count', { scenario: 'fine-tune', gpuCount: -1 }],
  ])('refuses %s with the errors estimateTimeline gives', (_label, input) => {
    const figures = estimateTimelineFigures(input);
    expect(figures.ok).toBe(false);
    expect(figures).toEqual(estimateTimeline(input));
  });

  it('matches estimateTimeline on random workloads', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('train-from-scratch', 'fine-tune', 'optimize-existing'),
        fc.constantFrom(...GPU_IDS),
        fc.integer({ min: 1, max: 512 }),
        fc.double({ min: 1e8, max: 1e12, noNaN: true }),
        (scenario, gpuType, gpuCount, modelParams) => {
          const input = { scenario, gpuType, gpuCount, modelParams, mfu: 0.3 };
          const full = estimateTimeline(input);
          const figures = estimateTimelineFigures(input);
          expect(figures.ok).toBe(full.ok);
          if (full.ok && figures.ok) expect(figures.value).toEqual(figuresOnly(full.value));
        },
      ),
      { numRuns: 60 },
    );
  });
});
