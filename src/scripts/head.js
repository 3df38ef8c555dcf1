(() => {
  const d = document.documentElement;
  const q = new URLSearchParams(location.search).get('theme');
  let t = null;
  try { t = localStorage.getItem('theme'); } catch {}
  if (location.pathname.startsWith('/embed/') && (q === 'light' || q === 'dark')) t = q;
  if (t === 'light' || t === 'dark') d.dataset.theme = t;
  const dark = () => (d.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const sync = () => document.querySelectorAll('[data-theme-toggle]').forEach((b) => b.setAttribute('aria-pressed', String(dark())));
  let search;
  const openSearch = () => (search ||= import('/search.js').then((m) => m.init()));
  document.addEventListener('DOMContentLoaded', () => {
    sync();
    if (document.querySelector('[data-search-page]')) openSearch();
  });
  document.addEventListener('click', (e) => {
    const b = e.target.closest?.('[data-theme-toggle]');
    if (!b) return;
    d.dataset.theme = dark() ? 'light' : 'dark';
    try { localStorage.setItem('theme', d.dataset.theme); } catch {}
    sync();
  });
  document.addEventListener('focusin', (e) => e.target.closest?.('[data-search]') && openSearch());
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !e.target.closest?.('input,textarea,select,[contenteditable]')) {
      const i = document.querySelector('[data-search] input');
      if (i) { e.preventDefault(); i.focus(); }
    }
  });
})();
