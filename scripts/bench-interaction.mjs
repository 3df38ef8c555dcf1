// Time from the reader's input to the updated result, in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), on each calculator's tool page. The first interaction includes
// hydration on intent (the island's code loads when the reader reaches for it); later ones are the
// island alone. Timed in the page: from just before the input event to the frame after the result
// text changed (a MutationObserver, then requestAnimationFrame).
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];
const LATER = 5;

/** Each calculator: its page, the result element, and inputs to make (first, then later ones). */
const CASES = [
  { tool: 'decision', path: '/tools/decision/', result: '[data-testid="decision-result"]', inputs: ['#decision-hasModel-no', '#decision-hasModel-yes'] },
  { tool: 'comparison', path: '/tools/comparison/', result: '.cmp-count', text: '#comparison-q', words: ['data', 'cost'] },
  { tool: 'timeline', path: '/tools/timeline/', result: '[data-testid="timeline-result"] .tl-totals', text: '#timeline-gpuCount', words: ['16', '4'] },
  { tool: 'payback', path: '/tools/payback/', result: '[data-testid="payback-result"]', text: '#payback-requestsPerDay', words: ['2M', '3M'] },
];

/** In the page: performs one input and resolves with the ms until the frame after the result changed. */
function timeInput({ result, target, value }) {
  return new Promise((resolve) => {
    const el = document.querySelector(result);
    const control = document.querySelector(target);
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    // A reader's first sign of use (pointer over the island), then the input itself.
    control.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    if (value === undefined) control.click();
    else {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * @param {string} dist a built site
 * @returns {Promise<string[][]>} rows: tool, first interaction (ms), later interactions (median ms)
 */
export async function benchInteraction(dist) {
  const server = await serve(dist, { headers: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const rows = [['calculator', 'first input → result (ms)', `later inputs, median of ${LATER} (ms)`]];
  try {
    for (const c of CASES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(server.url + c.path, { waitUntil: 'load' });
      const step = (i) =>
        c.inputs ? { result: c.result, target: c.inputs[i % 2] } : { result: c.result, target: c.text, value: c.words[i % 2] };
      const first = await page.evaluate(timeInput, step(0));
      await page.locator('astro-island:not([ssr])').first().waitFor();
      const later = [];
      for (let i = 1; i <= LATER; i++) later.push(await page.evaluate(timeInput, step(i)));
      rows.push([c.tool, first.toFixed(0), median(later).toFixed(0)]);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await import('./budgets.mjs');
  console.log(table(await benchInteraction(process.argv[2] ?? 'dist')));
}
