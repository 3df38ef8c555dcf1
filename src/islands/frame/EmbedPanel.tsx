/**
 * "Embed this": a disclosure with the iframe + script snippet for the reader's current inputs, a
 * theme choice and a copy button. The snippet is text in a read-only textarea, never HTML on our page.
 */
import { useRef, useState } from 'preact/hooks';
import { COMMON } from './labels.ts';
import { COPY_STATUS, copyText, selectAll } from './clipboard.ts';
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

/** The panel's words (its summary line is COMMON.embedSummary: the frame shows it before this loads). */
const EMBED = {
  intro: 'Paste this into any web page to show this calculator with the current inputs. The script resizes the frame to fit.',
  label: 'Embed code',
  theme: 'Colours',
  themeHint: 'Automatic follows each reader’s light or dark setting.',
  themes: { light: 'Light', dark: 'Dark', auto: 'Automatic' },
  copy: 'Copy embed code',
  docs: 'How embedding works',
} as const;

export function EmbedPanel({ uid, site, info, search, hydrated }: EmbedProps & { uid: string; hydrated: boolean }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const [theme, setTheme] = useState<EmbedTheme>('light');
  const code = embedCode(site, info, search, theme);
  const copy = async () => {
    if (await copyText(code)) setStatus(COPY_STATUS.copied);
    else {
      selectAll(box.current);
      setStatus(COPY_STATUS.failed);
    }
  };
  return (
    <details class="embed-panel no-print">
      <summary>{COMMON.embedSummary}</summary>
      <p class="tool__note" id={`${uid}-embed-hint`}>
        {EMBED.intro} <a href="/embed/">{EMBED.docs}</a>
      </p>
      <Choices
        id={`${uid}-embed-theme`}
        name={`${uid}-embed-theme`}
        legend={EMBED.theme}
        hint={EMBED.themeHint}
        choices={THEMES.map((value) => ({ value, label: EMBED.themes[value] }))}
        value={theme}
        onValue={(v) => setTheme(v as EmbedTheme)}
      />
      <label class="field__label" for={`${uid}-embed`}>
        {EMBED.label}
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
          {EMBED.copy}
        </button>
        <span role="status">{status}</span>
      </p>
    </details>
  );
}
