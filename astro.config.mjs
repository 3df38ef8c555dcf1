// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postBuild from './src/integrations/post-build.mjs';
import intentDirective from './src/integrations/intent/index.mjs';

/** Public origin of the deployed site; canonical URLs, sitemap, RSS and OG tags use it. */
const site = process.env.SITE_URL || 'https://train-or-optimize.example.org';

/**
 * The one inline script every page carries (theme before first paint + lazy search loader).
 * Astro cannot hash `is:inline` scripts itself, so we hash the exact bytes here for the CSP.
 */
const headScript = readFileSync(new URL('./src/scripts/head.js', import.meta.url), 'utf8').trim();
const headScriptHash = 'sha256-' + createHash('sha256').update(headScript).digest('base64');

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), preact(), intentDirective(), postBuild()],
  vite: {
    build: {
      sourcemap: !!process.env.SOURCEMAP,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Every calculator needs the same core (Preact, nanostores, the tool frame, URL sync, field
            // checks and messages): one chunk, instead of the many small ones automatic splitting makes
            // as islands and their on-demand parts share modules differently (each file compresses on
            // its own, so many small files cost more bytes; measured with `npm run analyze`). The frame's
            // parts that load on demand or serve only some calculators stay out of it.
            groups: [
              {
                name: 'frame',
                test: /node_modules[\\/](nanostores|@nanostores)[\\/]|src[\\/](islands[\\/]frame[\\/](?!EmbedPanel|embed-code|ExportActions|clipboard|csv)|stores[\\/]url-sync|rules[\\/](url-state[\\/]codec|validate[\\/]|messages|result)|config[\\/])/,
              },
            ],
          },
        },
      },
    },
    define: { __HEAD_SCRIPT__: JSON.stringify(headScript) },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; nothing else is relaxed.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [/** @type {any} */ (headScriptHash)] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
