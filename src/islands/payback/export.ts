/**
 * Plain-text and CSV versions of a payback result, for "Copy as text" and "Copy as CSV".
 * Figures come straight from the rules package's Payback; only the wording is ours.
 */
import type { Payback, Range } from '../../rules/index.ts';
import { csvRow, sourcesLine } from '../frame/export-format.ts';
import { breakEvenText, gpusText, span } from './format.ts';
import { PAYBACK } from './labels.ts';

/**
 * @example paybackText(payback, 'https://example.org/tools/payback/?pb=chat-8b-l40s')
 */
export function paybackText(p: Payback, link: string): string {
  const unit = PAYBACK.perUnit[p.unit];
  return [
    PAYBACK.exportTitle,
    `${PAYBACK.today} ${gpusText(p.before.gpus)}: ${span(p.before.monthly)} ${PAYBACK.perMonth}; ${span(p.before.perUnit)} ${unit}.`.replace('  ', ' '),
    '',
    ...p.steps.map(
      (s) =>
        `- ${s.label}: ${span(s.oneOffCost)} ${PAYBACK.oneOff}; ${span(s.after.monthly)} ${PAYBACK.perMonth}; ${PAYBACK.saving} ${span(s.monthlySaving)} ${PAYBACK.perMonth}; ${PAYBACK.breakEven} ${breakEvenText(s.breakEvenMonths)}.`,
    ),
    '',
    `${PAYBACK.assumptions}:`,
    ...p.assumptions.map((a, i) => `${i + 1}. ${a.text}`),
    sourcesLine(link),
    '',
    link,
  ].join('\n');
}

const triple = (r: Range) => [r.low, r.likely, r.high];
const months = (m: number | null) => (m === null ? 'never' : m);

/**
 * One row for today and one per step; US dollars and months as low, likely, high ("never" when
 * nothing is saved).
 * @example paybackCsv(payback).split('\n')[0] // 'option,one_off_usd_low,…'
 */
export function paybackCsv(p: Payback): string {
  const header = ['option', 'one_off_usd_low', 'one_off_usd_likely', 'one_off_usd_high', 'monthly_usd_low', 'monthly_usd_likely', 'monthly_usd_high', 'saving_usd_low', 'saving_usd_likely', 'saving_usd_high', 'break_even_months_low', 'break_even_months_likely', 'break_even_months_high', `usd_${p.unit === 'tokens' ? 'per_1m_tokens' : 'per_1k_predictions'}_likely`];
  return [
    header.join(','),
    csvRow([PAYBACK.today, '', '', '', ...triple(p.before.monthly), '', '', '', '', '', '', p.before.perUnit.likely]),
    ...p.steps.map((s) =>
      csvRow([s.label, ...triple(s.oneOffCost), ...triple(s.after.monthly), ...triple(s.monthlySaving), months(s.breakEvenMonths.low), months(s.breakEvenMonths.likely), months(s.breakEvenMonths.high), s.after.perUnit.likely]),
    ),
  ].join('\n');
}
