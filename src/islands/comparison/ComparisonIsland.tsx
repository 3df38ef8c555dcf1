/**
 * Comparison table island: the full table (rendered at build time, so it is there without
 * JavaScript), enhanced with a search box, topic chips, a path highlight and a live count.
 * The rows, match ranges and highlights come from the rules package's filterComparison().
 */
import { PAYBACK_COMPARE_HREF } from '../../stores/payback-links.ts';
import { useStore } from '@nanostores/preact';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { COMPARISON_TAGS, PATH_IDS, PATHS, type MatchRange, type PathId } from '../../rules/index.ts';
import { COMPARISON } from './labels.ts';
import { $comparison, COMPARISON_DEFAULTS, comparisonPart, highlightPath, resetComparison, setQuery, toggleTag } from '../../stores/comparison.ts';
import { $comparisonView, defaultComparisonView } from '../../stores/comparison-view.ts';
import { toolSearch } from '../../stores/url-sync.ts';
import { toolPath } from '../../config/tool-ids.ts';
import { SelectField, TextField } from '../frame/Field.tsx';
import type { IslandProps } from '../frame/props.ts';
import { FrameShell } from '../frame/ToolFrame.tsx';
import { useHydrated } from '../frame/hydrated.ts';
import { inputName } from '../frame/names.ts';
import { useToolPart } from '../frame/use-tool-part.ts';

export type ComparisonIslandProps = Pick<IslandProps, 'uid' | 'urlSync' | 'embed' | 'embedded'>;

/**
 * A cell's text with its matched ranges wrapped in <mark>: text nodes and elements only, never
 * an HTML string, so whatever the reader typed can only ever be text.
 */
function Marked({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  if (!ranges.length) return <>{text}</>;
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * Rows an embed shows before "Show all" (issue 11.7: a blog column has room for about this many
 * under the controls). With JavaScript off every row shows (CSS hides the rest only under .js).
 */
export const EMBED_ROWS = 5;

const PATH_CHOICES = [
  { value: '', label: COMPARISON.highlightNone },
  ...PATH_IDS.map((id) => ({ value: id, label: PATHS[id].label })),
];

export default function ComparisonIsland({ uid, urlSync = false, embed, embedded = false }: ComparisonIslandProps) {
  const form = useStore($comparison, { ssr: () => COMPARISON_DEFAULTS });
  const result = useStore($comparisonView, { ssr: defaultComparisonView });
  const hydrated = useHydrated();
  useToolPart(comparisonPart, urlSync);

  const view = result.ok ? result.value : null;
  const errors: Partial<Record<string, string>> = {};
  if (!result.ok) for (const issue of result.errors) errors[issue.field] ??= issue.message;
  const countText = view ? COMPARISON.count(view.count, view.total) : '';
  const [all, setAll] = useState(false);
  const short = embedded && view !== null && view.count > EMBED_ROWS;

  return (
    <FrameShell
      tool="comparison"
      uid={uid}
      hydrated={hydrated}
      live={countText}
      embed={embed && { ...embed, search: hydrated ? toolSearch([comparisonPart]) : '' }}
      report={embedded && view ? { path: form.highlightFor || null, rows: view.count } : undefined}
    >
      <form
        class="tool__form"
        role="search"
        aria-label={COMPARISON.caption}
        method="get"
        action={toolPath('comparison')}
        onSubmit={(e) => {
          e.preventDefault();
          (e.currentTarget.ownerDocument.getElementById(`${uid}-table`) as HTMLElement | null)?.focus();
        }}
        noValidate
      >
        <div class="cmp-controls">
          <TextField
            id={`${uid}-q`}
            name={inputName(comparisonPart, 'text')}
            label={COMPARISON.searchLabel}
            hint={COMPARISON.searchHint}
            error={errors['text']}
            type="search"
            inputMode="text"
            value={form.text}
            onValue={setQuery}
          />
          <SelectField
            id={`${uid}-hl`}
            name={inputName(comparisonPart, 'highlightFor')}
            label={COMPARISON.highlightLabel}
            error={errors['highlightFor']}
            choices={PATH_CHOICES}
            value={form.highlightFor}
            onValue={(v) => highlightPath(v as PathId | '')}
          />
        </div>
        <fieldset class="cmp-tags" aria-describedby={`${uid}-tags-hint`}>
          <legend class="field__label">{COMPARISON.topicsLegend}</legend>
          <p class="field__hint" id={`${uid}-tags-hint`}>
            {COMPARISON.topicsHint}
          </p>
          <p class="chips">
            {COMPARISON_TAGS.map((tag) => (
              <button
                key={tag.id}
                type="button"
                class="chip"
                aria-pressed={form.tags.includes(tag.id) ? 'true' : 'false'}
                disabled={!hydrated}
                onClick={() => toggleTag(tag.id)}
              >
                {tag.label}
              </button>
            ))}
          </p>
        </fieldset>
        <p class="form-actions">
          <button type="submit" class="button button--quiet button--small">
            {COMPARISON.submit}
          </button>
        </p>
      </form>
      <p class="cmp-count" id={`${uid}-count`}>
        {countText}
      </p>
      {view && (
        <table class={short && !all ? 'cmp-table cmp-table--short' : 'cmp-table'} id={`${uid}-table`} aria-describedby={`${uid}-count`} tabIndex={-1} data-tool-heading>
          <caption class="visually-hidden">{COMPARISON.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{COMPARISON.aspect}</th>
              <th scope="col">{COMPARISON.training}</th>
              <th scope="col">{COMPARISON.optimization}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row, i) => (
              <tr
                key={row.id}
                id={`${uid}-${row.id}`}
                class={[row.highlighted && 'cmp-row--highlight', short && i >= EMBED_ROWS && 'cmp-row--more'].filter(Boolean).join(' ') || undefined}
              >
                <th scope="row">
                  <Marked text={row.aspect} ranges={row.matches.aspect} />
                  {row.highlighted && <span class="visually-hidden">{COMPARISON.highlighted}</span>}
                  {row.tags.includes('cost') && (
                    <a class="cmp-payback" href={PAYBACK_COMPARE_HREF} target={embedded ? '_blank' : undefined}>
                      {COMPARISON.paybackLink}
                    </a>
                  )}
                </th>
                <td data-label={COMPARISON.training}>
                  <Marked text={row.training} ranges={row.matches.training} />
                </td>
                <td data-label={COMPARISON.optimization}>
                  <Marked text={row.optimization} ranges={row.matches.optimization} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {short && (
        <p class="cmp-more">
          <button type="button" class="button button--quiet button--small" aria-expanded={all ? 'true' : 'false'} aria-controls={`${uid}-table`} disabled={!hydrated} onClick={() => setAll(!all)}>
            {all ? COMPARISON.showFewer(EMBED_ROWS) : COMPARISON.showAll(view.count)}
          </button>
        </p>
      )}
      {view && view.count === 0 && (
        <p class="cmp-empty">
          {COMPARISON.empty}{' '}
          <button type="button" class="button button--quiet button--small" onClick={resetComparison}>
            {COMPARISON.clear}
          </button>
        </p>
      )}
    </FrameShell>
  );
}
