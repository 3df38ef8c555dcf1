/**
 * The frame every calculator shares: the URL warning, the form (a plain GET form to the tool's
 * page, so it works without JavaScript) with its error summary and buttons, the result panel, the
 * compact result bar for narrow screens, the single polite live region, focus handling on submit
 * and the "Embed this" panel. An island supplies only its fields, its result and its words.
 *
 * @example
 * <ToolFrame tool="payback" uid={uid} level={level} hydrated={hydrated} errors={fieldErrors}
 *   titles={{ form: PAYBACK.formTitle, result: PAYBACK.resultTitle }} live={announcement}
 *   form={<>…fields…</>} result={<>…</>} bar={<>…one line…</>} embed={embed && { ...embed, search }} />
 */
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { toolPath, type ToolId } from '../../config/tool-ids.ts';
import type { Issue } from '../../rules/index.ts';
import { $urlIssues } from '../../stores/url-sync.ts';
import type { EmbedProps } from './EmbedPanel.tsx';
import { SERVER_PARTS } from './server-parts.ts';
import { useLazy } from './lazy.ts';
import { ErrorSummary, type FieldError } from './ErrorSummary.tsx';
import { FormActions } from './Field.tsx';
import { COMMON } from './labels.ts';
import { useLiveRegion } from './live.ts';
import { UrlWarning } from './UrlWarning.tsx';

export type { FieldError };

export interface ToolFrameProps {
  tool: ToolId;
  /** The island's id prefix (unique on the page). */
  uid: string;
  /** Heading level of the form and result titles (2 on tool pages, 3 inside articles). */
  level: 2 | 3;
  hydrated: boolean;
  titles: { form: string; result: string };
  /** A short note under the form title. */
  intro?: ComponentChildren;
  /** The fields' errors: a summary above the form when there are two or more; submit focuses them. */
  errors: readonly FieldError[];
  /** What the live region says when the result changes (not on load). */
  live: string;
  form: ComponentChildren;
  result: ComponentChildren;
  /** One line for the compact result bar on narrow screens (left out: no bar). */
  bar?: ComponentChildren;
  /** After the form and result (e.g. pinned estimates). */
  after?: ComponentChildren;
  /** "Embed this" (tool pages only). */
  embed?: EmbedProps | undefined;
  /** The result in a few figures for the host page of an embed (see FrameShell). */
  report?: Record<string, unknown> | undefined;
  /** The result heading, for islands that move focus to it (e.g. after a hand-off). */
  resultRef?: Ref<HTMLHeadingElement>;
}

/** An island's field errors from its rules result: first message per field, each linked to its control. */
export function fieldErrors(uid: string, issues: readonly Issue[] | null): { byField: Partial<Record<string, string>>; list: FieldError[] } {
  const byField: Partial<Record<string, string>> = {};
  const list: FieldError[] = [];
  for (const issue of issues ?? []) {
    if (byField[issue.field] !== undefined) continue;
    byField[issue.field] = issue.message;
    list.push({ target: `${uid}-${issue.field === 'input' ? 'form' : issue.field}`, message: issue.message });
  }
  return { byField, list };
}

export interface FrameShellProps {
  tool: ToolId;
  uid: string;
  hydrated: boolean;
  /** What the live region says when the result changes (not on load). */
  live: string;
  embed?: EmbedProps | undefined;
  /** The result in a few figures, posted to the host page when the tool runs in an iframe. */
  report?: Record<string, unknown> | undefined;
  children: ComponentChildren;
}

/** The message an embedded calculator posts to its host page on each result (documented on /embed/). */
export const RESULT_MESSAGE = 'train-or-optimize:result';

/**
 * Posts `{ type: 'train-or-optimize:result', tool, shared, ...report }` to the host page when the
 * island runs inside an iframe: once the reader has used it, then on each change of the result.
 * `shared`: the embed was opened with inputs in its address (a shared or pre-filled setup).
 */
function useResultReport(tool: ToolId, hydrated: boolean, report: Record<string, unknown> | undefined): void {
  const key = report ? JSON.stringify(report) : '';
  useEffect(() => {
    if (!hydrated || !report || window.parent === window) return;
    const keys = [...new URLSearchParams(location.search).keys()].filter((k) => k !== 'theme');
    window.parent.postMessage({ type: RESULT_MESSAGE, tool, shared: keys.length > 0, ...report }, '*');
  }, [hydrated, key]);
}

/**
 * The outer frame alone: URL warning, the island's own layout, "Embed this" and the live region.
 * ToolFrame builds on it; a tool whose form and result are one piece (the comparison table) uses
 * it directly.
 */
export function FrameShell({ tool, uid, hydrated, live, embed, report, children }: FrameShellProps) {
  useResultReport(tool, hydrated, report);
  const urlIssues = useStore($urlIssues, { ssr: () => [] as Issue[] });
  const spoken = useLiveRegion(live);
  // "Embed this" is a closed <details>: the server renders it whole (it works without JavaScript);
  // in the browser its code loads when the reader opens it (or finds it open at hydration), so
  // neither a first answer nor a reader who never embeds pays for it. Until then the browser keeps
  // only its summary (what a closed <details> shows anyway).
  const embedBox = useRef<HTMLDetailsElement>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  useEffect(() => {
    if (embedBox.current?.open) setEmbedOpen(true);
  }, []);
  const loaded = useLazy(() => import('./EmbedPanel.tsx'), embedOpen);
  const EmbedPanel = import.meta.env.SSR ? SERVER_PARTS.EmbedPanel : loaded?.EmbedPanel;
  return (
    <div class={`tool tool--${tool}`} data-tool-frame={tool} data-hydrated={hydrated ? '' : undefined}>
      <UrlWarning issues={urlIssues} />
      {children}
      {embed &&
        (EmbedPanel ? (
          <EmbedPanel uid={uid} {...embed} hydrated={hydrated} />
        ) : (
          <details class="embed-panel no-print" ref={embedBox} onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setEmbedOpen(true)}>
            <summary>{COMMON.embedSummary}</summary>
          </details>
        ))}
      <p class="visually-hidden" role="status">
        {spoken || null}
      </p>
    </div>
  );
}

/**
 * Whether the compact result bar shows: while the form is on screen and the result is not (narrow
 * screens only; CSS hides the bar where form and result sit side by side).
 */
function useResultBar(uid: string, wanted: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const form = document.getElementById(`${uid}-form`);
    const result = document.getElementById(`${uid}-result`);
    if (!wanted || !form || !result || typeof IntersectionObserver === 'undefined') return;
    const seen = new Map<Element, boolean>();
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) seen.set(e.target, e.isIntersecting);
      setShown(Boolean(seen.get(form)) && !seen.get(result));
    });
    observer.observe(form);
    observer.observe(result);
    return () => observer.disconnect();
  }, [uid, wanted]);
  return shown;
}

export function ToolFrame(p: ToolFrameProps) {
  const { uid, level } = p;
  const summaryRef = useRef<HTMLDivElement>(null);
  const ownResultRef = useRef<HTMLHeadingElement>(null);
  const resultRef = p.resultRef ?? ownResultRef;
  const H = `h${level}` as 'h2' | 'h3';
  const barShown = useResultBar(uid, p.bar !== undefined);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (p.errors.length > 1) summaryRef.current?.focus();
    else if (p.errors.length === 1) document.getElementById(p.errors[0]!.target)?.focus();
    else document.getElementById(`${uid}-result-title`)?.focus();
  };

  return (
    <FrameShell tool={p.tool} uid={uid} hydrated={p.hydrated} live={p.live} embed={p.embed} report={p.report}>
      <div class="tool__grid">
        <form
          id={`${uid}-form`}
          class="tool__form"
          method="get"
          action={toolPath(p.tool)}
          tabIndex={-1}
          aria-labelledby={`${uid}-form-title`}
          onSubmit={onSubmit}
          noValidate
        >
          <H class="tool__title" id={`${uid}-form-title`} tabIndex={-1} data-tool-heading>
            {p.titles.form}
          </H>
          {p.intro && <p class="tool__note">{p.intro}</p>}
          <ErrorSummary id={`${uid}-errors`} title={COMMON.errorSummaryTitle} errors={p.errors} summaryRef={summaryRef} />
          {p.form}
          <FormActions hydrated={p.hydrated} />
        </form>
        <section class="result" id={`${uid}-result`} aria-labelledby={`${uid}-result-title`} data-testid={`${p.tool}-result`}>
          <H class="tool__title" id={`${uid}-result-title`} tabIndex={-1} ref={resultRef}>
            {p.titles.result}
          </H>
          {p.result}
        </section>
      </div>
      {p.bar && (
        <a class={barShown ? 'result-bar result-bar--shown' : 'result-bar'} href={`#${uid}-result`} data-result-bar aria-hidden={barShown ? undefined : 'true'} tabIndex={barShown ? undefined : -1}>
          <span class="result-bar__text">{p.bar}</span>
          <span class="result-bar__go" aria-hidden="true">
            ↓
          </span>
        </a>
      )}
      {p.after}
    </FrameShell>
  );
}
