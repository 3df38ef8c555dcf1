/**
 * The does-not-fit warning (from the rules' `does-not-fit` issue on gpuCount) with a one-click
 * fix: the fewest GPUs of the chosen type that hold the plan. Shown beside the GPU fields and as
 * the first thing in the result.
 */
import type { Issue, Timeline } from '../../rules/index.ts';
import { GPUS } from '../../rules/index.ts';
import { setField } from '../../stores/timeline.ts';
import { TIMELINE } from './labels.ts';

export function fitIssue(notes: readonly Issue[]): Issue | undefined {
  return notes.find((w) => w.code === 'does-not-fit');
}

export function FitWarning({ t, notes, hydrated, testId }: { t: Timeline | null; notes: readonly Issue[]; hydrated: boolean; testId: string }) {
  const issue = fitIssue(notes);
  if (!issue || !t) return null;
  const min = t.memory?.minGpus ?? null;
  return (
    <div class="tl-fit" role="note" data-testid={testId}>
      <p>{issue.message}</p>
      {min !== null && hydrated && (
        <button type="button" class="button button--small" onClick={() => setField('gpuCount', String(min))}>
          {TIMELINE.applyGpus(min, GPUS[t.inputs.gpuType].label)}
        </button>
      )}
    </div>
  );
}
