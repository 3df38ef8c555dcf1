/** What a copy button says once it has tried. */
export const COPY_STATUS = {
  copied: 'Copied to the clipboard.',
  failed: 'Your browser blocked copying. The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.',
} as const;

/**
 * Copies text with the async Clipboard API. Resolves false when the browser refuses (no
 * permission, insecure context, old browser); the caller then shows the text selected in a
 * read-only box so the reader can copy it by hand.
 * @example
 * if (!(await copyText('a,b\n1,2'))) showManualCopy();
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects the whole content of a read-only textarea (the manual-copy fallback). */
export function selectAll(el: HTMLTextAreaElement | null): void {
  if (!el) return;
  el.focus();
  el.select();
}
