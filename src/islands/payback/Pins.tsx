/** Pinned payback results side by side: each titled by what differs, restorable, linkable and removable. */
import { Fragment } from 'preact';
import { estimatePayback, pinTitles, type Payback } from '../../rules/index.ts';
import { paybackHref, paybackInput, restorePaybackPin, unpinPayback, type PaybackPin } from '../../stores/payback.ts';
import { breakEvenText, money } from './format.ts';
import { PAYBACK } from './labels.ts';

const resultOf = (pin: PaybackPin) => estimatePayback(paybackInput(pin.form));

/** The fields pinTitles reads, from a result's resolved inputs (steps as `techniques`). */
function titleInput(p: Payback, preset: string) {
  const i = p.inputs;
  return {
    preset,
    serving: i.serving,
    requestsPerDay: i.perDay,
    ...(i.serving === 'self-hosted' ? { gpuType: i.gpuType, gpuCount: i.gpuCount ?? undefined, utilization: i.utilization } : { apiModel: i.apiModel ?? undefined }),
    techniques: p.steps.map((s) => s.id),
  };
}

export function PaybackPins({ uid, pins, H, Sub, target }: { uid: string; pins: readonly PaybackPin[]; H: 'h2' | 'h3'; Sub: 'h3' | 'h4'; target: string | undefined }) {
  if (pins.length === 0) return null;
  const results = pins.map(resultOf);
  const titles = pinTitles(results.map((r, i) => (r.ok ? titleInput(r.value, pins[i]!.form.preset) : {})));
  return (
    <section class="tl-pins" aria-labelledby={`${uid}-pins-title`}>
      <H id={`${uid}-pins-title`}>{PAYBACK.pinsTitle}</H>
      <p class="tool__note">{PAYBACK.pinsHint}</p>
      <ul class="pins">
        {pins.map((pin, i) => {
          const r = results[i]!;
          if (!r.ok) return null;
          const p = r.value;
          const best = p.steps.filter((s) => s.breakEvenMonths.likely !== null).sort((a, b) => a.breakEvenMonths.likely! - b.breakEvenMonths.likely!)[0];
          return (
            <li class="pin" key={pin.key}>
              <Sub>{titles[i] ?? PAYBACK.pinLabel(i + 1)}</Sub>
              <dl>
                <dt>{PAYBACK.today}</dt>
                <dd>
                  {money(p.before.monthly.likely)} {PAYBACK.perMonth}
                </dd>
                {p.steps.map((s) => (
                  <Fragment key={s.id}>
                    <dt>{s.label}</dt>
                    <dd>
                      {money(s.after.monthly.likely)} {PAYBACK.perMonth}; {PAYBACK.breakEven} {breakEvenText({ low: s.breakEvenMonths.likely, likely: s.breakEvenMonths.likely, high: s.breakEvenMonths.likely })}
                    </dd>
                  </Fragment>
                ))}
                <dt>{PAYBACK.bestLabel}</dt>
                <dd>{best ? best.label : PAYBACK.never}</dd>
              </dl>
              <p class="tool-actions pin-actions">
                <button type="button" class="button button--small" onClick={() => restorePaybackPin(pin.key)}>
                  {PAYBACK.pinRestore}
                </button>
                <a class="button button--quiet button--small" href={paybackHref(pin.form)} target={target}>
                  {PAYBACK.pinLink}
                </a>
                <button type="button" class="button button--quiet button--small" onClick={() => unpinPayback(pin.key)}>
                  {PAYBACK.pinRemove}
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
