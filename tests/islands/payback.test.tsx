import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PaybackIsland from '../../src/islands/payback/PaybackIsland.tsx';
import { $payback, resetPayback } from '../../src/stores/payback.ts';
import { resetStores } from '../stores/reset.ts';

beforeEach(() => {
  resetStores();
  resetPayback();
});
afterEach(cleanup);

const result = () => screen.getByTestId('payback-result');
const todayRow = () => within(result()).getAllByRole('row')[1]!.textContent;

describe('PaybackIsland', () => {
  it('renders the default example: today, each step, the chart and the sources', () => {
    render(<PaybackIsland uid="p" />);
    expect(within(result()).getAllByRole('row').length).toBe(6); // header, today, 4 steps
    expect(todayRow()).toContain('2 GPUs');
    expect(within(result()).getByRole('img').getAttribute('aria-labelledby')).toBe('p-chart-caption');
    const links = within(result()).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toContain('/methodology/#srv-l40s-estimate');
    // The default example gives speculative decoding a one-off cost of $0: it pays back at once, not "in month 0".
    expect(document.getElementById('p-chart-caption')!.textContent).toContain('“Speculative decoding” pays back at once: its one-off cost is $0.');
  });

  it('shows what each empty field stands for: the example’s values, greyed as placeholders', async () => {
    render(<PaybackIsland uid="p" />);
    const shown = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).placeholder;
    // The default example: a million chat requests a day (500 tokens in, 300 out) on two L40S at 60%.
    expect([shown('Requests per day'), shown('Input tokens per request'), shown('Output tokens per request'), shown('Utilization')]).toEqual(['1M', '500', '300', '60%']);
    expect((screen.getByLabelText('Requests per day') as HTMLInputElement).value).toBe('');
    expect(within(screen.getByLabelText('GPU type')).getAllByRole('option')[0]!.textContent).toBe('Default (NVIDIA L40S)');
    // A typed value replaces the example's, and the placeholder follows the result.
    fireEvent.input(screen.getByLabelText('Utilization'), { target: { value: '30%' } });
    await waitFor(() => expect(shown('Utilization')).toBe('30%'));
  });

  it('opens with the example a post asks for', () => {
    render(<PaybackIsland uid="p" preset="api-support-bot" />);
    expect(todayRow()).toContain('Today');
    expect(screen.getByText(/Switch to self-hosting/, { selector: 'th' })).toBeTruthy();
  });

  it('shows a field error and recovers when the reader corrects it', async () => {
    render(<PaybackIsland uid="p" />);
    const before = todayRow();
    fireEvent.input(screen.getByLabelText('Utilization'), { target: { value: '150%' } });
    await waitFor(() => expect(screen.getByLabelText('Utilization').getAttribute('aria-invalid')).toBe('true'));
    fireEvent.input(screen.getByLabelText('Utilization'), { target: { value: '30%' } });
    await waitFor(() => expect(todayRow()).not.toBe(before));
    expect($payback.get().utilization).toBe('30%');
  });

  it('adds a step with the one-off cost typed for it', async () => {
    render(<PaybackIsland uid="p" />);
    fireEvent.click(screen.getByLabelText('Quantize to 4 bit (AWQ or GPTQ)'));
    const cost = await screen.findByLabelText('One-off cost of “Quantize to 4 bit (AWQ or GPTQ)” (US dollars)');
    fireEvent.input(cost, { target: { value: '1200' } });
    await waitFor(() => expect(within(result()).getAllByRole('row')[6]?.textContent).toContain('$1,200'));
  });
});
