// `npm run analyze`: where each calculator page's JavaScript comes from.
// Builds the site with source maps into a temporary folder (dist/ is untouched), measures every
// tool page as the budgets do (scripts/budgets.mjs), and splits each JS file it loads by source
// module: raw bytes from the source map, and that share of the file's brotli size (an estimate:
// brotli does not compress every module equally). Use it before and after a change that should
// make an island lighter.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';
import { fileFor, kb, measurePage, table } from './budgets.mjs';

const PAGES = process.env.PAGES ? process.env.PAGES.split(',') : ['/tools/decision/', '/tools/comparison/', '/tools/timeline/', '/tools/payback/'];
const TOP = Number(process.env.TOP) || 12;
/** BY_FILE=1: also list each loaded file's source modules (which chunk carries what). */
const BY_FILE = Boolean(process.env.BY_FILE);

const out = await mkdtemp(join(tmpdir(), 'analyze-'));
try {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...process.env, SOURCEMAP: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${(build.stdout + build.stderr).split('\n').slice(-20).join('\n')}`);
  for (const page of PAGES) {
    const m = await measurePage(out, page);
    const js = m.files.filter((f) => f.kind === 'js' || f.kind === 'deferred');
    const bySource = new Map();
    for (const file of js) {
      const shares = await sourceShares(fileFor(out, file.url));
      if (BY_FILE) {
        const parts = [...shares.bytes].sort((a, b) => b[1] - a[1]).map(([source, raw]) => `${source.replace(/^node_modules\//, '')} ${kb(Math.round((raw / shares.total) * file.brotli))}`);
        console.log(`  ${file.url.split('/').pop()} ${kb(file.brotli)}: ${parts.join(', ')}`);
      }
      for (const [source, raw] of shares.bytes) {
        const row = bySource.get(source) ?? { raw: 0, brotli: 0 };
        row.raw += raw;
        row.brotli += (raw / shares.total) * file.brotli;
        bySource.set(source, row);
      }
    }
    const rows = [...bySource].sort((a, b) => b[1].brotli - a[1].brotli);
    const shown = rows.slice(0, TOP).map(([source, r]) => [source, String(r.raw), kb(Math.round(r.brotli))]);
    const rest = rows.slice(TOP).reduce((n, [, r]) => n + r.brotli, 0);
    console.log(`\n${page}  JavaScript after the first interaction ${kb(m.interactionJs)} brotli in ${js.length} files (${js.map((f) => f.url.split('/').pop()).join(', ')})`);
    console.log(table([['source module', 'raw B', '≈ brotli'], ...shown, [`${rows.length - TOP} more`, '', kb(Math.round(rest))]]));
  }
} finally {
  await rm(out, { recursive: true, force: true });
}

/** Bytes of a built JS file per source module, from its source map. */
async function sourceShares(path) {
  const code = await readFile(path, 'utf8');
  // Some small chunks (Vite's preload helper) come without a map: count them whole, by file name.
  const raw = await readFile(`${path}.map`, 'utf8').catch(() => null);
  if (raw === null) return { bytes: new Map([[`(no map) ${path.split('/').pop()}`, code.length]]), total: code.length };
  const map = new TraceMap(raw);
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);
  const segments = [];
  eachMapping(map, (s) => segments.push([lineStart[s.generatedLine - 1] + s.generatedColumn, s.source]));
  segments.sort((a, b) => a[0] - b[0]);
  const bytes = new Map();
  for (let i = 0; i < segments.length; i++) {
    const end = i + 1 < segments.length ? segments[i + 1][0] : code.length;
    const name = segments[i][1] ? relative(process.cwd(), new URL(segments[i][1], `file://${path}`).pathname) : '(unmapped: Astro client, chunk glue)';
    bytes.set(name, (bytes.get(name) ?? 0) + end - segments[i][0]);
  }
  return { bytes, total: code.length };
}
