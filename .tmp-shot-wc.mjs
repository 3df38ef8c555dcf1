import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png':'image/png', '.woff2':'font/woff2' };
const root = resolve('/tmp/wc/dist');
const server = createServer(async (req, res) => {
  let file = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
  const body = await readFile(file).catch(() => null);
  res.writeHead(body ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body ?? '');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'] });
for (const scheme of ['light','dark']) for (const w of [320, 1280]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  const problems=[];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(url + '/guides/making-the-decision/', { waitUntil: 'networkidle' });
  const fig = page.locator('figure.flow');
  await fig.screenshot({ path: `/tmp/wc/shots/flow-${scheme}-${w}.png` });
  if (scheme==='light' && w===320) {
    for (const slug of ['when-to-train-first','when-to-optimize-first','sequential-approach','making-the-decision']) {
      await page.goto(url + `/guides/${slug}/`, { waitUntil: 'networkidle' });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
      console.log(slug, violations.map(v=>`${v.id} x${v.nodes.length}: ${v.nodes[0].target}`));
      const sw = await page.evaluate(()=>document.documentElement.scrollWidth);
      console.log('scrollWidth', sw);
    }
  }
  if (scheme==='dark' && w===320) {
    await page.goto(url + '/guides/making-the-decision/', { waitUntil: 'networkidle' });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa']).analyze();
    console.log('dark', violations.map(v=>`${v.id} x${v.nodes.length}: ${v.nodes[0].target}`));
  }
  console.log(scheme,w,problems);
  await ctx.close();
}
await browser.close(); server.close();
