/**
 * What moves the estimate most and the assumptions with their sources, loaded on demand
 * (frame/Deferred.tsx) apart from the chart (./Detail.tsx): it runs the full estimate with its
 * sensitivity sweep and carries the assumptions' words, about 2.5 KB that a first interaction no
 * longer loads while this part is out of view (it sits under the chart and the table).
 */
import { useMemo } from 'preact/hooks';
import { estimateFor } from '../../stores/estimate-explained.ts';
import type { TimelineForm } from '../../stores/timeline.ts';
import { formatDays } from '../frame/format.ts';
import { Assumptions } from '../frame/Assumptions.tsx';
import { TIMELINE_MORE } from './labels-more.ts';
import { DETAIL } from './detail-ready.ts';

/** What moves the estimate most, and the assumptions with links to their sources (the full estimate). */
export function Explanations({ form, Sub, target }: { form: TimelineForm; Sub: 'h3' | 'h4'; target: string | undefined }) {
  const result = useMemo(() => estimateFor(form), [form]);
  if (!result.ok) return null;
  const t = result.value;
  return (
    <>
      {t.sensitivity.length > 0 && (
        <>
          <Sub>{TIMELINE_MORE.sensitivityTitle}</Sub>
          <ol>
            {t.sensitivity.map((s) => (
              <li key={s.input}>
                {s.label}: {TIMELINE_MORE.sensitivityItem(formatDays(s.deltaDays))}
              </li>
            ))}
          </ol>
        </>
      )}
      <Sub>{TIMELINE_MORE.assumptionsTitle}</Sub>
      <Assumptions items={t.assumptions} target={target} />
    </>
  );
}

// Registers the part for Result.tsx (see ./detail-ready.ts).
DETAIL.Explanations = Explanations;
