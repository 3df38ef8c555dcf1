/**
 * Runs inside /embed/* pages. When the page sits in an iframe, it tells the parent its height on
 * every size change, so public/embed.js on the host page can size the iframe with no scrollbar.
 * Message shape (documented in public/embed.js and on /embed/):
 *   { type: 'train-or-optimize:resize', height: number }   // CSS pixels, integer
 * The height is not sensitive, so any parent may read it ('*'); the host-side script is the one
 * that checks origins.
 */
export const RESIZE_MESSAGE = 'train-or-optimize:resize';

/** Starts reporting the document height to the parent window; returns a stop function. */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = 0;
  const post = () => {
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(win.document.body);
  post();
  return () => observer.disconnect();
}
