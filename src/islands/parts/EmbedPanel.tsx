/**
 * "Embed this": a disclosure with the iframe + script snippet for the reader's current inputs and
 * a copy button. The snippet is text in a read-only textarea, never HTML on our page.
 */
import { useRef, useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common.ts';
import { copyText, selectAll } from './clipboard.ts';
import { embedCode, type ToolId } from './embed-code.ts';

interface Props {
  uid: string;
  tool: ToolId;
  site: string;
  /** The encoded inputs, e.g. '?has=no'. */
  search: string;
  hydrated: boolean;
}

export function EmbedPanel({ uid, tool, site, search, hydrated }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const code = embedCode(site, tool, search);
  const copy = async () => {
    if (await copyText(code)) setStatus(COMMON.copied);
    else {
      selectAll(box.current);
      setStatus(COMMON.copyFailed);
    }
  };
  return (
    <details class="embed-panel no-print">
      <summary>{COMMON.embedSummary}</summary>
      <p class="tool__note" id={`${uid}-embed-hint`}>
        {COMMON.embedIntro} <a href="/embed/">{COMMON.embedDocs}</a>
      </p>
      <label class="field__label" for={`${uid}-embed`}>
        {COMMON.embedLabel}
      </label>
      <textarea
        class="copy-box"
        id={`${uid}-embed`}
        ref={box}
        readOnly
        rows={4}
        aria-describedby={`${uid}-embed-hint`}
        value={code}
        onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()}
      />
      <p class="embed-snippet__actions">
        <button type="button" class="button button--quiet button--small" disabled={!hydrated} onClick={copy}>
          {COMMON.embedCopy}
        </button>
        <span role="status">{status}</span>
      </p>
    </details>
  );
}
