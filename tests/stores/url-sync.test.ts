import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $comparison, comparisonPart, toggleTag } from '../../src/stores/comparison.ts';
import { $decision, DECISION_DEFAULTS, decisionPart, setAnswer } from '../../src/stores/decision.ts';
import { $urlIssues, registerTool, resetAll, startUrlSync, toolSearch } from '../../src/stores/url-sync.ts';
import { $timeline, presetForm, TIMELINE_DEFAULTS, timelinePart } from '../../src/stores/timeline.ts';
import { resetStores } from './reset.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const flush = () => vi.advanceTimersByTime(300);

describe('startUrlSync', () => {
  it('reads a tool from the address bar', () => {
    resetStores('?has=no&acc=72&gpu=a100');
    startUrlSync(decisionPart);
    expect($decision.get()).toMatchObject({ hasModel: 'no', accuracy: '72' });
    // Only the synced tool is read.
    expect($timeline.get()).toEqual(TIMELINE_DEFAULTS);
  });

  it('writes changes back, keeping other tools and foreign keys', () => {
    resetStores('?theme=dark&gpu=a100');
    startUrlSync(decisionPart);
    setAnswer('hasModel', 'yes');
    flush();
    const params = new URLSearchParams(location.search);
    expect(params.get('has')).toBe('yes');
    expect(params.get('gpu')).toBe('a100');
    expect(params.get('theme')).toBe('dark');
  });

  it('clears its keys when the tool is back at its defaults', () => {
    resetStores('?has=no');
    startUrlSync(decisionPart);
    setAnswer('hasModel', 'unsure');
    flush();
    expect(location.search).toBe('');
  });

  it.each([
    ['a bad value', '?has=maybe&acc=72', { accuracy: '72' }, 'decision.hasModel'],
    ['script', '?acc=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {}, 'decision.accuracy'],
    ['an over-long link', `?has=no&q=${'x'.repeat(3000)}`, {}, 'search'],
  ])('shows a warning and the defaults for %s', (_, search, expected, field) => {
    resetStores(search);
    startUrlSync(decisionPart);
    expect($decision.get()).toEqual({ ...DECISION_DEFAULTS, ...expected });
    expect($urlIssues.get().map((i) => i.field)).toContain(field);
  });

  it('reports only the issues of the tools it syncs', () => {
    resetStores('?n=lots&has=no');
    startUrlSync(decisionPart);
    expect($urlIssues.get()).toEqual([]);
    startUrlSync(timelinePart);
    expect($urlIssues.get().map((i) => i.field)).toEqual(['timeline.gpuCount']);
  });

  it('keeps several tools in one address', () => {
    resetStores('');
    startUrlSync(decisionPart);
    startUrlSync(comparisonPart);
    startUrlSync(timelinePart);
    setAnswer('hasModel', 'no');
    toggleTag('cost');
    $timeline.set(presetForm('pretrain-7b'));
    flush();
    expect(location.search).toBe('?has=no&tags=cost&preset=pretrain-7b');
  });
});

describe('toolSearch and resetAll', () => {
  it('gives a link query for some tools', () => {
    resetStores('');
    setAnswer('hasModel', 'no');
    expect(toolSearch([decisionPart])).toBe('?has=no');
    expect(toolSearch([timelinePart])).toBe('');
  });

  it('resets every registered tool and the link warnings', () => {
    resetStores('?has=banana');
    startUrlSync(decisionPart);
    registerTool(comparisonPart);
    setAnswer('hasModel', 'no');
    toggleTag('data');
    resetAll();
    expect($decision.get()).toEqual(DECISION_DEFAULTS);
    expect($comparison.get().tags).toEqual([]);
    expect($urlIssues.get()).toEqual([]);
  });
});
