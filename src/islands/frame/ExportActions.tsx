/**
 * The actions under a result that can be pinned and exported (timeline, payback): "Pin for
 * comparison", "Copy as text", "Copy as CSV" and "Print", a status line, and the selected
 * read-only box when the browser refuses the clipboard. The clipboard code loads on the first copy.
 */
import { useRef, useState } from 'preact/hooks';

export interface ExportLabels {
  pin: string;
  copyText: string;
  copyCsv: string;
  print: string;
  pinned: string;
  copied: string;
}

export function ExportActions({
  labels,
  pinLabel,
  hydrated,
  onPin,
  text,
  csv,
}: {
  labels: ExportLabels;
  /** The pin button's words (e.g. says the oldest pin drops out when full). */
  pinLabel: string;
  hydrated: boolean;
  onPin: () => void;
  /** Made on demand: the plain-text and CSV versions of the result. */
  text: () => string | Promise<string>;
  csv: () => string | Promise<string>;
}) {
  const copyBox = useRef<HTMLTextAreaElement>(null);
  const [manualCopy, setManualCopy] = useState('');
  const [status, setStatus] = useState('');
  const copy = async (value: string) => {
    setManualCopy('');
    const { COPY_STATUS, copyText, selectAll } = await import('./clipboard.ts');
    if (await copyText(value)) setStatus(labels.copied);
    else {
      setManualCopy(value);
      setStatus(COPY_STATUS.failed);
      setTimeout(() => selectAll(copyBox.current));
    }
  };
  return (
    <>
      <p class="tool-actions">
        <button type="button" class="button" disabled={!hydrated} onClick={() => (onPin(), setStatus(labels.pinned))}>
          {pinLabel}
        </button>
        <button type="button" class="button button--quiet" disabled={!hydrated} onClick={async () => copy(await text())}>
          {labels.copyText}
        </button>
        <button type="button" class="button button--quiet" disabled={!hydrated} onClick={async () => copy(await csv())}>
          {labels.copyCsv}
        </button>
        <button type="button" class="button button--quiet" disabled={!hydrated} onClick={() => window.print()}>
          {labels.print}
        </button>
      </p>
      <p role="status" class="tool__note">
        {status || null}
      </p>
      {manualCopy ? <textarea class="copy-box" ref={copyBox} readOnly aria-label={labels.copyText} value={manualCopy} rows={8} /> : null}
    </>
  );
}
