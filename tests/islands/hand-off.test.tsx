/**
 * Hand-offs that say where they came from (issue 11 item 5): "Plan this" opens the estimator with
 * the decided path's workload and a dismissible note; pinned estimates are titled by what differs.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import DecisionIsland from '../../src/islands/decision/DecisionIsland.tsx';
import TimelineIsland from '../../src/islands/timeline/TimelineIsland.tsx';
import { resetStores } from '../stores/reset.ts';

beforeEach(() => resetStores());
afterEach(cleanup);

function Page() {
  return (
    <>
      <div data-tool="decision">
        <DecisionIsland uid="d" />
      </div>
      <div data-tool="timeline">
        <TimelineIsland uid="t" />
      </div>
    </>
  );
}

describe('"Plan this"', () => {
  it('on the same page: fills the estimator and shows a note that can be dismissed', async () => {
    render(<Page />);
    fireEvent.click(within(screen.getByRole('group', { name: /trained model for this task/i })).getByLabelText('No'));
    // The hand-off code loads when the reader reaches for the link; then the link carries the plan.
    fireEvent.focusIn(await screen.findByRole('link', { name: 'Plan this' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Plan this' }).getAttribute('href')).toContain('from=train-first'));
    fireEvent.click(screen.getByRole('link', { name: 'Plan this' }));
    const note = await screen.findByTestId('handoff-note');
    expect(note.textContent).toMatch(/^From your decision: train first\./);
    await waitFor(() => expect((document.querySelector('input[name=sc][value=train-from-scratch]') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(note).getByRole('button', { name: 'Dismiss this note' }));
    await waitFor(() => expect(screen.queryByTestId('handoff-note')).toBeNull());
  });

  it.each([
    ['No', 'train-first', /from=train-first/],
    ['Yes', 'measure-first', /from=measure-first/],
  ] as const)('links to the estimator with the path (has model: %s)', async (has, _path, from) => {
    render(<DecisionIsland uid="d" />);
    fireEvent.click(within(screen.getByRole('group', { name: /trained model for this task/i })).getByLabelText(has));
    if (has === 'Yes') fireEvent.click(within(await screen.findByRole('group', { name: /data source, domain or use case changed/i })).getByLabelText('Yes'));
    fireEvent.touchStart((await screen.findByRole('link', { name: 'Plan this' })).parentElement!);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Plan this' }).getAttribute('href')).toMatch(from));
    expect(screen.getByRole('link', { name: 'Plan this' }).getAttribute('href')).toMatch(/^\/tools\/timeline\/\?/);
  });

  it('from another page: the estimator reads the note from the link', async () => {
    resetStores('?sc=fine-tune&from=retrain-first');
    render(<TimelineIsland uid="t" urlSync />);
    expect((await screen.findByTestId('handoff-note')).textContent).toMatch(/^From your decision: retrain first\./);
  });
});

describe('pins', () => {
  it('are titled by what differs between them', async () => {
    render(<TimelineIsland uid="t" />);
    const pin = await screen.findByRole('button', { name: /Pin for comparison/ });
    await waitFor(() => expect((pin as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(pin);
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '8' } });
    await waitFor(() => expect((screen.getByLabelText('Number of GPUs') as HTMLInputElement).value).toBe('8'));
    fireEvent.click(screen.getByRole('button', { name: /Pin for comparison/ }));
    const titles = await waitFor(() => {
      const cards = within(screen.getByRole('region', { name: 'Pinned estimates' })).getAllByRole('listitem');
      if (cards.length < 2) throw new Error('two pins');
      return cards.map((c) => within(c).getByRole('heading').textContent);
    });
    expect(titles[0]).not.toBe(titles[1]);
    expect(titles.join(' ')).toMatch(/8/);
  });
});
