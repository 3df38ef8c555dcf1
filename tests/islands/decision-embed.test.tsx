/**
 * The decision guide in an embed (issue 11.7, at most 1,200 px in a 680 px column): a question the
 * link already answered folds to one line with "Change", which reopens it with focus on the answer;
 * a question the reader answers stays open; on a tool page nothing folds.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import DecisionIsland from '../../src/islands/decision/DecisionIsland.tsx';
import { resetStores } from '../stores/reset.ts';

beforeEach(() => resetStores('?has=yes&acc=72&req=90'));
afterEach(cleanup);

describe('answered questions in an embed', () => {
  it.each([
    ['hasModel', /trained model for this task today\? Yes/],
    ['numbers', /^Accuracy: held-out 72% · needed 90%/],
  ])('the link’s answer to %s shows as one line', async (key, text) => {
    render(<DecisionIsland uid="d" urlSync embedded />);
    expect((await screen.findByTestId(`answered-${key}`)).textContent).toMatch(text);
  });

  it('"Change" reopens the question with focus on its answer', async () => {
    render(<DecisionIsland uid="d" urlSync embedded />);
    const line = await screen.findByTestId('answered-hasModel');
    fireEvent.click(within(line).getByRole('button', { name: /^Change: Is there a trained model/ }));
    const group = await screen.findByRole('group', { name: /trained model for this task/i });
    await waitFor(() => expect(document.activeElement).toBe(within(group).getByLabelText('Yes')));
    expect(screen.queryByTestId('answered-hasModel')).toBeNull();
  });

  it('a question the reader answers stays open', async () => {
    render(<DecisionIsland uid="d" urlSync embedded />);
    const group = await screen.findByRole('group', { name: /data source, domain or use case changed/i });
    fireEvent.click(within(group).getByLabelText('No'));
    await waitFor(() => expect((within(group).getByLabelText('No') as HTMLInputElement).checked).toBe(true));
    expect(screen.queryByTestId('answered-dataOrUseCaseChanged')).toBeNull();
  });

  it('on a tool page every question stays open', async () => {
    render(<DecisionIsland uid="d" urlSync />);
    await screen.findByRole('group', { name: /data source, domain or use case changed/i });
    expect(screen.queryByTestId('answered-hasModel')).toBeNull();
    expect(screen.getByLabelText('Accuracy on held-out data')).toBeTruthy();
  });
});
