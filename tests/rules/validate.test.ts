import { describe, expect, it } from 'vitest';
import { formatNumber, orList } from '../../src/rules/messages.ts';
import { parseNumber } from '../../src/rules/validate/number.ts';

describe('parseNumber', () => {
  it.each([
    [7, {}, 7],
    [-0, {}, -0],
    [Number.POSITIVE_INFINITY, {}, Number.POSITIVE_INFINITY],
    ['7', {}, 7],
    [' 7.5 ', {}, 7.5],
    ['1e9', {}, 1e9],
    ['.5', {}, 0.5],
    ['+3', {}, 3],
    ['1,000', {}, 1000],
    ['1,234,567.5', {}, 1234567.5],
    ['7B', { suffixes: true }, 7e9],
    ['1.5T', { suffixes: true }, 1.5e12],
    ['350M', { suffixes: true }, 350e6],
    ['10k', { suffixes: true }, 1e4],
    ['7 b', { suffixes: true }, 7e9],
    ['72%', { percent: 'percent' }, 72],
    ['40 %', { percent: 'ratio' }, 0.4],
    ['1e999', {}, Number.POSITIVE_INFINITY],
  ] as const)('reads %j (%j) as %d', (raw, options, value) => {
    expect(parseNumber(raw, options)).toEqual({ ok: true, value });
  });

  it.each([
    [Number.NaN, {}, 'not-a-number'],
    ['', {}, 'not-a-number'],
    ['abc', {}, 'not-a-number'],
    ['0x10', {}, 'not-a-number'],
    ['Infinity', {}, 'not-a-number'],
    ['7B', {}, 'not-a-number'],
    ['72%', {}, 'not-a-number'],
    ['7BB', { suffixes: true }, 'not-a-number'],
    ['1'.repeat(65), {}, 'not-a-number'],
    [true, {}, 'not-a-number'],
    [null, {}, 'not-a-number'],
    ['1,00', {}, 'thousands-separator'],
    ['7,5', {}, 'thousands-separator'],
    ['1,000,00', {}, 'thousands-separator'],
  ] as const)('rejects %j (%j) as %s', (raw, options, code) => {
    expect(parseNumber(raw, options)).toEqual({ ok: false, code });
  });
});

describe('message helpers', () => {
  it.each([
    [0.01, '0.01'],
    [1000, '1,000'],
    [1e6, '1 million'],
    [7e9, '7 billion'],
    [1.5e12, '1.5 trillion'],
    [1e15, '1 × 10^15'],
    [5.88e21, '5.88 × 10^21'],
  ])('writes %d as %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it.each([
    [['a'], 'a'],
    [['a', 'b'], 'a or b'],
    [['a', 'b', 'c'], 'a, b or c'],
  ])('joins %j as %s', (items, text) => {
    expect(orList(items)).toBe(text);
  });
});
