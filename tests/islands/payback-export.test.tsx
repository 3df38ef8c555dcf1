import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { estimatePayback, PAYBACK_PRESET_IDS, type Payback } from '../../src/rules/index.ts';
import { paybackCsv, paybackText } from '../../src/islands/payback/export.ts';
import PaybackIsland from '../../src/islands/payback/PaybackIsland.tsx';
import { csvField } from '../../src/islands/frame/export-format.ts';
import { $payback, $paybackPins, paybackHref, paybackPresetForm, resetPayback } from '../../src/stores/payback.ts';
import { resetStores } from '../stores/reset.ts';

const payback = (preset: (typeof PAYBACK_PRESET_IDS)[number]): Payback => {
  const result = estimatePayback({ preset });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.value;
};

describe.each(PAYBACK_PRESET_IDS)('export of the %s result', (preset) => {
  const p = payback(preset);

  it('CSV has a header, a row for today and one per step, fourteen columns each', () => {
    const lines = paybackCsv(p).split('\n');
    expect(lines[0]!.startsWith('option,one_off_usd_low')).toBe(true);
    expect(lines).toHaveLength(p.steps.length + 2);
    for (const line of lines.slice(0, 2)) expect(line.split(',')).toHaveLength(14);
    expect(lines[1]!.startsWith(`Today,,,,${Math.round(p.before.monthly.low * 100) / 100},`)).toBe(true);
  });

  it('text names every step, the assumptions with where their sources are, and the link', () => {
    const text = paybackText(p, 'https://example.org/tools/payback/?pb=x');
    for (const s of p.steps) expect(text).toContain(s.label);
    for (const a of p.assumptions) expect(text).toContain(a.text);
    // Numbered, and where their sources are; never a source's internal id.
    expect(text).toContain(`1. ${p.assumptions[0]!.text}`);
    expect(text).toContain('Sources for each assumption: https://example.org/methodology/');
    for (const a of p.assumptions) for (const id of a.sourceIds) expect(text).not.toContain(id);
    expect(text.endsWith('https://example.org/tools/payback/?pb=x')).toBe(true);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    [1234.567, '1234.57'],
  ] as const)('%s → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('paybackHref', () => {
  it.each([
    ['chat-8b-l40s', '/tools/payback/?pb=chat-8b-l40s'],
    ['api-support-bot', '/tools/payback/?pb=api-support-bot'],
  ] as const)('links the %s example', (preset, href) => {
    expect(paybackHref(paybackPresetForm(preset))).toBe(href);
  });
});

describe('pins', () => {
  beforeEach(() => {
    resetStores();
    resetPayback();
    $paybackPins.set([]);
  });
  afterEach(cleanup);

  it('pins results titled by what differs, restores and removes them', async () => {
    render(<PaybackIsland uid="p" />);
    const pin = () => screen.getByRole('button', { name: /^Pin for comparison/ });
    await waitFor(() => expect((pin() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(pin());
    await screen.findByText('Pinned.');
    fireEvent.input(screen.getByLabelText('Utilization'), { target: { value: '30%' } });
    await waitFor(() => expect($payback.get().utilization).toBe('30%'));
    fireEvent.click(pin());
    const pins = await screen.findByRole('region', { name: 'Pinned results' });
    const titles = within(pins).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([expect.stringContaining('% busy'), '30% busy']);
    fireEvent.click(within(pins).getAllByRole('button', { name: 'Load into the form' })[0]!);
    await waitFor(() => expect($payback.get().utilization).toBe(''));
    expect(within(pins).getAllByRole('link', { name: 'Link to this result' })[1]!.getAttribute('href')).toMatch(/util=(30|0\.3)/);
    fireEvent.click(within(pins).getAllByRole('button', { name: 'Remove' })[0]!);
    await waitFor(() => expect($paybackPins.get()).toHaveLength(1));
  });
});
