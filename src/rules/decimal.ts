/**
 * en-US decimal formatting without Intl: what `new Intl.NumberFormat('en-US', {
 * maximumFractionDigits })` writes, digit for digit (tests/rules/decimal.test.ts compares the two
 * on random doubles). In a browser the first Intl.NumberFormat of a page loads the ICU locale
 * data: 60–200 ms on our 2-core test machine, more on a phone, and a calculator's first
 * interaction waited for it (its modules built their formatters when they loaded).
 *
 * Like Intl, it rounds the shortest decimal that reads back as the same double (what String(n)
 * shows: 1.005 rounds to 1.01) half away from zero, and keeps the sign of a negative number that
 * rounds to zero ("-0").
 */

/** The digits of |n| (finite) as [integer part, fraction part], without exponent notation. */
function digitsOf(n: number): [string, string] {
  const text = String(Math.abs(n));
  const e = text.indexOf('e');
  if (e < 0) {
    const dot = text.indexOf('.');
    return dot < 0 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
  }
  const exponent = Number(text.slice(e + 1));
  const [whole, frac = ''] = text.slice(0, e).split('.');
  const all = whole! + frac;
  // String() uses an exponent only below 1e-6 or from 1e21 on: the point falls before the digits or after them.
  const point = whole!.length + exponent;
  return point <= 0 ? ['0', '0'.repeat(-point) + all] : [all + '0'.repeat(point - all.length), ''];
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}

/**
 * @param grouping 'always': 1,234; 'min2': thousands grouped only from five integer digits on
 *   (1234, 12,345), as Intl's compact notation does.
 * @example formatDecimal(1234.5678, 2) // '1,234.57'
 * @example formatDecimal(0.1 + 0.2, 6) // '0.3'
 */
export function formatDecimal(n: number, maxFractionDigits: number, grouping: 'always' | 'min2' = 'always'): string {
  if (Number.isNaN(n)) return 'NaN';
  const negative = n < 0 || Object.is(n, -0);
  if (!Number.isFinite(n)) return negative ? '-∞' : '∞';
  let [int, frac] = digitsOf(n);
  if (frac.length > maxFractionDigits) {
    const up = frac[maxFractionDigits]! >= '5';
    frac = frac.slice(0, maxFractionDigits);
    if (up) {
      const bumped = increment(int + frac);
      int = bumped.slice(0, bumped.length - frac.length);
      frac = bumped.slice(bumped.length - frac.length);
    }
  }
  frac = frac.replace(/0+$/, '');
  if (int.length >= (grouping === 'min2' ? 5 : 4)) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}
