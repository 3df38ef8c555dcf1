// Serves the built site (dist/) like a static host would: directory indexes, 404.html, the
// headers from public/_headers, and (with `compress`) text files in brotli to a browser that
// accepts it. Used by `npm start`, the bench and the browser tests.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
};

/** Types a static host compresses (Pagefind's own files are compressed already). */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.txt']);

/** Parses Netlify/Cloudflare-style `_headers`: a path pattern line, then indented `Name: value` lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** Headers for a URL path: every matching rule applies, later rules override earlier ones. */
export function headersFor(rules, path) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
    if (re.test(path)) Object.assign(out, headers);
  }
  return out;
}

/**
 * Starts a static server for `dir` on 127.0.0.1.
 * @param {string} dir folder to serve
 * @param {{ port?: number, headers?: boolean, compress?: boolean, extra?: Record<string, string | Buffer> }} [options] port 0 picks a free one;
 *   headers applies dist/_headers; compress sends text files in brotli (quality 11, each file
 *   compressed once) when the request accepts it, as a CDN would, so timings over a slowed network
 *   transfer what readers' browsers transfer (the browser tests leave it off: it costs CPU and
 *   changes nothing they check); extra serves more files by URL path (the browser tests add axe-core)
 */
export async function serve(dir, { port = 0, headers = true, compress = false, extra = {} } = {}) {
  const root = resolve(dir);
  /** Brotli bodies by file path, made on first request. */
  const compressed = new Map();
  const brotli = (file, body) => {
    if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    return compressed.get(file);
  };
  const rules = headers ? parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => '')) : [];
  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    // Files a caller adds beside dist/ (the browser tests serve axe-core this way, so Chromium
    // caches its compiled code from page to page), with the path's headers from _headers.
    const added = Object.hasOwn(extra, pathname) ? extra[pathname] : undefined;
    if (added) {
      res.writeHead(200, { 'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600', ...headersFor(rules, pathname) });
      return res.end(req.method === 'HEAD' ? undefined : added);
    }
    let file = join(root, pathname);
    if (!(file + '/').startsWith(root + '/')) return res.writeHead(403).end();
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return res.writeHead(301, { location: pathname + '/' }).end();
      file = join(file, 'index.html');
    }
    let body = await readFile(file).catch(() => null);
    let status = 200;
    if (!body) {
      status = 404;
      file = join(root, '404.html');
      body = await readFile(file).catch(() => Buffer.from('Not found'));
    }
    const encoded = compress && TEXT.has(extname(file)) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (encoded) body = brotli(file, body);
    res.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(compress ? { vary: 'accept-encoding' } : {}),
      ...(encoded ? { 'content-encoding': 'br' } : {}),
      ...headersFor(rules, pathname),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve('dist', { port, compress: true });
  console.log(`Serving dist/ at ${url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C to stop)`);
}
