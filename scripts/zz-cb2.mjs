import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
const srv = await serve('dist', {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const mode = process.env.MODE;
const t0 = Date.now();
let shared;
for (let i = 0; i < 16; i++) {
  if (mode === 'new') { const ctx = await browser.newContext(); const p = await ctx.newPage(); await p.goto(srv.url + '/tools/decision/'); await ctx.close(); }
  else { shared ??= await (await browser.newContext()).newPage(); await shared.goto(srv.url + '/tools/decision/'); }
}
console.log('wall', Date.now() - t0);
await browser.close(); await srv.close();
