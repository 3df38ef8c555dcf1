import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TimelineIsland from '../../src/islands/timeline/TimelineIsland.tsx';
import { $timeline, presetForm } from '../../src/stores/timeline.ts';
import { resetStores } from '../stores/reset.ts';

beforeEach(() => resetStores());
afterEach(cleanup);

const result = () => screen.getByTestId('timeline-result');
const total = () => within(result()).getByText('Calendar time').nextElementSibling!.textContent;

describe('TimelineIsland', () => {
  it('renders an estimate with a chart, its data table and sources (loaded on demand behind open disclosures)', async () => {
    render(<TimelineIsland uid="t" />);
    expect((await within(result()).findByRole('figure')).getAttribute('aria-labelledby')).toBe('t-caption');
    await within(result()).findByText('Assumptions and sources');
    expect(within(result()).getByRole('table')).toBeTruthy();
    expect(within(result()).getAllByRole('row').length).toBe(7); // header, 5 phases, total
    const sources = within(result()).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(sources.some((h) => h?.startsWith('/methodology/#'))).toBe(true);
  });

  it('opens with the preset a guide asks for', () => {
    render(<TimelineIsland uid="t" preset="pretrain-7b" />);
    expect((screen.getByLabelText('Model size (parameters)') as HTMLInputElement).value).toBe('7B');
  });

  it('changes the estimate when the reader changes an input', async () => {
    render(<TimelineIsland uid="t" />);
    const before = total();
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '0.5' } });
    await waitFor(() => expect(screen.getByLabelText('Number of GPUs').getAttribute('aria-invalid')).toBe('true'));
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '8' } });
    fireEvent.input(screen.getByLabelText('Model size (parameters)'), { target: { value: '70B' } });
    await waitFor(() => expect(total()).not.toBe(before));
  });

  it('applies a preset from its chip', async () => {
    render(<TimelineIsland uid="t" />);
    const chip = screen.getByRole('button', { name: 'Pretrain a 7B model' });
    await waitFor(() => expect((chip as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(chip);
    await waitFor(() => expect(chip.getAttribute('aria-pressed')).toBe('true'));
    expect((screen.getByLabelText('Train from scratch') as HTMLInputElement).checked).toBe(true);
  });

  it('shows a bad count beside its field and keeps the other entries', async () => {
    render(<TimelineIsland uid="t" />);
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '4' } });
    const params = screen.getByLabelText('Model size (parameters)') as HTMLInputElement;
    fireEvent.input(params, { target: { value: '7 bananas' } });
    await waitFor(() => expect(params.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('t-modelParams-error')!.textContent).toMatch(/Model size/);
    expect(params.getAttribute('aria-describedby')).toContain('t-modelParams-error');
    expect((screen.getByLabelText('Number of GPUs') as HTMLInputElement).value).toBe('4');
    expect(within(result()).getByText(/Fix the highlighted fields/)).toBeTruthy();
  });

  it('every GPU has a default price, so switching GPU never asks for one', async () => {
    render(<TimelineIsland uid="t" />);
    fireEvent.change(screen.getByLabelText('GPU type'), { target: { value: 'b200' } });
    await waitFor(() => expect((screen.getByLabelText('GPU type') as HTMLSelectElement).value).toBe('b200'));
    expect(within(result()).queryByText('Enter a price per GPU-hour')).toBeNull();
  });

  it('round-trips through the link', async () => {
    resetStores('?preset=pretrain-7b&n=16&gpu=a100');
    render(<TimelineIsland uid="t" urlSync />);
    await waitFor(() => expect((screen.getByLabelText('Number of GPUs') as HTMLInputElement).value).toBe('16'));
    expect((screen.getByLabelText('GPU type') as HTMLSelectElement).value).toBe('a100');
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '32' } });
    await waitFor(() => expect(new URLSearchParams(location.search).get('n')).toBe('32'));
    expect(new URLSearchParams(location.search).get('preset')).toBe('pretrain-7b');
  });

  it('pins estimates side by side, each restorable', async () => {
    render(<TimelineIsland uid="t" />);
    const pin = screen.getByRole('button', { name: /Pin for comparison/ });
    await waitFor(() => expect((pin as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(pin);
    fireEvent.click(screen.getByRole('button', { name: 'Pretrain a 7B model' }));
    await screen.findByRole('heading', { name: 'Pinned estimates' }, { timeout: 10_000 }); // the pins' code loads with the first pin
    fireEvent.click(screen.getByRole('button', { name: /Pin for comparison/ }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Load into the form' })).toHaveLength(2));
    // Each pin carries the workload: model size, method, data, GPUs, precision.
    const first = screen.getAllByRole('listitem').find((li) => li.classList.contains('pin'))!;
    for (const part of ['Model size (parameters)', 'LoRA', 'tokens × ', 'GPUs', '1 × NVIDIA H100 SXM', 'BF16']) expect(first.textContent).toContain(part);
    const links = screen.getAllByRole('link', { name: 'Link to this estimate' }).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/tools/timeline/', '/tools/timeline/?preset=pretrain-7b']);
    fireEvent.click(screen.getAllByRole('button', { name: 'Load into the form' })[0]!);
    await waitFor(() => expect($timeline.get()).toEqual(presetForm('fine-tune-8b-lora')));
  });
});

describe('copying an estimate', () => {
  const clipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

  it('copies CSV to the clipboard and says so', async () => {
    const copied: string[] = [];
    clipboard(async (text) => void copied.push(text));
    render(<TimelineIsland uid="t" />);
    const button = screen.getByRole('button', { name: 'Copy as CSV' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('Copied to the clipboard.')).toBeTruthy());
    expect(copied[0]!.split('\n')[0]).toMatch(/^phase,days_low/);
  });

  it('falls back to selected text when the clipboard is refused', async () => {
    clipboard(() => Promise.reject(new Error('denied')));
    render(<TimelineIsland uid="t" />);
    const button = screen.getByRole('button', { name: 'Copy as text' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const box = (await screen.findByRole('textbox', { name: 'Copy as text' })) as HTMLTextAreaElement;
    expect(box.value).toContain('Training and optimization timeline estimate');
    expect(screen.getByText(/press Ctrl\+C/)).toBeTruthy();
  });

  describe('workload inputs appear only where they apply', () => {
    const shown = (label: string) => screen.queryAllByLabelText(label, { exact: false }).length > 0;
    it.each<[string, (s: typeof screen) => void, Record<string, boolean>]>([
      ['an LLM fine-tune asks method, data and epochs, not active parameters', () => {}, { 'Dataset tokens (one epoch)': true, Epochs: true, 'Full fine-tune': true, 'Active parameters per token': false, 'Student model size (parameters)': false, FP8: true }],
      ['pretraining asks active parameters, not the method', (s) => fireEvent.click(s.getByLabelText('Train from scratch')), { 'Active parameters per token': true, 'Full fine-tune': false, 'Dataset tokens (one epoch)': false }],
      ['a GPU without FP8 hides precision', (s) => fireEvent.change(s.getByLabelText('GPU type'), { target: { value: 't4' } }), { FP8: false, Epochs: true }],
      ['distillation asks the student size', (s) => fireEvent.click(s.getByLabelText(/^Distillation/)), { 'Student model size (parameters)': true }],
    ])('%s', async (_, act, expected) => {
      render(<TimelineIsland uid="t" />);
      await waitFor(() => expect(screen.queryByLabelText('Active parameters per token')).toBeNull());
      act(screen);
      await waitFor(() => {
        for (const [label, on] of Object.entries(expected)) expect([label, shown(label)]).toEqual([label, on]);
      });
    });
  });

  it('a plan that cannot run says so first in the result and beside the GPU fields, with a fix', async () => {
    render(<TimelineIsland uid="t" />);
    fireEvent.input(screen.getByLabelText('Model size (parameters)'), { target: { value: '405 billion' } });
    fireEvent.click(await screen.findByLabelText(/^Full fine-tune/));
    fireEvent.change(screen.getByLabelText('GPU type'), { target: { value: 'l4' } });
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '1' } });
    const first = await screen.findByTestId('fit-result');
    expect(first.textContent).toMatch(/fits on \d+ or more/);
    // First in the result, and in the hardware fieldset beside the GPU fields.
    const content = within(result()).getByTestId('fit-result');
    expect(result().querySelector('[data-testid]')).toBe(content);
    const beside = screen.getByTestId('fit-form');
    expect(beside.closest('fieldset')!.contains(screen.getByLabelText('Number of GPUs'))).toBe(true);
    expect(within(result()).getByTestId('memory').textContent).toMatch(/Weights.*Gradients.*Optimizer state/);
    const min = Number(first.textContent!.match(/fits on (\d+)/)![1]);
    fireEvent.click(within(first).getByRole('button', { name: new RegExp(`Use ${min} ×`) }));
    await waitFor(() => expect(screen.queryByTestId('fit-result')).toBeNull());
    expect((screen.getByLabelText('Number of GPUs') as HTMLInputElement).value).toBe(String(min));
    expect(within(result()).getByTestId('memory').textContent).toMatch(/\(fits\)/);
  });

  it('the headline keeps GPU cost and team cost apart; team cost only with a day rate', async () => {
    render(<TimelineIsland uid="t" />);
    expect(within(result()).getByText('GPU compute cost (GPU time only)')).toBeTruthy();
    expect(within(result()).queryByText(/Team cost/)).toBeNull();
    fireEvent.input(screen.getByLabelText(/Team day rate/), { target: { value: '2000' } });
    await waitFor(() => expect(within(result()).getByText(/Team cost/)).toBeTruthy());
    expect(within(result()).getByText('GPU compute cost')).toBeTruthy();
  });

  it('the preset chip clears as soon as a field it set changes', async () => {
    render(<TimelineIsland uid="t" />);
    const chip = screen.getByRole('button', { name: 'Pretrain a 7B model' });
    await waitFor(() => expect((chip as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(chip);
    await waitFor(() => expect(chip.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '16' } });
    await waitFor(() => expect(chip.getAttribute('aria-pressed')).toBe('false'));
  });

  it('the chart has ≥ 4 round ticks and each likely bar inside its band, with values on focus', async () => {
    render(<TimelineIsland uid="t" />);
    // The chart's code loads on demand (the first test to need it in a worker waits for it).
    const ticks = [...(await screen.findByTestId('tl-ticks')).querySelectorAll('li')].map((li) => li.textContent);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks[0]).toBe('0');
    const bars = screen.getByTestId('tl-chart').querySelectorAll('[data-bar]');
    expect(bars.length).toBe(6);
    for (const bar of bars) {
      const range = bar.querySelector('.tl-range');
      if (!range) continue;
      const likely = bar.querySelector('.tl-likely')!;
      const [rx, rw, lx, lw] = [range.getAttribute('x'), range.getAttribute('width'), likely.getAttribute('x'), likely.getAttribute('width')].map(Number) as [number, number, number, number];
      expect(lx).toBeGreaterThanOrEqual(rx);
      expect(lx + lw).toBeLessThanOrEqual(rx + rw + 1e-9);
      expect(bar.getAttribute('tabindex')).toBe('0');
      expect(bar.getAttribute('aria-label')).toMatch(/likely .* \(low .*, high .*\)/);
      expect(bar.querySelector('.tl-tip')!.textContent).toBe(bar.getAttribute('aria-label'));
    }
  });
});
