/**
 * Display formatting (src/islands/frame/format.ts). compactNumber writes what Intl's compact
 * notation writes, without the 130–200 ms Chromium spends building that formatter in a new page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactNumber, formatDays, formatGpuHours, formatNumber, formatUsd } from '../../src/islands/frame/format.ts';
import { money } from '../../src/islands/payback/format.ts';

const intlCompact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

describe('compactNumber', () => {
  it.each([
    [1e7, '10M'],
    [12_345_678, '12.35M'],
    [999_994_999, '999.99M'],
    [999_995_000, '1B'],
    [1e9, '1B'],
    [1.5e12, '1.5T'],
    [1e15, '1000T'],
    [123_456_789_012_345_678, '123,456.79T'],
    [-12_345_678, '-12.35M'],
    [9_999_999.5, '10M'],
    [999_995, '1M'],
    [1_234, '1.23K'],
    [12, '12'],
  ])('%d → %s', (n, text) => {
    expect(compactNumber(n)).toBe(text);
  });

  it('matches Intl compact notation (en-US, two decimals) at every magnitude', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e16, max: 1e16, noNaN: true }), (n) => {
        expect(compactNumber(n)).toBe(intlCompact.format(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches it on the edges where rounding moves to the next unit', () => {
    for (const size of [1e3, 1e6, 1e9, 1e12]) for (const n of [999.994, 999.995, 999.999, 1000].map((k) => k * size)) expect(compactNumber(n), String(n)).toBe(intlCompact.format(n));
  });
});

describe('display formats', () => {
  it.each([
    [formatNumber(0), '0'],
    [formatNumber(0.04), '< 0.1'],
    [formatNumber(21.54), '22'],
    [formatNumber(1234), '1,234'],
    [formatNumber(30_840_000), '30.84M'],
    [formatDays(1), '1 day'],
    [formatGpuHours(4129), '4,129 GPU-hours'],
    [formatUsd(1234.5), '$1,235'],
    [formatUsd(3.456), '$3.46'],
    [formatUsd(25_000_000), '$25M'],
    [money(1292), '$1,292'],
    // A word joiner keeps the minus sign on the line of its amount.
    [money(-5172), '−\u2060$5,172'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
