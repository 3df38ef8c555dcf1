// Drops, from a page's inline <style>, the rules that cannot match anything on that page, so an
// article ships the CSS it uses (issue 12.2: guides and posts ≤ 10 KB brotli). Conservative:
//  - only on pages without islands (an island's markup changes after hydration);
//  - a rule goes only when every selector in its list names a class found in no class="" on the
//    page, or an element (pre, table, hr…) the page lacks; selectors with :not() :is() :where()
//    :has() always stay;
//  - classes that scripts add at run time stay (SAFE: the head script's `js`, search.js's panel).
// Pure string work on minified CSS, unit-tested in tests/content/unused-css.test.ts.

/** Classes added by scripts, never present in the built HTML. */
export const SAFE = /^(js|search-results|search-status)$/;

/** Splits CSS (or a block's body) into top-level chunks: `selector{…}` or `@rule{…}` / `@rule;`. */
function chunks(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const end = css.indexOf(c, i + 1);
      i = end === -1 ? css.length : end;
    } else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push(css.slice(start, i + 1));
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < css.length) out.push(css.slice(start));
  return out;
}

/** Top-level comma split of a selector list. */
function selectors(list) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/** Elements that scripts never add and that only some pages have; a selector naming an absent one goes. */
const OPTIONAL_TAGS = /(?:^|[\s>+~])(pre|code|mark|hr|table|thead|th|td|blockquote|h4|img|figure|dl|dt|dd|kbd)(?=$|[\s>+~.:[])/g;

/** Whether a complex selector may match on a page with these classes and tags. */
function mayMatch(selector, classes, tags) {
  if (/:(not|is|where|has)\(/.test(selector)) return true;
  for (const m of selector.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) if (!classes.has(m[1]) && !SAFE.test(m[1])) return false;
  for (const m of selector.matchAll(OPTIONAL_TAGS)) if (!tags.has(m[1])) return false;
  return true;
}

/**
 * CSS without the rules that match nothing on a page with `classes`.
 * @example pruneCss('.a{color:red}.b{color:blue}', new Set(['a'])) // '.a{color:red}'
 */
export function pruneCss(css, classes, tags = new Set(['pre', 'code', 'mark', 'hr', 'table', 'thead', 'th', 'td', 'blockquote', 'h4', 'img', 'figure', 'dl', 'dt', 'dd', 'kbd'])) {
  return chunks(css)
    .map((chunk) => {
      const open = chunk.indexOf('{');
      if (open === -1) return chunk;
      const head = chunk.slice(0, open).trim();
      if (head.startsWith('@')) {
        if (!/^@(media|supports|layer|container)\b/.test(head)) return chunk;
        const inner = pruneCss(chunk.slice(open + 1, -1), classes, tags);
        return inner.trim() ? `${chunk.slice(0, open + 1)}${inner}}` : '';
      }
      return selectors(head).some((s) => mayMatch(s, classes, tags)) ? chunk : '';
    })
    .join('');
}

/** Every class named in a page's class="" attributes. */
export function pageClasses(html) {
  const out = new Set();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) out.add(c);
  return out;
}

/**
 * The page with its inline styles pruned (unchanged when it has an island).
 * @returns {string}
 */
export function pruneUnusedCss(html) {
  if (/<astro-island\b/.test(html)) return html;
  const classes = pageClasses(html);
  const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]));
  return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) => open + pruneCss(css, classes, tags) + close);
}
