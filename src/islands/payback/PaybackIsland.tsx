/**
 * Payback calculator island: the fields (Form.tsx; counts accept "1M"), then the result of the
 * rules package's estimatePayback() (Result.tsx): today's monthly serving cost, each step's
 * one-off cost, monthly saving and break-even, and the cumulative cost chart over 24 months.
 * Not yet on a page: pins, CSV, print and its tool page follow the other calculators' pattern.
 */
import { useStore } from '@nanostores/preact';
import { PAYBACK_PRESETS, type PaybackPresetId } from '../../rules/index.ts';
import { toolSearch } from '../../stores/url-sync.ts';
import {
  $payback,
  $paybackHandOff,
  $paybackPins,
  $paybackResult,
  applyPaybackPreset,
  MAX_PAYBACK_PINS,
  PAYBACK_DEFAULTS,
  paybackHref,
  paybackInput,
  paybackPart,
  paybackPresetForm,
  pinPayback,
  type PaybackPin,
} from '../../stores/payback.ts';
import { estimatePayback } from '../../rules/index.ts';
import { COMMON } from '../frame/labels.ts';
import { useHydrated } from '../frame/hydrated.ts';
import type { IslandProps } from '../frame/props.ts';
import { fieldErrors as collectErrors, ToolFrame } from '../frame/ToolFrame.tsx';
import { useToolPart } from '../frame/use-tool-part.ts';
import { ExportActions } from '../frame/ExportActions.tsx';
import { useLazy } from '../frame/lazy.ts';
import { money } from './format.ts';
import { PaybackFields } from './Form.tsx';
import { PAYBACK } from './labels.ts';
import { barText, PaybackResult } from './Result.tsx';

const sameForm = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export interface PaybackIslandProps extends IslandProps {
  /** The example the island opens with (a post's `<PaybackTool preset="…" />`). */
  preset?: PaybackPresetId | undefined;
}

export default function PaybackIsland({ uid, preset, level = 2, urlSync = false, embed, embedded = false }: PaybackIslandProps) {
  const initial = preset ? paybackPresetForm(preset) : PAYBACK_DEFAULTS;
  const form = useStore($payback, { ssr: () => initial });
  const result = useStore($paybackResult, { ssr: () => estimatePayback(paybackInput(initial)) });
  const hydrated = useHydrated();
  useToolPart(paybackPart, urlSync, () => {
    if (preset && $payback.get().preset === PAYBACK_DEFAULTS.preset && $payback.get().steps === null) applyPaybackPreset(preset);
  });
  // A link from another tool (decision guide, estimator, comparison table): the URL sync applied its
  // inputs (paybackPart); the note says where they came from.
  const handOff = useStore($paybackHandOff, { ssr: () => null });
  const note = handOff && (handOff.from === 'timeline' ? PAYBACK.handOff.timeline(handOff.step) : PAYBACK.handOff[handOff.from]);
  const p = result.ok ? result.value : null;
  const { byField: errors, list } = collectErrors(uid, result.ok ? null : result.errors);
  const live = p ? PAYBACK.announce(money(p.before.monthly.likely)) : `${COMMON.problems(list.length)}. ${PAYBACK.errorsFallback}`;
  const pins = useStore($paybackPins, { ssr: () => [] as readonly PaybackPin[] });
  // The pins' code (cards, titles) loads with the first pin; the export code when the reader first copies.
  const pinned = useLazy(() => import('./Pins.tsx'), pins.length > 0);
  const exported = () => import('./export.ts');
  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const target = embedded ? '_blank' : undefined;
  const actions = p && (
    <ExportActions
      labels={PAYBACK}
      pinLabel={pins.length >= MAX_PAYBACK_PINS ? PAYBACK.pinFull(MAX_PAYBACK_PINS) : PAYBACK.pin}
      hydrated={hydrated}
      onPin={pinPayback}
      text={async () => (await exported()).paybackText(p, new URL(paybackHref(form), embed?.site ?? location.href).href)}
      csv={async () => (await exported()).paybackCsv(p)}
    />
  );
  return (
    <ToolFrame
      tool="payback"
      uid={uid}
      level={level}
      hydrated={hydrated}
      titles={{ form: PAYBACK.formTitle, result: PAYBACK.resultTitle }}
      errors={list}
      live={live}
      form={<PaybackFields uid={uid} form={form} p={p} errors={errors} />}
      result={
        p ? (
          <>
            {/* The default result is a preset's: say so, until the reader changes something. */}
            {note && (
              <div class="handoff-note" data-testid="handoff-note">
                <p>{note}</p>
                <button type="button" class="button button--quiet button--small" onClick={() => $paybackHandOff.set(null)}>
                  {PAYBACK.dismiss}
                </button>
              </div>
            )}
            {!note && form.preset && sameForm(form, initial) && <p class="result__example">{PAYBACK.example(PAYBACK_PRESETS[form.preset].label)}</p>}
            <PaybackResult uid={uid} p={p} Sub={Sub} target={target} actions={actions} />
          </>
        ) : (
          <p>{PAYBACK.errorsFallback}</p>
        )
      }
      bar={p ? barText(p) : PAYBACK.errorsFallback}
      after={pinned && <pinned.PaybackPins uid={uid} pins={pins} H={H} Sub={Sub} target={target} />}
      embed={embed && { ...embed, search: hydrated ? toolSearch([paybackPart]) : '' }}
      report={embedded && p ? { totals: { monthlyUsd: p.before.monthly.likely } } : undefined}
    />
  );
}
