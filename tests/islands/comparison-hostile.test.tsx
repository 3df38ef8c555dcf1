// Whatever the reader types, and whatever a cell holds, renders as text, never as markup.
// Our rows hold no markup, so a hostile query matched none of them and rendered nothing (the old
// test could not fail). Here one extra row carries the hostile text, so the query matches it and
// the island has to split that text around <mark>s: an HTML-string renderer would create the <img>.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComparisonRow } from '../../src/rules/types.ts';
import ComparisonIsland from '../../src/islands/comparison/ComparisonIsland.tsx';
import { resetStores } from '../stores/reset.ts';

const { HOSTILE } = vi.hoisted(() => ({ HOSTILE: '<img src=x onerror=alert(1)>' }));

vi.mock('../../src/rules/comparison/rows.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/comparison/rows.ts')>();
  const row: ComparisonRow = {
    ...original.COMPARISON_ROWS[0]!,
    id: 'hostile',
    aspect: `Hostile ${HOSTILE} aspect`,
    training: `Before ${HOSTILE} & <b>after</b>`,
    optimization: `${HOSTILE}`,
  };
  return { ...original, COMPARISON_ROWS: [...original.COMPARISON_ROWS, row] };
});

beforeEach(() => resetStores());
afterEach(cleanup);

const rows = () => [...screen.getByRole('table').querySelectorAll('tbody tr')];

describe.each([
  ['the whole hostile string', HOSTILE],
  ['one word of it', 'onerror=alert(1)>'],
  ['a word across the tags', '<b>after</b>'],
])('ComparisonIsland, searching for %s', (_label, query) => {
  it('matches the hostile row, marks the query inside it and creates no element from it', async () => {
    render(<ComparisonIsland uid="c" />);
    fireEvent.input(screen.getByLabelText('Search the table'), { target: { value: query } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const [row] = rows();
    const marks = [...row!.querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(query.toLowerCase()).toContain(mark.textContent!.toLowerCase());
    expect(row!.textContent).toContain(`Before ${HOSTILE} & <b>after</b>`);
    expect(document.querySelector('img')).toBeNull();
    expect(row!.querySelector('b')).toBeNull();
  });
});
