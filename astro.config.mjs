// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postBuild from './src/integrations/post-build.mjs';
import intentDirective from './src/integrations/intent/index.mjs';
import hoistImports from './src/integrations/hoist-imports.mjs';

/** Public origin of the deployed site; canonical URLs, sitemap, RSS and OG tags use it. */
const site = process.env.SITE_URL || 'https://train-or-optimize.example.org';

/**
 * The one inline script every page carries (theme before first paint + lazy search loader).
 * Astro cannot hash `is:inline` scripts itself, so we hash the exact bytes here for the CSP.
 */
const headScript = readFileSync(new URL('./src/scripts/head.js', import.meta.url), 'utf8').trim();
const headScriptHash = 'sha256-' + createHash('sha256').update(headScript).digest('base64');

/** A calculator's own modules (island, store, rules, URL codec, constants): the tool is the match. */
const TOOL_MODULE = /src[\\/](?:islands|rules|stores)[\\/](?:url-state[\\/]|constants[\\/])?(timeline|payback|comparison)/;
/**
 * Modules one calculator's island and another's on-demand code share (ids, paths, technique names,
 * link builders and the state a link hands over): each set stays a small chunk of its own, so that
 * opening one tool's hand-offs never loads another tool's whole chunk (tests/dist/budgets.test.ts).
 * A group takes its modules' imports along, so the ones others import come first (higher priority).
 * @type {[RegExp, string][]}
 */
const SHARED_LINKS = [
  [/src[\\/]rules[\\/]decision[\\/]ids\./, 'ids'],
  [/src[\\/]rules[\\/]decision[\\/]paths\./, 'paths'],
  [/src[\\/]rules[\\/]decision[\\/]technique-labels\./, 'technique-labels'],
  [/src[\\/]stores[\\/]payback-links\./, 'payback-links'],
  [/src[\\/]islands[\\/]frame[\\/]clipboard\./, 'clipboard'],
  [/src[\\/](rules[\\/]timeline[\\/](ids|field-labels)|stores[\\/]plan-request)\./, 'plan-request'],
  [/src[\\/](stores[\\/]comparison|rules[\\/]url-state[\\/]comparison|rules[\\/]comparison[\\/](tags|messages))\./, 'comparison-state'],
];

export default defineConfig({
  site,
  // A build keeps its content data store in cacheDir (node_modules/.astro by default). The builds of
  // temporary copies (scripts/budgets.mjs buildCopy: the scale check, the bench; and the frontmatter
  // test's throwaway `astro sync`) share this project's node_modules through a link, so each names
  // a cacheDir of its own: without it, each copy wrote its generated guides (or its broken fixture)
  // into this project's data store, and two at once would write one file.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // Babel (the Preact integration's JSX transform) only where JSX can be: .tsx/.jsx. By default it
  // parsed and re-printed every .ts and .js module too, content modules included, about 1.5 s of a
  // 1,000-guide build for the same output (dist/ is byte-identical); Vite strips TypeScript itself.
  integrations: [mdx(), preact({ include: [/\.[jt]sx$/] }), intentDirective(), postBuild()],
  vite: {
    // Each island's entry file requests every chunk its code needs at once (see the plugin).
    plugins: [hoistImports()],
    // Our islands take props only, so they hydrate through a slimmer renderer entry that joins the
    // frame chunk (src/islands/frame/client.ts; the server side stays @astrojs/preact's own).
    resolve: { alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: fileURLToPath(new URL('./src/islands/frame/client.ts', import.meta.url)) }] },
    build: {
      sourcemap: !!process.env.SOURCEMAP,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Each file compresses on its own, so many small files cost more bytes than a few larger ones
            // (measured with `npm run analyze`). Every calculator needs the same core (Preact, nanostores,
            // the tool frame, URL sync, field checks and messages): one `frame` chunk, cached across tools.
            // What one calculator's first interaction loads of its own goes into one chunk per tool
            // (`$initial`: statically reachable from the island; its on-demand parts stay split off).
            // The GPU table, the export buttons, the assumptions list and the display formats of days, hours
            // and dollars serve the estimator and the payback calculator: one chunk for both. Priorities settle modules two groups match (higher wins).
            // Frame modules only one calculator uses stay out of `frame` and join that tool's chunk: `Deferred`
            // (the estimator's on-demand chart and explanations) cost the other three 0.23 KB each.
            groups: [
              {
                name: 'frame',
                priority: 20,
                test: /node_modules[\\/](nanostores|@nanostores)[\\/]|src[\\/](islands[\\/]frame[\\/](?!EmbedPanel|embed-code|ExportActions|Assumptions|format|clipboard|export-format|Deferred)|stores[\\/]url-sync|rules[\\/](url-state[\\/]codec|validate[\\/]|messages|result)|config[\\/])/,
              },
              {
                name: 'gpus',
                priority: 2,
                test: /src[\\/](rules[\\/]constants[\\/]hardware|rules[\\/]timeline[\\/](gpus|range)|islands[\\/]frame[\\/](ExportActions|Assumptions|format))/,
              },
              ...SHARED_LINKS.map(([test, name], i) => ({ name, test, priority: 10 - i })),
              { name: (id) => TOOL_MODULE.exec(id)?.[1] ?? null, test: TOOL_MODULE, tags: ['$initial'] },
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
