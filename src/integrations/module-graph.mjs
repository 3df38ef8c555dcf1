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
