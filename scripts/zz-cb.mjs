import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { readFileSync } from 'node:fs';
const flags = JSON.parse(process.env.FLAGS || '[]');
const mode = process.env.MODE || 'full';
const srv = await serve('dist', {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...flags] });
const pages = ['/guides/model-optimization/', '/guides/model-training/', '/tools/timeline/', '/tools/decision/', '/faq/', '/glossary/', '/embed/timeline/', '/guides/timelines-and-costs/'];
const t0 = Date.now();
for (let i = 0; i < 2; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(srv.url + p);
    if (mode === 'full' || mode === 'scroll') {
      await page.evaluate(async () => {
        const step = Math.max(200, innerHeight - 50);
        for (let y = 0; y < document.documentElement.scrollHeight; y += step) { scrollTo(0, y); await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); }
        scrollTo(0, 0);
      });
    }
  }
  await ctx.close();
}
console.log('wall', Date.now() - t0);
await browser.close(); await srv.close();
