/**
 * Adds a "#" link to every h2 and h3 that has an id, so readers can copy a link to a section
 * (right-click or long-press; no script). Search ignores the "#".
 * @example addHeadingAnchors('<h2 id="a">A</h2>') // '<h2 id="a">A<a class="heading-anchor" href="#a" …>#</a></h2>'
 */
export function addHeadingAnchors(html: string): string {
  return html.replace(
    /<(h[23]) id="([^"]+)"([^>]*)>([\s\S]*?)<\/\1>/g,
    (_m, tag: string, id: string, attrs: string, inner: string) =>
      `<${tag} id="${id}"${attrs}>${inner}<a class="heading-anchor" href="#${id}" aria-label="Link to this section" data-pagefind-ignore>#</a></${tag}>`,
  );
}
