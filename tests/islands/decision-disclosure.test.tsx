/**
 * The decision guide asks only the questions that matter (issue 11 item 3): each answer reveals
 * the next relevant question; with nothing answered there is no recommendation, only how the guide
 * decides and the first question. The server render (JavaScript off) shows every question.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import DecisionIsland from '../../src/islands/decision/DecisionIsland.tsx';
import { resetStores } from '../stores/reset.ts';

beforeEach(() => resetStores());
afterEach(cleanup);

const result = () => screen.getByTestId('decision-result');
const question = (name: RegExp) => screen.queryByRole('group', { name });
const answer = async (name: RegExp, label: string) => {
  const group = await waitFor(() => {
    const g = question(name);
    if (!g) throw new Error(`no question ${name}`);
    return g;
  });
  fireEvent.click(within(group).getByLabelText(label));
};

describe('progressive disclosure', () => {
  it('starts with the first question only', async () => {
    render(<DecisionIsland uid="d" />);
    await waitFor(() => expect(question(/accuracy the business needs/i)).toBeNull());
    expect(question(/trained model for this task/i)).not.toBeNull();
    expect(question(/data source, domain or use case changed/i)).toBeNull();
    expect(question(/which limits bite/i)).toBeNull();
  });

  it.each([
    ['a model exists', [[/trained model for this task/i, 'Yes']], [/accuracy, if you know it/i, /data source, domain or use case changed/i, /block production use/i], [/which limits bite/i]],
    ['no model', [[/trained model for this task/i, 'No']], [], [/accuracy, if you know it/i, /block production use/i]],
    [
      'performance blocks',
      [
        [/trained model for this task/i, 'Yes'],
        [/block production use/i, 'Yes'],
      ],
      [/which limits bite/i],
      [],
    ],
  ] as const)('when %s, shows and hides the right questions', async (_case, steps, shown, hidden) => {
    render(<DecisionIsland uid="d" />);
    for (const [name, label] of steps) await answer(name, label);
    for (const name of shown) await waitFor(() => expect(question(name), String(name)).not.toBeNull());
    for (const name of hidden) expect(question(name), String(name)).toBeNull();
  });

  it('renders every question in the server HTML (JavaScript off), the later ones marked for CSS', () => {
    const html = renderToString(<DecisionIsland uid="d" />);
    for (const text of ['Accuracy on held-out data', 'Which limits bite?', 'Are you about to face production load?']) expect(html).toContain(text);
    expect(html).toContain('data-disclose="later"');
  });
});

describe('empty state', () => {
  it('explains how the guide decides and points to the first question', () => {
    render(<DecisionIsland uid="d" />);
    const empty = within(result()).getByTestId('decision-empty');
    expect(within(empty).getByRole('heading', { name: 'How the guide decides' })).toBeTruthy();
    expect(within(empty).getByRole('link', { name: /first question/ }).getAttribute('href')).toBe('#d-hasModel');
    expect(within(result()).queryByRole('link', { name: 'Plan this' })).toBeNull();
  });

  it('gives way to a recommendation with the first answer', async () => {
    render(<DecisionIsland uid="d" />);
    await answer(/trained model for this task/i, 'No');
    await waitFor(() => expect(within(result()).getByText('Train first')).toBeTruthy());
    expect(within(result()).queryByTestId('decision-empty')).toBeNull();
  });
});
