/** The per-page CSS pruning (src/integrations/unused-css.mjs) and CSP hash pruning (post-build.mjs). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageClasses, pruneCss, pruneUnusedCss } from '../../src/integrations/unused-css.mjs';
import { pruneCspHashes } from '../../src/integrations/post-build.mjs';

const TAGS = new Set(['p', 'a', 'ul']);

describe('pruneCss', () => {
  it.each([
    ['keeps a rule whose class is on the page', '.a{color:red}', new Set(['a']), '.a{color:red}'],
    ['drops a rule whose class is absent', '.a{color:red}.b{color:blue}', new Set(['a']), '.a{color:red}'],
    ['keeps a list when one selector may match', '.b,.a{x:1}', new Set(['a']), '.b,.a{x:1}'],
    ['keeps :not(), :is(), :has() selectors', ':is(h2,h3):hover .b{x:1}', new Set<string>(), ':is(h2,h3):hover .b{x:1}'],
    ['keeps classes scripts add', '.js .x{}.search-results a{x:1}', new Set(['x']), '.js .x{}.search-results a{x:1}'],
    ['prunes inside @media and drops an emptied block', '@media (width>=60rem){.a{x:1}.b{x:2}}@media print{.b{x:1}}', new Set(['a']), '@media (width>=60rem){.a{x:1}}'],
    ['drops rules for absent optional elements', 'pre code{x:1}p,pre{y:2}table{z:3}', new Set<string>(), 'p,pre{y:2}'],
    ['keeps element rules and @font-face', 'a{x:1}@font-face{src:url(a)}:root{--c:1}', new Set<string>(), 'a{x:1}@font-face{src:url(a)}:root{--c:1}'],
  ])('%s', (_name, css, classes, expected) => {
    expect(pruneCss(css, classes, TAGS)).toBe(expected);
  });

  it('reads classes from class attributes', () => {
    expect([...pageClasses('<p class="a  b"><i class="c">')]).toEqual(['a', 'b', 'c']);
  });

  it('leaves pages with islands alone', () => {
    const html = '<style>.gone{x:1}</style><astro-island></astro-island>';
    expect(pruneUnusedCss(html)).toBe(html);
  });
});

describe('pruneCspHashes', () => {
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  const page = (policy: string, body: string) => `<meta http-equiv="content-security-policy" content="${policy}">${body}`;

  it('keeps only the hashes of the page’s own inline scripts and styles, and adds a pruned style’s new hash', () => {
    const out = pruneCspHashes(
      page(`script-src 'self' ${hash('a()')} ${hash('b()')}; style-src 'self' ${hash('.old{}')} ${hash('.x{}')};`, '<script>a()</script><style>.new{}</style>'),
    );
    expect(out).toContain(hash('a()'));
    expect(out).not.toContain(hash('b()'));
    expect(out).not.toContain(hash('.x{}'));
    expect(out).toContain(`style-src 'self' ${hash('.new{}')}`);
  });
});
