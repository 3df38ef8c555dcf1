/**
 * `client:intent`: hydrates an island on the reader's first sign of use inside it (pointer over
 * it, focus in it, a touch or a key press), or at once when the address carries state for it
 * (`client:intent={['has', 'acc', …]}`: the tool's URL keys). Nothing of the island loads before.
 *
 * The reader's first action is never lost. The server HTML is a working form, so a radio clicked
 * or digits typed while the island loads change the page at once; the directive records each
 * control's last value from those real events and, when the island is live (its frame carries
 * `data-hydrated`), puts the values back and replays them as ordinary input/change events, which
 * the island's own handlers count. Written like Astro's built-in directives
 * (packages/astro/src/runtime/client/visible.ts): a default-exported ClientDirective.
 */
import type { ClientDirective } from 'astro';

/** Events that show the reader is about to use the island (pointerover bubbles; pointerenter does not). */
const INTENT = ['pointerover', 'focusin', 'touchstart', 'keydown'] as const;
/** Longest wait for the island to say it is live before replaying anyway. */
const READY_TIMEOUT_MS = 5000;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isControl(target: EventTarget | null): target is Control {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/** Resolves once an element inside `el` carries data-hydrated (the frame's sign that its effects ran). */
function ready(el: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (el.querySelector('[data-hydrated]')) return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (el.querySelector('[data-hydrated]')) done();
    });
    observer.observe(el, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'], childList: true });
    const timer = setTimeout(done, READY_TIMEOUT_MS);
  });
}

/**
 * Requests the chunks the island's code imports (its `data-preload`, written at build time by
 * src/integrations/post-build.mjs) beside its entry, so all of its code arrives in one round trip.
 */
function preload(el: HTMLElement): void {
  for (const href of el.dataset['preload']?.split(' ') ?? []) {
    if (!href || document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

const intentDirective: ClientDirective = (load, options, el) => {
  const keys = Array.isArray(options.value) ? (options.value as string[]) : [];
  /** Each control the reader changed before the island was live, with its last value. */
  const changed = new Map<Control, { value: string; checked: boolean }>();
  const record = (e: Event) => {
    if (isControl(e.target)) {
      const c = e.target;
      changed.delete(c); // keep the order of the last changes
      changed.set(c, { value: c.value, checked: 'checked' in c ? c.checked : false });
    }
  };
  el.addEventListener('input', record, true);
  el.addEventListener('change', record, true);

  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of INTENT) el.removeEventListener(type, start, true);
    preload(el);
    const hydrate = await load();
    await hydrate();
    await ready(el);
    el.removeEventListener('input', record, true);
    el.removeEventListener('change', record, true);
    for (const [c, last] of changed) {
      if (!c.isConnected) continue;
      const text = c instanceof HTMLTextAreaElement || (c instanceof HTMLInputElement && c.type !== 'radio' && c.type !== 'checkbox');
      if (c instanceof HTMLInputElement && !text) c.checked = last.checked;
      else c.value = last.value;
      c.dispatchEvent(new Event(text ? 'input' : 'change', { bubbles: true }));
    }
    changed.clear();
  };
  for (const type of INTENT) el.addEventListener(type, start, { capture: true, passive: true });

  const search = new URLSearchParams(location.search);
  if (keys.some((k) => search.has(k))) void start();
};

export default intentDirective;
