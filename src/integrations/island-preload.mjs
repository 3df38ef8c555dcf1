// Flattens the fetch of a calculator's code on the reader's first sign of use. An island's entry
// (`component-url`) is a one-line file that imports the tool's chunk, which imports the shared frame
// and small shared chunks: fetched one level at a time, that is three round trips before the island
// can run. Each client:intent island gets `data-preload` with every file its entry and renderer
// import statically, and the directive (src/integrations/intent/directive.ts) asks for all of them
// at once as module preloads when it starts. Nothing loads before that.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The module specifiers a built JS file imports statically (`import … from`, `export … from`,
 * `import "…"`); dynamic import() is left out.
 * @example staticImports('import{a}from"./frame.js";export{b}from"./x.js"') // ['./frame.js', './x.js']
 */
export function staticImports(js) {
  const out = [];
  for (const m of js.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1]);
  return out;
}

const ISLAND = /<astro-island\b([^>]*)>/g;
const attr = (attrs, name) => attrs.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * Adds `data-preload` to every client:intent island of the given pages (post-build.mjs writes the pages that
 * change): the site paths of the files its component and renderer import, transitively, in the
 * order found, without the two entries themselves (the directive loads those).
 * @param {string} dist built site folder
 * @param {{ file: string, html: string }[]} pages every HTML page, read once (updated in place)
 */
export async function addIslandPreloads(dist, pages) {
  const importsOf = new Map();
  const read = (path) => {
    if (!importsOf.has(path)) importsOf.set(path, readFile(join(dist, path), 'utf8').then(staticImports, () => []));
    return importsOf.get(path);
  };
  const closure = async (entries) => {
    const seen = new Set(entries);
    const queue = [...entries];
    while (queue.length) {
      const path = queue.shift();
      for (const spec of await read(path)) {
        if (!/^\.{1,2}\//.test(spec) && !spec.startsWith('/')) continue;
        const next = new URL(spec, `http://x${path}`).pathname;
        if (!seen.has(next)) (seen.add(next), queue.push(next));
      }
    }
    return [...seen].filter((p) => !entries.includes(p));
  };
  await Promise.all(
    pages.map(async (page) => {
      if (!page.html.includes('<astro-island')) return;
      const tags = [...page.html.matchAll(ISLAND)].filter((m) => attr(m[1], 'client') === 'intent' && !/\sdata-preload=/.test(m[1]));
      if (!tags.length) return;
      const extra = await Promise.all(tags.map((m) => closure([attr(m[1], 'component-url'), attr(m[1], 'renderer-url')].filter(Boolean))));
      let i = 0;
      page.html = page.html.replace(ISLAND, (tag, attrs) => {
        if (attr(attrs, 'client') !== 'intent' || /\sdata-preload=/.test(attrs)) return tag;
        const files = extra[i++];
        return files.length ? `<astro-island data-preload="${files.join(' ')}"${attrs}>` : tag;
      });
    }),
  );
}
