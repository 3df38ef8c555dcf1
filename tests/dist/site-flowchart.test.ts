/**
 * Issue 12.4: the making-the-decision flowchart follows the page's four questions in their order
 * (its steps name the page's "Question N" headings 1, 2, 3, 4, after the entry step), each step
 * links its section, and the priority note matches the decision rules.
 */
import { expect, it } from 'vitest';
import { DECISION_QUESTIONS, recommend } from '../../src/rules/index.ts';
import { pageByPath } from './built-site.ts';

const page = pageByPath.get('/guides/making-the-decision/')!;
const steps = [...page.doc.querySelectorAll('figure.flow > ol > li > a')].map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! }));
const headings = [...page.doc.querySelectorAll('article h2')].map((h) => h.textContent!.replace(/#$/, '').trim()).filter((t) => /^Question \d/.test(t));

it('asks the page’s four questions in the page’s order, after "is there a model?"', () => {
  expect(steps[0]!.text).toMatch(/^Before the questions/);
  expect(steps.slice(1).map((s) => s.text.match(/^Question (\d)/)?.[1])).toEqual(['1', '2', '3', '4']);
  expect(headings.map((h) => h.match(/^Question (\d)/)?.[1])).toEqual(['1', '2', '3', '4']);
  for (const s of steps) expect(page.doc.getElementById(s.href.split('#')[1]!), s.href).not.toBeNull();
});

it.each(DECISION_QUESTIONS.map((q) => [q.number, q] as const))('question %i’s settling answer leads where the rules send it', (_n, q) => {
  const r = recommend(q.decisive.example);
  expect(r.ok && 'path' in r.value ? r.value.path : undefined).toBe(q.decisive.path);
});

it('states the rules’ priority order under the chart', () => {
  expect(page.doc.querySelector('.flow__note')?.textContent).toMatch(/question 3, then question 1, then question 4, then question 2/);
});
