/**
 * Copy buttons of the static embed snippets: shown once this script runs, they copy the
 * textarea they point to (data-copy="<id>") and report in the snippet's status line; when the
 * clipboard is refused, the text is selected for a manual copy.
 */
export function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset['wired']) continue;
    button.dataset['wired'] = '1';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const box = document.getElementById(button.dataset['copy'] ?? '') as HTMLTextAreaElement | null;
      const status = button.parentElement?.querySelector('[data-copy-status]');
      if (!box) return;
      try {
        await navigator.clipboard.writeText(box.value);
        if (status) status.textContent = 'Copied to the clipboard.';
      } catch {
        box.focus();
        box.select();
        if (status) status.textContent = 'Copying was blocked: the code is selected, press Ctrl+C (⌘C on a Mac).';
      }
    });
  }
}
