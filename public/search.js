// Site search, loaded on demand the first time a reader focuses a search box (see src/scripts/head.js).
// Uses Pagefind's JS API and renders results as text nodes only (no HTML from the index is injected,
// except Pagefind's own excerpt, which we rebuild from plain text with <mark> elements).
let pagefind;

/**
 * Pagefind's options, shared with the tests (tests/dist/pagefind.ts). A match in a guide's `topics`
 * (the glossary terms it explains, src/navigation/search-topics.ts) counts more than one in a title
 * (Pagefind's default title weight is 5), so a term finds the guide that explains it first.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 18, ranking: { metaWeights: { topics: 10 } } };
const load = () => (pagefind ||= import('/pagefind/pagefind.js').then(async (pf) => (await pf.options(PAGEFIND_OPTIONS), pf.init(), pf)));

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts mark hits with <mark>; rebuild them safely from text. */
function excerpt(html) {
  const out = el('span');
  html.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const hit = part.match(/^<mark>(.*)<\/mark>$/);
    const text = (hit ? hit[1] : part).replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]);
    out.append(hit ? el('mark', {}, text) : text);
  });
  return out;
}

function wire(form) {
  if (form.dataset.ready) return;
  form.dataset.ready = '1';
  const input = form.querySelector('input[type=search]');
  const box = form.querySelector('.search__results');
  const live = form.parentElement?.querySelector('[data-search-status]');
  let seq = 0;
  const show = (...nodes) => {
    // Results for a longer query can arrive while the reader is already in the list (arrow keys):
    // keep their place, on the same result if it is still listed, else back in the box. Replacing
    // the focused link dropped focus to the page, where the arrow keys no longer reach the list.
    const active = box.contains(document.activeElement) ? document.activeElement : null;
    const href = active?.getAttribute('href');
    box.replaceChildren(...nodes);
    box.hidden = nodes.length === 0;
    if (active) ([...box.querySelectorAll('a')].find((a) => a.getAttribute('href') === href) ?? input).focus();
  };
  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) return show();
    const pf = await load();
    const res = await pf.debouncedSearch(q, {}, 150);
    if (res === null || mine !== seq) return;
    const data = await Promise.all(res.results.slice(0, 8).map((r) => r.data()));
    if (mine !== seq) return;
    const message = res.results.length ? `${res.results.length} result${res.results.length === 1 ? '' : 's'} for “${q}”` : `No results for “${q}”. Try another word, or browse the guides.`;
    // Screen readers hear the count from a live region that exists before it changes (one in
    // the HTML, outside the hidden panel); the panel shows the same words.
    if (live) live.textContent = message;
    const status = el('p', { className: 'search-status' }, message);
    const list = el('ul', { className: 'search-results' },
      ...data.map((d) => el('li', {}, el('a', { href: d.url }, el('strong', {}, d.meta.title || d.url), excerpt(d.excerpt)))));
    show(status, ...(data.length ? [list] : []));
  };
  input.addEventListener('input', run);
  form.addEventListener('submit', (e) => {
    if (form.hasAttribute('data-search-page')) {
      e.preventDefault();
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
      run();
    }
  });
  form.addEventListener('keydown', (e) => {
    const links = [...box.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement);
    if (e.key === 'Escape' && !form.hasAttribute('data-search-page')) {
      show();
      input.focus();
    } else if (e.key === 'ArrowDown' && links.length) {
      e.preventDefault();
      links[Math.min(i + 1, links.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && links.length) {
      e.preventDefault();
      (i <= 0 ? input : links[i - 1]).focus();
    }
  });
  if (!form.hasAttribute('data-search-page')) {
    document.addEventListener('click', (e) => !form.contains(e.target) && (box.hidden = true));
    input.addEventListener('focus', () => box.childElementCount && (box.hidden = false));
  }
  if (input.value.trim()) run();
  load();
}

/** Wires every search form on the page; safe to call more than once. */
export function init() {
  document.querySelectorAll('form[data-search]').forEach(wire);
  const page = document.querySelector('form[data-search-page] input[type=search]');
  const q = new URLSearchParams(location.search).get('q');
  if (page && q && !page.value) {
    page.value = q.slice(0, 200);
    page.dispatchEvent(new Event('input'));
  }
}
