// Time from the reader's input to the updated result, in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), on each calculator's tool page. The first interaction includes
// hydration on intent (the island's code loads when the reader reaches for it); later ones are the
// island alone. Timed in the page: from just before the input event to the frame after the result's
// text changed (a MutationObserver comparing the text, then requestAnimationFrame). The first
// interaction is timed twice: from the local server as it is, and over DevTools' "Slow 4G"
// conditions (150 ms round trip, 1.6 Mbps down, 750 kbps up; the page itself loads before the
// network is slowed), where the round trips to fetch the island's code show. The server sends
// brotli, as a CDN would (until 2026-11-26 it sent the files uncompressed, about three times the
// bytes over the slowed network).
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];
const LATER = 5;
/** First interactions per calculator and network (each on a fresh page): the median is reported. */
const FIRSTS = 5;
/** Chrome DevTools' "Slow 4G" preset, in CDP's units (bytes per second). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

/** Each calculator: its page, the result element, and inputs to make (first, then later ones). */
const CASES = [
  { tool: 'decision', path: '/tools/decision/', result: '[data-testid="decision-result"]', inputs: ['#decision-hasModel-no', '#decision-hasModel-yes'] },
  { tool: 'comparison', path: '/tools/comparison/', result: '.cmp-count', text: '#comparison-q', words: ['data', 'cost'] },
  { tool: 'timeline', path: '/tools/timeline/', result: '[data-testid="timeline-result"] .tl-totals', text: '#timeline-gpuCount', words: ['16', '4'] },
  { tool: 'payback', path: '/tools/payback/', result: '[data-testid="payback-result"]', text: '#payback-requestsPerDay', words: ['2M', '3M'] },
];

/**
 * In the page: performs one input and resolves with the ms until the frame after the result's text
 * changed. Only a change of the text counts: hydration may touch the result's DOM without changing
 * what it says (until 2026-11-26 it split a few text nodes the server had written as one, and the
 * first such touch stopped the clock on the payback calculator before its result had changed).
 */
function timeInput({ result, target, value }) {
  return new Promise((resolve, reject) => {
    const el = document.querySelector(result);
    const control = document.querySelector(target);
    const before = el.textContent;
    const t0 = performance.now();
    const timer = setTimeout(() => reject(new Error(`${result} did not change after the input on ${target}`)), 20_000);
    const observer = new MutationObserver(() => {
      if (el.textContent === before) return;
      observer.disconnect();
      clearTimeout(timer);
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
  const server = await serve(dist, { headers: true, compress: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const rows = [['calculator', `first input → result, median of ${FIRSTS} (ms)`, 'same on Slow 4G (ms)', `later inputs, median of ${LATER} (ms)`]];
  /** A fresh page (empty cache) with the CPU 4× slower; `network` slows its network once loaded. */
  const open = async (c, network) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.url + c.path, { waitUntil: 'load' });
    if (network) await cdp.send('Network.enable').then(() => cdp.send('Network.emulateNetworkConditions', network));
    return { context, page };
  };
  try {
    for (const c of CASES) {
      const step = (i) =>
        c.inputs ? { result: c.result, target: c.inputs[i % 2] } : { result: c.result, target: c.text, value: c.words[i % 2] };
      const firstOn = async (network) => {
        const { context, page } = await open(c, network);
        const ms = await page.evaluate(timeInput, step(0));
        await page.locator('astro-island:not([ssr])').first().waitFor();
        return { context, page, ms };
      };
      const first = [];
      const slow = [];
      const later = [];
      for (let run = 0; run < FIRSTS; run++) {
        const { context, page, ms } = await firstOn();
        first.push(ms);
        if (run === 0) for (let i = 1; i <= LATER; i++) later.push(await page.evaluate(timeInput, step(i)));
        await context.close();
        const s = await firstOn(SLOW_4G);
        slow.push(s.ms);
        await s.context.close();
      }
      rows.push([c.tool, median(first).toFixed(0), median(slow).toFixed(0), median(later).toFixed(0)]);
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
