/**
 * The built site as the dist tests see it: every HTML page parsed once (happy-dom's DOMParser,
 * no scripts run), plus small readers for files in dist/. scripts/test.mjs builds dist/ first;
 * DIST_DIR points the tests at another build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { fileFor, listPages, pageType } from '../../scripts/budgets.mjs';

export const DIST = process.env.DIST_DIR ?? 'dist';

export interface BuiltPage {
  /** URL path, e.g. '/guides/model-training/' or '/404.html'. */
  path: string;
  /** File in dist/ it is served from. */
  file: string;
  type: string;
  html: string;
  doc: Document;
}

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const parser = new window.DOMParser();

/** Parses HTML without running anything. */
export const parseHtml = (html: string): Document => parser.parseFromString(html, 'text/html') as unknown as Document;

export const PATHS: string[] = existsSync(DIST) ? await listPages(DIST) : [];

/** Every HTML page in dist/, parsed (cached). */
export const PAGES: BuiltPage[] = PATHS.map((path) => {
  const file = fileFor(DIST, path);
  const html = readFileSync(file, 'utf8');
  return { path, file, type: pageType(path), html, doc: parseHtml(html) };
});

export const pageByPath = new Map(PAGES.map((p) => [p.path, p]));

/** Whether dist/ has a file (or a directory index) for a URL path. */
export function existsInDist(urlPath: string): boolean {
  const clean = decodeURIComponent(urlPath);
  if (clean.endsWith('/')) return existsSync(join(DIST, clean, 'index.html'));
  return existsSync(join(DIST, clean));
}

export const readDist = (rel: string): Buffer => readFileSync(join(DIST, rel));

/** The public origin the site was built for (from the home page's canonical URL). */
export const SITE_ORIGIN = (() => {
  const home = pageByPath.get('/');
  const href = home?.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return href ? new URL(href).origin : 'https://train-or-optimize.example.org';
})();

/** Pages that are never listed in the sitemap: the 404 page and the /embed/<tool>/ iframes. */
export const isUnlisted = (p: { path: string; type: string }): boolean => p.type === '404' || p.type === 'embed';

/** Reads the PNG header: width, height (IHDR) or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
