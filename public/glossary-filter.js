// Glossary filter (progressive enhancement): without JavaScript the full list shows and the box stays hidden.
(() => {
  const box = document.querySelector('[data-glossary-filter]');
  if (!box) return;
  const input = box.querySelector('input');
  const status = box.querySelector('[role="status"]');
  const items = [...document.querySelectorAll('.glossary__item')];
  const sections = [...document.querySelectorAll('[data-glossary-letter]')];
  box.hidden = false;
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const item of items) {
      const match = !q || item.textContent.toLowerCase().includes(q);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const s of sections) s.hidden = !s.querySelector('.glossary__item:not([hidden])');
    status.textContent = q ? `${shown} of ${items.length} terms` : '';
  });
})();
