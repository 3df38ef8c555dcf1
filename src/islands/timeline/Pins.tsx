/** Pinned estimates side by side: each restorable into the form, linkable and removable. */
import { Fragment } from 'preact';
import { pinTitles, SCENARIOS, workloadItems } from '../../rules/index.ts';
import { estimateFor } from '../../stores/estimate-explained.ts';
import { restorePin, timelineHref, timelineInput, unpinEstimate, type Pin } from '../../stores/timeline.ts';
import { formatDays, formatGpuHours, formatUsd } from '../frame/format.ts';
import { TIMELINE } from './labels.ts';
import { TIMELINE_MORE } from './labels-more.ts';

function PinCard({ pin, title, target, Sub }: { pin: Pin; title: string; target: string | undefined; Sub: 'h3' | 'h4' }) {
  const result = estimateFor(pin.form);
  if (!result.ok) return null;
  const t = result.value;
  return (
    <li class="pin">
      <Sub>{title}</Sub>
      <dl>
        <dt>{TIMELINE_MORE.scenarioLabel}</dt>
        <dd>{SCENARIOS[t.scenario].label}</dd>
        {workloadItems(t.inputs).map((w) => (
          <Fragment key={w.key}>
            <dt>{w.label}</dt>
            <dd>{w.value}</dd>
          </Fragment>
        ))}
        <dt>{TIMELINE.totals.time}</dt>
        <dd>{formatDays(t.total.likely)}</dd>
        <dt>{TIMELINE.totals.gpuHours}</dt>
        <dd>{formatGpuHours(t.total.gpuHours.likely)}</dd>
        <dt>{t.labels.gpuCost}</dt>
        <dd>{formatUsd(t.total.gpuCost.likely)}</dd>
        {t.total.teamCost && t.labels.teamCost && (
          <>
            <dt>{t.labels.teamCost}</dt>
            <dd>{formatUsd(t.total.teamCost.likely)}</dd>
          </>
        )}
      </dl>
      <p class="tool-actions pin-actions">
        <button type="button" class="button button--small" onClick={() => restorePin(pin.key)}>
          {TIMELINE_MORE.pinRestore}
        </button>
        <a class="button button--quiet button--small" href={timelineHref(pin.form)} target={target}>
          {TIMELINE_MORE.pinLink}
        </a>
        <button type="button" class="button button--quiet button--small" onClick={() => unpinEstimate(pin.key)}>
          {TIMELINE_MORE.pinRemove}
        </button>
      </p>
    </li>
  );
}


export function Pins({ uid, pins, H, Sub, target }: { uid: string; pins: readonly Pin[]; H: 'h2' | 'h3'; Sub: 'h3' | 'h4'; target: string | undefined }) {
  if (pins.length === 0) return null;
  // Titled by what differs between the pins ("70B · LoRA · 8×H100"), from the rules.
  const titles = pinTitles(
    pins.map((p) => {
      const r = estimateFor(p.form);
      return r.ok ? { ...r.value.inputs, preset: p.form.preset } : timelineInput(p.form);
    }),
  );
  return (
    <section class="tl-pins" aria-labelledby={`${uid}-pins-title`}>
      <H id={`${uid}-pins-title`}>{TIMELINE_MORE.pinsTitle}</H>
      <p class="tool__note">{TIMELINE_MORE.pinsHint}</p>
      <ul class="pins">
        {pins.map((pin, i) => (
          <PinCard key={pin.key} pin={pin} title={titles[i] ?? TIMELINE_MORE.pinLabel(i + 1)} target={target} Sub={Sub} />
        ))}
      </ul>
    </section>
  );
}
