/** formatDecimal writes what Intl.NumberFormat('en-US') writes, without loading Intl's locale data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/rules/decimal.ts';

const intl = (digits: number, grouping: 'always' | 'min2' = 'always') =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: grouping === 'min2' ? 'min2' : true });

describe('formatDecimal', () => {
  it.each([
    [1234.5678, 2, 'always', '1,234.57'],
    [0.1 + 0.2, 6, 'always', '0.3'],
    [1.005, 2, 'always', '1.01'],
    [999.995, 2, 'always', '1,000'],
    [-0.001, 2, 'always', '-0'],
    [0, 1, 'always', '0'],
    [1e21, 0, 'always', '1,000,000,000,000,000,000,000'],
    [1.5e-7, 6, 'always', '0'],
    [4.5e-7, 6, 'always', '0'],
    [5e-7, 6, 'always', '0.000001'],
    [1234, 2, 'min2', '1234'],
    [12345.678, 2, 'min2', '12,345.68'],
    [Number.NaN, 2, 'always', 'NaN'],
    [Number.NEGATIVE_INFINITY, 2, 'always', '-∞'],
  ] as const)('%d to %d digits (%s) → %s', (n, digits, grouping, text) => {
    expect(formatDecimal(n, digits, grouping)).toBe(text);
  });

  it.each([0, 1, 2, 3, 6])('matches Intl with at most %d fraction digits on any double', (digits) => {
    const format = intl(digits);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer().map((i) => i / 1000)), (n) => {
        expect(formatDecimal(n, digits)).toBe(format.format(n));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches Intl on halves, where rounding goes away from zero', () => {
    const format = intl(2);
    for (let i = -2000; i <= 2000; i++) {
      const n = i / 200 + 0.005; // x.xx5
      expect(formatDecimal(n, 2), String(n)).toBe(format.format(n));
    }
  });

  it("matches Intl's min2 grouping (compact notation's)", () => {
    const format = intl(2, 'min2');
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        expect(formatDecimal(n, 2, 'min2')).toBe(format.format(n));
      }),
      { numRuns: 2000 },
    );
  });
});
