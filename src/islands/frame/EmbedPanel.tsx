/**
 * "Embed this": a disclosure with the iframe + script snippet for the reader's current inputs, a
 * theme choice and a copy button. The snippet is text in a read-only textarea, never HTML on our page.
 */
import { useRef, useState } from 'preact/hooks';
import { COMMON } from './labels.ts';
import { copyText, selectAll } from './clipboard.ts';
import { Choices } from './Field.tsx';
import { embedCode, type EmbedInfo, type EmbedTheme } from './embed-code.ts';

export interface EmbedProps {
  /** The site's public origin (the snippet's addresses). */
  site: string;
  info: EmbedInfo;
  /** The encoded inputs, e.g. '?has=no'. */
  search: string;
}

const THEMES = ['light', 'dark', 'auto'] as const;

export function EmbedPanel({ uid, site, info, search, hydrated }: EmbedProps & { uid: string; hydrated: boolean }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const [theme, setTheme] = useState<EmbedTheme>('light');
  const code = embedCode(site, info, search, theme);
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
      <Choices
        id={`${uid}-embed-theme`}
        name={`${uid}-embed-theme`}
        legend={COMMON.embedTheme}
        hint={COMMON.embedThemeHint}
        choices={THEMES.map((value) => ({ value, label: COMMON.embedThemes[value] }))}
        value={theme}
        onValue={(v) => setTheme(v as EmbedTheme)}
      />
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
