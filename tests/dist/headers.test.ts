/**
 * Security headers: public/_headers (Netlify and Cloudflare Pages) and docs/nginx.conf send the
 * same headers, and together with each page's <meta> Content-Security-Policy they give every
 * response: a strict CSP, nosniff, a strict referrer policy, every powerful feature off, HSTS,
 * and framing only by our own pages, except /embed/* which any site may frame.
 * The matching uses scripts/serve.mjs's own parser, so what is tested is what the e2e tests serve.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/serve.mjs';
import { PAGES, existsInDist, readDist } from './built-site.ts';

const source = readFileSync('public/_headers', 'utf8');
const rules = parseHeaders(source) as { pattern: string; headers: Record<string, string> }[];
const get = (path: string) => headersFor(rules, path) as Record<string, string>;

/** CSP text → directive name → source list (in order). */
function csp(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}
const metaCsp = (doc: Document) => doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const HASHED = /^'(sha(256|384|512)|nonce)-/;

/** Powerful features that must be off (empty allowlist) everywhere. */
const FEATURES_OFF = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'clipboard-read', 'display-capture', 'encrypted-media',
  'fullscreen', 'gamepad', 'geolocation', 'gyroscope', 'hid', 'idle-detection', 'interest-cohort', 'local-fonts',
  'magnetometer', 'microphone', 'midi', 'otp-credentials', 'payment', 'picture-in-picture',
  'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'window-management', 'xr-spatial-tracking',
];
/** The only features allowed, and to whom. */
const FEATURES_ALLOWED: Record<string, string> = { 'clipboard-write': '(self)' };

const htmlPaths = PAGES.map((p) => p.path);
const embedPaths = PAGES.filter((p) => p.type === 'embed').map((p) => p.path);
const sitePaths = htmlPaths.filter((p) => !/^\/embed\//.test(p));
/** Other files a reader's browser fetches (no framing headers needed, but the common ones are). */
const assetPaths = ['/search.js', '/embed.js', '/favicon.svg', '/sitemap.xml', '/rss.xml', '/pagefind/pagefind.js'];

describe('public/_headers', () => {
  test('is copied to dist/_headers unchanged', () => {
    expect(existsInDist('/_headers')).toBe(true);
    expect(readDist('_headers').toString('utf8')).toBe(source);
  });

  test('no header is set by two rules that match the same path (hosts merge those differently)', () => {
    const clashes = [...htmlPaths, ...assetPaths, '/embed/', '/no-such-page/'].flatMap((path) => {
      const seen = new Map<string, string>();
      const out: string[] = [];
      for (const r of rules) {
        if (Object.keys(headersFor([r], path)).length === 0) continue; // the rule does not match
        for (const name of Object.keys(r.headers)) {
          const key = name.toLowerCase();
          if (seen.has(key)) out.push(`${path}: ${name} from "${seen.get(key)}" and "${r.pattern}"`);
          seen.set(key, r.pattern);
        }
      }
      return out;
    });
    expect(clashes).toEqual([]);
  });

  test.each([...htmlPaths, ...assetPaths])('%s gets nosniff, referrer policy, HSTS and the permissions policy', (path) => {
    const h = get(path);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(h['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains; preload');
    const policy = new Map(
      (h['Permissions-Policy'] ?? '').split(',').map((p) => p.trim().split('=') as [string, string]),
    );
    for (const feature of FEATURES_OFF) expect(policy.get(feature), feature).toBe('()');
    const allowed = [...policy].filter(([, v]) => v !== '()');
    expect(Object.fromEntries(allowed)).toEqual(FEATURES_ALLOWED);
  });

  test.each(sitePaths)('%s may only be framed by our own pages', (path) => {
    const h = get(path);
    expect(h['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(csp(h['Content-Security-Policy'] ?? '').get('frame-ancestors')).toEqual(["'self'"]);
  });

  test('there are embed pages to check', () => {
    expect(embedPaths.length).toBeGreaterThanOrEqual(3);
  });

  test.each(embedPaths)('%s may be framed by any site (frame-ancestors *, no X-Frame-Options)', (path) => {
    const h = get(path);
    expect(h['X-Frame-Options']).toBeUndefined();
    expect(csp(h['Content-Security-Policy'] ?? '').get('frame-ancestors')).toEqual(['*']);
  });
});

describe('Content-Security-Policy: header and <meta> together', () => {
  const metas = PAGES.map((p) => [p.path, csp(metaCsp(p.doc))] as const);
  const reference = metas[0]?.[1] ?? new Map<string, string[]>();

  test('every page carries a strict <meta> CSP: hashes, no unsafe-inline or unsafe-eval, WebAssembly allowed for search', () => {
    const problems = metas.flatMap(([path, m]) => {
      const out: string[] = [];
      const script = m.get('script-src') ?? [];
      if (!m.size) return [`${path}: no <meta> CSP`];
      if (!script.length) out.push(`${path}: no script-src`);
      if (script.some((s) => /'unsafe-(inline|eval|hashes)'|^\*$|^https?:$|^data:$/.test(s))) out.push(`${path}: script-src ${script.join(' ')}`);
      if (!script.includes("'wasm-unsafe-eval'")) out.push(`${path}: script-src lacks 'wasm-unsafe-eval' (Pagefind)`);
      if ((m.get('style-src') ?? []).some((s) => /'unsafe-inline'|^\*$/.test(s))) out.push(`${path}: style-src allows unsafe-inline`);
      if (m.get('object-src')?.join(' ') !== "'none'") out.push(`${path}: object-src is not 'none'`);
      if (!m.get('base-uri')) out.push(`${path}: no base-uri`);
      if (m.get('default-src')?.join(' ') !== "'self'") out.push(`${path}: default-src is not 'self'`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  test("every page's <meta> CSP has the same hash-free directives (so one header fits all)", () => {
    const strip = (m: Map<string, string[]>) => JSON.stringify([...m].map(([k, v]) => [k, v.filter((s) => !HASHED.test(s))]));
    expect(metas.filter(([, m]) => strip(m) !== strip(reference)).map(([p]) => p)).toEqual([]);
  });

  test.each([...sitePaths.slice(0, 1), ...embedPaths.slice(0, 1)])(
    "%s: the header repeats the meta policy's hash-free directives and adds frame-ancestors",
    (path) => {
      const header = csp(get(path)['Content-Security-Policy'] ?? '');
      // default-src, script-src and style-src stay in the meta policy only: they need the hashes,
      // and a header default-src would become the fallback for scripts and block the hashed ones.
      const expected = new Map([...reference].filter(([k, v]) => !['default-src', 'script-src', 'style-src'].includes(k) && !v.some((s) => HASHED.test(s))));
      const { 'frame-ancestors': frame, ...rest } = Object.fromEntries(header);
      expect(frame).toBeDefined();
      expect(rest).toEqual(Object.fromEntries(expected));
      expect(get(path)['Content-Security-Policy']).not.toMatch(/unsafe-inline|unsafe-eval'|\*\.|https?:/);
    },
  );
});

describe('docs/nginx.conf', () => {
  const conf = readFileSync('docs/nginx.conf', 'utf8');
  /** add_header values with the $too_* map variables resolved for a path. */
  function nginxHeaders(path: string): Record<string, string> {
    const maps = new Map<string, { re: RegExp; value: string }[]>();
    const defaults = new Map<string, string>();
    for (const m of conf.matchAll(/map \$uri \$(\w+) \{([\s\S]*?)\}/g)) {
      const entries: { re: RegExp; value: string }[] = [];
      for (const line of m[2]!.split('\n')) {
        const e = line.replace(/#.*$/, '').trim().match(/^(\S+)\s+"(.*)";$/);
        if (!e) continue;
        if (e[1] === 'default') defaults.set(m[1]!, e[2]!);
        else entries.push({ re: new RegExp(e[1]!.replace(/^~/, '')), value: e[2]! });
      }
      maps.set(m[1]!, entries);
    }
    const resolveVar = (name: string) => maps.get(name)?.find((e) => e.re.test(path))?.value ?? defaults.get(name) ?? '';
    const out: Record<string, string> = {};
    for (const m of conf.matchAll(/^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\$\w+))\s+always;/gm)) {
      const value = (m[2] ?? m[3]!).replace(/\$(\w+)/g, (_, v: string) => resolveVar(v));
      if (value) out[m[1]!] = value; // nginx sends nothing for an empty value
    }
    return out;
  }

  test.each(['/', '/guides/model-training/', '/embed/decision/', '/search.js'])('%s gets the same headers as from _headers', (path) => {
    expect(nginxHeaders(path)).toEqual(get(path.endsWith('.js') ? '/' : path));
  });
});
