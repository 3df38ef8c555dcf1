/** Axis ticks for the timeline chart: round steps (1, 2, 2.5 or 5 × a power of ten) from 0. */

const STEPS = [5, 2.5, 2, 1] as const;

export interface AxisTicks {
  /** Distance between ticks. */
  step: number;
  /** The axis end (the last tick), at or beyond `max`. */
  end: number;
  /** 0, step, 2·step … end: at least `min` of them. */
  ticks: number[];
}

/**
 * The largest round step that still gives at least `min` ticks from 0 to beyond `max`.
 * A max that is not a positive finite number is treated as 1.
 * @example axisTicks(37).ticks // [0, 10, 20, 30, 40]
 */
export function axisTicks(max: number, min = 4): AxisTicks {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const intervals = Math.max(1, Math.floor(min) - 1);
  let power = 10 ** Math.ceil(Math.log10(top));
  for (;;) {
    for (const m of STEPS) {
      const step = m * power;
      const n = Math.ceil(top / step - 1e-9);
      if (step <= top && n >= intervals) {
        const round = (x: number) => Number(x.toPrecision(12));
        const ticks = Array.from({ length: n + 1 }, (_, i) => round(i * step));
        return { step: round(step), end: ticks[n]!, ticks };
      }
    }
    power /= 10;
  }
}
