import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPARISON_ROWS } from '../../src/rules/index.ts';
import ComparisonIsland from '../../src/islands/comparison/ComparisonIsland.tsx';
import { resetStores } from '../stores/reset.ts';

beforeEach(() => resetStores());
afterEach(cleanup);

const total = COMPARISON_ROWS.length;
const bodyRows = () => screen.getByRole('table').querySelectorAll('tbody tr');
const count = () => document.getElementById('c-count')!.textContent;

describe('ComparisonIsland', () => {
  it('renders the full table with a count', () => {
    render(<ComparisonIsland uid="c" />);
    expect(bodyRows()).toHaveLength(total);
    expect(count()).toBe(`${total} of ${total} aspects`);
  });

  it('narrows the table as the reader types and marks the matches', async () => {
    render(<ComparisonIsland uid="c" />);
    fireEvent.input(screen.getByLabelText('Search the table'), { target: { value: 'calibration' } });
    await waitFor(() => expect(bodyRows().length).toBeLessThan(total));
    const marks = [...screen.getByRole('table').querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.textContent!.toLowerCase() === 'calibration')).toBe(true);
    await waitFor(() => expect(count()).toBe(`${bodyRows().length} of ${total} aspects`));
  });

  it('says so when no aspect matches (hostile text: see comparison-hostile.test.tsx)', async () => {
    render(<ComparisonIsland uid="c" />);
    fireEvent.input(screen.getByLabelText('Search the table'), { target: { value: 'zzzz-no-such-word' } });
    await waitFor(() => expect(bodyRows()).toHaveLength(0));
    expect(screen.getByText('No aspect matches these filters.')).toBeTruthy();
    await waitFor(() => expect(count()).toBe(`0 of ${total} aspects`));
  });

  it('filters by topic chips that report their state', async () => {
    render(<ComparisonIsland uid="c" />);
    const chip = screen.getByRole('button', { name: 'Cost' });
    await waitFor(() => expect((chip as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(chip);
    await waitFor(() => expect(chip.getAttribute('aria-pressed')).toBe('true'));
    expect(bodyRows().length).toBeLessThan(total);
    fireEvent.click(chip);
    await waitFor(() => expect(bodyRows()).toHaveLength(total));
  });

  it('highlights the rows for a path, in words as well as colour', async () => {
    render(<ComparisonIsland uid="c" />);
    fireEvent.change(screen.getByLabelText('Highlight rows for my path'), { target: { value: 'optimize-first' } });
    await waitFor(() => expect(screen.getByRole('table').querySelectorAll('.cmp-row--highlight').length).toBeGreaterThan(0));
    const row = screen.getByRole('table').querySelector('.cmp-row--highlight')!;
    expect(within(row as HTMLElement).getByText(/matters for this path/)).toBeTruthy();
  });

  it('restores its filters from the link', async () => {
    resetStores('?q=data&tags=data&hl=retrain-first');
    render(<ComparisonIsland uid="c" urlSync />);
    await waitFor(() => expect((screen.getByLabelText('Search the table') as HTMLInputElement).value).toBe('data'));
    expect(screen.getByRole('button', { name: 'Data' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByLabelText('Highlight rows for my path') as HTMLSelectElement).value).toBe('retrain-first');
  });
});
