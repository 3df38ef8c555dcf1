import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/rules/index.ts';

describe('axisTicks', () => {
  it.each<[number, number[]]>([
    [37, [0, 10, 20, 30, 40]],
    [100, [0, 25, 50, 75, 100]],
    [7.2, [0, 2.5, 5, 7.5]],
    [3, [0, 1, 2, 3]],
    [0.13, [0, 0.05, 0.1, 0.15]],
    [418_803, [0, 200_000, 400_000, 600_000]],
    [0, [0, 0.25, 0.5, 0.75, 1]],
    [Number.NaN, [0, 0.25, 0.5, 0.75, 1]],
  ])('max %s gives %j', (max, ticks) => {
    expect(axisTicks(max).ticks).toEqual(ticks);
  });

  it('asks for at least two ticks whatever the minimum', () => {
    expect(axisTicks(10, 0).ticks).toEqual([0, 10]);
  });

  it('always gives ≥ 4 ticks, reaching max, with at most 11', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (max) => {
        const { ticks, end, step } = axisTicks(max);
        expect(ticks.length).toBeGreaterThanOrEqual(4);
        expect(ticks.length).toBeLessThanOrEqual(11);
        expect(end).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks[1]).toBe(step);
      }),
    );
  });
});
