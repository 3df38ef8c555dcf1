// Screenshots of built pages at 390 px and 1280 px, light and dark, for a human look (and the README image).
// Usage: node scripts/screenshots.mjs <outDir> /path/ [/other/ …]
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const srv = await serve('dist');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
for (const path of paths.length ? paths : ['/']) {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      await page.goto(srv.url + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(`${outDir}/${name}`);
    }
  }
}
await browser.close();
await srv.close();
