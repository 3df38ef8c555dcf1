/**
 * A Vite plugin for the client build: every entry chunk (each island's file, the renderer entry)
 * imports, directly, every chunk it needs through static imports, as Rollup's
 * `output.hoistTransitiveImports` does (Rolldown has no such option: it takes only `false`).
 *
 * Without it, an island's code loaded in three rounds: its entry file, a two-line facade for its
 * tool's chunk; then that chunk; and only once that had arrived and been parsed, the chunks the
 * tool's chunk imports (the GPU table, the hand-off ids, …). In Chromium with the CPU 4× slower over
 * DevTools' Slow 4G, the estimator's first interaction waited about 250 ms on that third round
 * (2026-11-26; `npm run bench` prints the first interaction's timings).
 * With the imports hoisted, every chunk is requested as soon as the entry has arrived.
 *
 * Evaluation order is unchanged where it matters: each module still runs after its own imports,
 * and our modules have no side effects that depend on the order of siblings.
 */
import { reachable } from './module-graph.mjs';

/** @returns {import('vite').Plugin} */
export default function hoistImports() {
  return {
    name: 'train-or-optimize:hoist-imports',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        // Chunks of the client build sit in one folder (_astro/), so a sibling path is enough.
        const dir = chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1);
        const needed = reachable(chunk.imports, (f) => bundle[f]?.imports ?? []);
        const missing = needed.filter((f) => !chunk.imports.includes(f) && f.startsWith(dir) && !f.slice(dir.length).includes('/'));
        if (!missing.length) continue;
        chunk.code = missing.map((f) => `import"./${f.slice(dir.length)}";`).join('') + chunk.code;
        chunk.imports.push(...missing);
      }
    },
  };
}
