/** The three islands on one page share state only through the stores. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ComparisonIsland from '../../src/islands/comparison/ComparisonIsland.tsx';
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
      <div data-tool="comparison">
        <ComparisonIsland uid="c" />
      </div>
      <div data-tool="timeline">
        <TimelineIsland uid="t" />
      </div>
    </>
  );
}

const decide = () => {
  const group = screen.getByRole('group', { name: /trained model for this task/i });
  fireEvent.click(within(group).getByLabelText('No'));
};

describe('three islands on one page', () => {
  it('"Plan this" fills the estimator on the same page', async () => {
    render(<Page />);
    decide();
    // Clicked before the hand-off code arrived: the click waits for it, then fills the estimator.
    await screen.findByRole('link', { name: 'Plan this' });
    fireEvent.click(screen.getByRole('link', { name: 'Plan this' }));
    await waitFor(() => expect((screen.getByLabelText('Train from scratch') as HTMLInputElement).checked).toBe(true));
  });

  it('"Compare" highlights the path in the table on the same page', async () => {
    render(<Page />);
    decide();
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Compare' }).parentElement!);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Compare' }).getAttribute('href')).toContain('hl=train-first'));
    fireEvent.click(screen.getByRole('link', { name: 'Compare' }));
    await waitFor(() => expect((screen.getByLabelText('Highlight rows for my path') as HTMLSelectElement).value).toBe('train-first'));
    expect(document.querySelectorAll('.cmp-row--highlight').length).toBeGreaterThan(0);
  });

  it('one reset brings every tool back to its defaults', async () => {
    render(<Page />);
    decide();
    fireEvent.input(screen.getByLabelText('Search the table'), { target: { value: 'data' } });
    fireEvent.input(screen.getByLabelText('Number of GPUs'), { target: { value: '3' } });
    const reset = screen.getAllByRole('button', { name: 'Reset to defaults' })[0]!;
    await waitFor(() => expect((reset as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(reset);
    await waitFor(() => expect((screen.getByLabelText('Search the table') as HTMLInputElement).value).toBe(''));
    await waitFor(() => expect((screen.getByLabelText('Number of GPUs') as HTMLInputElement).value).toBe('1'));
    expect(screen.getByTestId('decision-empty')).toBeTruthy(); // nothing answered: no recommendation
  });
});
