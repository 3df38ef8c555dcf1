/**
 * A CDN-style deploy (Netlify, Cloudflare Pages; README → Deploying): dist/ is uploaded as it is,
 * and the host applies dist/_headers. This serves dist/ over HTTP through those same rules
 * (scripts/serve.mjs, as `npm start` and the browser tests do) and checks what a reader's browser
 * receives for one URL of every kind: status, Content-Type, and the security headers, written out
 * here rather than derived from the rules. It also checks the rules the way a CDN reads them: no
 * header is set by two rules that match one path (Cloudflare joins such values, Netlify keeps one).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeaders } from '../../scripts/serve.mjs';
import { serve } from '../../scripts/serve.mjs';
import { DIST, PATHS } from './built-site.ts';

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serve(DIST, { headers: true });
});
afterAll(() => server?.close());

const first = (dir: string, ext: string) => {
  const f = readdirSync(`${DIST}/${dir}`).find((n) => n.endsWith(ext));
  if (!f) throw new Error(`no ${ext} in ${dir}`);
  return `/${dir}/${f}`;
};
const EVERY_RESPONSE = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
};

/**
 * 'not found': a host picks headers by the requested path, and an unknown top-level path matches
 * no framing rule (public/_headers sets framing per section so /embed/* never overlaps), so the
 * 404 page there carries no frame-ancestors: harmless (it has no controls) and checked as such.
 */
type Kind = 'site page' | 'embed page' | 'asset' | 'not found';
const CASES: [string, number, RegExp, Kind][] = [
  ['/', 200, /^text\/html/, 'site page'],
  [PATHS.find((p) => p.startsWith('/guides/') && p !== '/guides/')!, 200, /^text\/html/, 'site page'],
  [PATHS.find((p) => /^\/tools\/[^/]+\/$/.test(p))!, 200, /^text\/html/, 'site page'],
  [PATHS.find((p) => /^\/embed\/[^/]+\/$/.test(p))!, 200, /^text\/html/, 'embed page'],
  ['/no-such-page/', 404, /^text\/html/, 'not found'],
  ['/guides/no-such-guide/', 404, /^text\/html/, 'site page'],
  [first('_astro', '.js'), 200, /^text\/javascript/, 'asset'],
  [first('_astro', '.css'), 200, /^text\/css/, 'asset'],
  ['/pagefind/pagefind.js', 200, /^text\/javascript/, 'asset'],
  [first('og', '.png'), 200, /^image\/png/, 'asset'],
  ['/sitemap.xml', 200, /xml/, 'asset'],
];

describe.each(CASES)('GET %s', (path, status, type, kind) => {
  it(`is ${status} ${type.source}, with the headers every response carries${kind === 'site page' || kind === 'embed page' ? ` and a ${kind}'s framing policy` : ''}`, async () => {
    const res = await fetch(server.url + path, { redirect: 'manual' });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(type);
    for (const [name, value] of Object.entries(EVERY_RESPONSE)) expect(res.headers.get(name), name).toBe(value);
    expect(res.headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
    const csp = res.headers.get('content-security-policy') ?? '';
    if (kind === 'embed page') {
      expect(csp).toMatch(/frame-ancestors \*$/);
      expect(res.headers.get('x-frame-options')).toBeNull();
    } else if (kind === 'site page') {
      expect(csp).toMatch(/frame-ancestors 'self'$/);
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
    if (status === 404) expect(await res.text()).toMatch(/<title>[^<]*not found/i);
  });
});

it('redirects a folder without its trailing slash, as static hosts do', async () => {
  const folder = CASES[1]![0].replace(/\/$/, '');
  const res = await fetch(server.url + folder, { redirect: 'manual' });
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe(folder + '/');
});

it('deploys the same _headers file it was tested with', () => {
  expect(readFileSync(`${DIST}/_headers`, 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
});

it('sets no header twice for any built path (hosts differ on overlapping rules)', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8')) as { pattern: string; headers: Record<string, string> }[];
  const matches = (pattern: string, path: string) =>
    new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$').test(path);
  const files = (readdirSync(DIST, { recursive: true }) as string[]).map((f) => '/' + f);
  const twice: string[] = [];
  for (const path of [...PATHS, ...files]) {
    const seen = new Map<string, string>();
    for (const rule of rules.filter((r) => matches(r.pattern, path))) {
      for (const name of Object.keys(rule.headers)) {
        const key = name.toLowerCase();
        if (seen.has(key)) twice.push(`${path}: ${name} from ${seen.get(key)} and ${rule.pattern}`);
        seen.set(key, rule.pattern);
      }
    }
  }
  expect(twice).toEqual([]);
});

/**
 * `npm start` and the bench serve text in brotli, as a CDN does, so the timings over a slowed
 * network transfer what readers' browsers transfer; images and Pagefind's own compressed files go
 * as they are.
 */
it('with compress, sends text files in brotli to a browser that accepts it, and the same bytes once decoded', async () => {
  const local = await serve(DIST, { headers: true, compress: true });
  try {
    const js = first('_astro', '.js');
    const raw = readFileSync(DIST + js);
    // Node's fetch decodes the body itself, as a browser does.
    const encoded = await fetch(local.url + js, { headers: { 'accept-encoding': 'br' } });
    expect(encoded.headers.get('content-encoding')).toBe('br');
    expect(encoded.headers.get('vary')).toBe('accept-encoding');
    expect(Buffer.from(await encoded.arrayBuffer()).equals(raw)).toBe(true);
    const plain = await fetch(local.url + js, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(raw)).toBe(true);
    const image = await fetch(local.url + first('og', '.png'), { headers: { 'accept-encoding': 'br' } });
    expect(image.headers.get('content-encoding')).toBeNull();
  } finally {
    await local.close();
  }
});
