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

/**
 * A complex selector as what it needs on a page: the classes (SAFE ones left out) and optional tags
 * it names; null when it may always match (:not() :is() :where() :has()).
 */
function requirements(selector) {
  if (/:(not|is|where|has)\(/.test(selector)) return null;
  return {
    classes: [...selector.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((m) => m[1]).filter((c) => !SAFE.test(c)),
    tags: [...selector.matchAll(OPTIONAL_TAGS)].map((m) => m[1]),
  };
}

/** CSS split once into its rules and what each rule's selectors need (see prune). */
function parse(css) {
  return chunks(css).map((chunk) => {
    const open = chunk.indexOf('{');
    if (open === -1) return { chunk };
    const head = chunk.slice(0, open).trim();
    if (head.startsWith('@')) {
      if (!/^@(media|supports|layer|container)\b/.test(head)) return { chunk };
      return { chunk, open, inner: parse(chunk.slice(open + 1, -1)) };
    }
    return { chunk, selectors: selectors(head).map(requirements) };
  });
}

/** The parsed rules that may match on a page with these classes and tags, as CSS. */
function prune(rules, classes, tags) {
  return rules
    .map((rule) => {
      if (rule.inner) {
        const inner = prune(rule.inner, classes, tags);
        return inner.trim() ? `${rule.chunk.slice(0, rule.open + 1)}${inner}}` : '';
      }
      if (!rule.selectors) return rule.chunk;
      const mayMatch = (need) => need === null || (need.classes.every((c) => classes.has(c)) && need.tags.every((t) => tags.has(t)));
      return rule.selectors.some(mayMatch) ? rule.chunk : '';
    })
    .join('');
}

/**
 * Parsed stylesheets by their text: pages of one layout share their inline CSS, so a build parses
 * each stylesheet once, not once per page (that was about 0.25 s per 1,000 pages).
 */
const parsed = new Map();

/**
 * CSS without the rules that match nothing on a page with `classes`.
 * @example pruneCss('.a{color:red}.b{color:blue}', new Set(['a'])) // '.a{color:red}'
 */
export function pruneCss(css, classes, tags = new Set(['pre', 'code', 'mark', 'hr', 'table', 'thead', 'th', 'td', 'blockquote', 'h4', 'img', 'figure', 'dl', 'dt', 'dd', 'kbd'])) {
  let rules = parsed.get(css);
  if (!rules) parsed.set(css, (rules = parse(css)));
  return prune(rules, classes, tags);
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
