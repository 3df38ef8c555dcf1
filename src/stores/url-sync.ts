/**
 * The tools on the page and their URL state: every result is a link.
 *
 * Each tool store exports a `ToolPart` (its store, its URL codec from the rules package, how its
 * form maps to that codec's state, how to reset it). Islands register their part on mount, and on
 * tool and embed pages also start syncing it with the address bar: the part reads the page's
 * query once (decodeWith its codec; bad values are dropped, reported in $urlIssues and left at
 * their defaults), then every change rewrites the query (encodeWith, history.replaceState),
 * keeping every key that belongs to no synced tool as it was (other tools' keys, ?theme=). This
 * module imports no tool store and no codec, so an island only loads its own tool's validators.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { decodeWith, encodeWith, type Issue, type Section, type SectionCodec, type ToolState } from '../rules/index.ts';

export type { Section };

export interface ToolPart {
  section: Section;
  /** The rules package's URL codec for this tool. */
  codec: SectionCodec;
  store: ReadableAtom<unknown>;
  /** The tool's URL state for the current store value ({} at the defaults). */
  read: () => object;
  /** Sets the store from decoded URL state (a missing section means the defaults). */
  apply: (state: ToolState) => void;
  reset: () => void;
}

/** Problems with the link the page was opened with, for the islands' warning. */
export const $urlIssues = atom<readonly Issue[]>([]);

const tools = new Map<Section, ToolPart>();
const synced = new Map<Section, () => void>();
let pending: ReturnType<typeof setTimeout> | undefined;

/** Makes a tool known to resetAll() (idempotent). */
export function registerTool(part: ToolPart): void {
  tools.set(part.section, part);
}

/**
 * The query string ("?…" or '') for some tools' current state.
 * @example toolSearch([timelinePart]) // '?preset=pretrain-7b&n=16'
 */
export function toolSearch(parts: readonly ToolPart[]): string {
  const state: Record<string, object> = {};
  for (const p of parts) state[p.section] = p.read();
  const query = encodeWith(sorted(parts).map((p) => p.codec), state);
  return query ? `?${query}` : '';
}

const ORDER: readonly Section[] = ['decision', 'comparison', 'timeline', 'payback'];

/** Tools in the order links write them, whatever order they were synced in. */
function sorted(parts: readonly ToolPart[]): ToolPart[] {
  return [...parts].sort((a, b) => ORDER.indexOf(a.section) - ORDER.indexOf(b.section));
}

/** The page's next query: the synced tools' keys rewritten; every other key kept as it was. */
function nextSearch(current: string): string {
  const parts = [...synced.keys()].map((s) => tools.get(s)!);
  const owned = new Set(parts.flatMap((p) => p.codec.keys.map((k) => k.key)));
  const params = [toolSearch(parts).slice(1)];
  for (const [key, value] of new URLSearchParams(current)) {
    if (!owned.has(key)) params.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  const query = params.filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/**
 * Applies a query string to one tool and records the link's problems that concern it
 * ('decision.accuracy' for the decision tool, 'search' for the whole link).
 * @example applySearch('?has=no&acc=abc', decisionPart) // hasModel 'no', a warning for accuracy
 */
export function applySearch(search: string, part: ToolPart): readonly Issue[] {
  const decoded = decodeWith([part.codec], search);
  part.apply(decoded.ok ? decoded.value : {});
  const mine = decoded.ok ? decoded.warnings : decoded.errors;
  const known = $urlIssues.get();
  const fresh = mine.filter((i) => !known.some((j) => j.field === i.field && j.message === i.message));
  if (fresh.length) $urlIssues.set([...known, ...fresh]);
  return mine;
}

/**
 * Keeps a tool in sync with the address bar: reads it from the query once, then writes every
 * change back (a moment after the last one). Idempotent per tool; returns a stop function.
 * @example useEffect(() => startUrlSync(decisionPart), [])
 */
export function startUrlSync(part: ToolPart, win: Window = window): () => void {
  registerTool(part);
  if (synced.has(part.section)) return () => {};
  applySearch(win.location.search, part);
  const write = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const { pathname, search, hash } = win.location;
      const next = nextSearch(search);
      if (next !== search) win.history.replaceState(win.history.state, '', pathname + next + hash);
    }, 200);
  };
  synced.set(part.section, part.store.listen(write));
  return () => {
    synced.get(part.section)?.();
    synced.delete(part.section);
  };
}

/**
 * Back to the defaults in every tool on the page; the link warnings go too (the URL follows).
 * @example resetAll()
 */
export function resetAll(): void {
  $urlIssues.set([]);
  for (const part of tools.values()) part.reset();
}

/** Forgets every tool, sync and warning (tests). */
export function stopUrlSync(): void {
  for (const stop of synced.values()) stop();
  synced.clear();
  tools.clear();
  clearTimeout(pending);
  $urlIssues.set([]);
}
