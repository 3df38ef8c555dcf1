import { embedInfo } from '../../src/config/tools.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DecisionIsland from '../../src/islands/decision/DecisionIsland.tsx';
import { COMMON } from '../../src/islands/frame/labels.ts';
import { $decision } from '../../src/stores/decision.ts';
import { resetStores } from '../stores/reset.ts';

beforeEach(() => resetStores());
afterEach(cleanup);

const result = () => screen.getByTestId('decision-result');
const question = (name: RegExp) => screen.getByRole('group', { name });

describe('DecisionIsland', () => {
  it('shows no recommendation before anyone answers, only how it decides', () => {
    render(<DecisionIsland uid="d" />);
    expect(within(result()).queryByText('Refine iteratively')).toBeNull();
    expect(within(result()).queryByText(/Confidence/)).toBeNull();
    expect(within(result()).getByTestId('decision-empty').textContent).toMatch(/whether a model exists/);
  });

  it('changes the result when the reader answers', async () => {
    render(<DecisionIsland uid="d" />);
    fireEvent.click(within(question(/trained model for this task/i)).getByLabelText('No'));
    await waitFor(() => expect(within(result()).getByText('Train first')).toBeTruthy());
    // Each reason links to its guide section.
    const reasons = within(result()).getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/guides/'));
    expect(reasons.length).toBeGreaterThan(0);
  });

  it('shows a bad number beside its field and keeps the other answers', async () => {
    render(<DecisionIsland uid="d" />);
    fireEvent.click(within(question(/trained model for this task/i)).getByLabelText('Yes'));
    const accuracy = (await screen.findByLabelText('Accuracy on held-out data')) as HTMLInputElement;
    fireEvent.input(accuracy, { target: { value: '150' } });
    await waitFor(() => expect(accuracy.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(`d-accuracy-error`)!;
    expect(error.textContent).toMatch(/between 0 and 100/);
    expect(accuracy.getAttribute('aria-describedby')).toContain('d-accuracy-error');
    expect(accuracy.value).toBe('150');
    expect((within(question(/trained model for this task/i)).getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
    expect(within(result()).getByText(/Fix the highlighted answers/)).toBeTruthy();
  });

  it('lists several problems in an error summary that links to each field', async () => {
    render(<DecisionIsland uid="d" />);
    fireEvent.click(within(question(/trained model for this task/i)).getByLabelText('Yes'));
    fireEvent.input(await screen.findByLabelText('Accuracy on held-out data'), { target: { value: 'abc' } });
    fireEvent.input(screen.getByLabelText('Accuracy the business needs'), { target: { value: '101' } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy());
    const links = within(document.getElementById('d-errors')!).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#d-accuracy', '#d-requiredAccuracy']);
  });

  it('restores its answers from the link and writes changes back', async () => {
    resetStores('?has=yes&acc=95&req=90&perf=yes&bn=latency');
    render(<DecisionIsland uid="d" urlSync />);
    await waitFor(() => expect((screen.getByLabelText('Accuracy on held-out data') as HTMLInputElement).value).toBe('95'));
    expect((screen.getByLabelText('Latency') as HTMLInputElement).checked).toBe(true);
    expect(within(result()).getByText('Optimize first')).toBeTruthy();
    fireEvent.click(within(question(/production load/i)).getByLabelText('Yes'));
    await waitFor(() => expect(new URLSearchParams(location.search).get('scale')).toBe('yes'));
    expect(new URLSearchParams(location.search).get('acc')).toBe('95');
  });

  it('shows a warning and the defaults for a hostile link', async () => {
    resetStores('?has=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&acc=1e999');
    render(<DecisionIsland uid="d" urlSync />);
    await waitFor(() => expect(screen.getByText(/could not be used/)).toBeTruthy());
    expect(document.querySelector('img')).toBeNull();
    expect($decision.get().hasModel).toBe('unsure');
    expect(within(result()).getByTestId('decision-empty')).toBeTruthy();
  });

  it('links "Plan this" to the estimator and "Compare" to the table', async () => {
    render(<DecisionIsland uid="d" />);
    fireEvent.click(within(question(/trained model for this task/i)).getByLabelText('No'));
    await waitFor(() => expect(within(result()).getByText('Train first')).toBeTruthy());
    // The link builders load when the reader reaches for the links: plain tool links until then.
    expect(screen.getByRole('link', { name: 'Plan this' }).getAttribute('href')).toBe('/tools/timeline/');
    fireEvent.focusIn(screen.getByRole('link', { name: 'Plan this' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Plan this' }).getAttribute('href')).toBe('/tools/timeline/?sc=train-from-scratch&from=train-first'));
    expect(screen.getByRole('link', { name: 'Compare' }).getAttribute('href')).toBe('/tools/comparison/?hl=train-first');
  });

  it('a click on a hand-off before its code has arrived waits for it, then opens the link with the answers', async () => {
    // window.open is spied on for this test only (the unit project shares one window per worker).
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    try {
      render(<DecisionIsland uid="d" embedded />);
      fireEvent.click(within(question(/trained model for this task/i)).getByLabelText('No'));
      await waitFor(() => expect(within(result()).getByText('Train first')).toBeTruthy());
      const plan = screen.getByRole('link', { name: 'Plan this' });
      expect(plan.getAttribute('href')).toBe('/tools/timeline/');
      expect(fireEvent.click(plan)).toBe(false); // the plain link is not followed
      await waitFor(() => expect(opened).toHaveBeenCalledWith('/tools/timeline/?sc=train-from-scratch&from=train-first', '_blank', 'noopener'));
    } finally {
      opened.mockRestore();
    }
  });

  it('offers an embed snippet with the current answers on tool pages', async () => {
    render(<DecisionIsland uid="d" embed={{ site: 'https://example.org/', info: embedInfo('decision') }} />);
    fireEvent.click(within(question(/trained model for this task/i)).getByLabelText('No'));
    // The embed kit's code loads when the reader opens "Embed this".
    expect(screen.queryByLabelText('Embed code')).toBeNull();
    const panel = screen.getByText(COMMON.embedSummary).closest('details')!;
    panel.open = true;
    fireEvent(panel, new Event('toggle'));
    await waitFor(() =>
      expect((screen.getByLabelText('Embed code') as HTMLTextAreaElement).value).toContain('https://example.org/embed/decision/?has=no'),
    );
  });
});
