// Reading built JavaScript: which files a module imports statically (scripts/budgets.mjs, dist tests).

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

/**
 * A built file's static imports as site paths (`/_astro/frame.js`), resolved against the file's own
 * site path `from`; bare specifiers (none in a built site) are left out.
 * @example staticImportPaths('import"./frame.js"', '/_astro/Island.js') // ['/_astro/frame.js']
 */
export function staticImportPaths(js, from) {
  return staticImports(js)
    .filter((spec) => /^[./]/.test(spec))
    .map((spec) => new URL(spec, `https://site${from}`).pathname);
}

/**
 * The files a built JS file loads on demand (`import("./Detail.js")`), as site paths resolved
 * against the file's own site path `from`.
 * @example dynamicImportPaths('()=>import("./Detail.js")', '/_astro/timeline.js') // ['/_astro/Detail.js']
 */
export function dynamicImportPaths(js, from) {
  return [...js.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => new URL(m[1], `https://site${from}`).pathname);
}

/**
 * `start` and everything reachable from it by following `next` (e.g. a file's imports), nearest
 * first, each once.
 * @template T
 * @param {Iterable<T>} start
 * @param {(item: T) => Iterable<T>} next
 * @returns {T[]}
 * @example reachable(importsOf('/a.js'), importsOf) // every file a.js imports, directly or not
 */
export function reachable(start, next) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const item = queue.shift();
    if (seen.has(item)) continue;
    seen.add(item);
    queue.push(...next(item));
  }
  return [...seen];
}
