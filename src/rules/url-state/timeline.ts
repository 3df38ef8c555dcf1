/** The timeline estimator's link state. */
import { checkTimelineField } from '../timeline/input.ts';
import type { TimelineField } from '../types.ts';
import type { SectionCodec } from './codec.ts';
import type { UrlKey } from './keys.ts';

/** The timeline estimator's keys. */
export const TIMELINE_KEYS: readonly UrlKey[] = [
  { key: 'sc', section: 'timeline', field: 'scenario' },
  { key: 'preset', section: 'timeline', field: 'preset' },
  { key: 'kind', section: 'timeline', field: 'modelKind' },
  { key: 'params', section: 'timeline', field: 'modelParams' },
  { key: 'tok', section: 'timeline', field: 'trainingTokens' },
  { key: 'flops', section: 'timeline', field: 'totalFlops' },
  { key: 'tps', section: 'timeline', field: 'tokensPerSecond' },
  { key: 'gpu', section: 'timeline', field: 'gpuType' },
  { key: 'n', section: 'timeline', field: 'gpuCount' },
  { key: 'mfu', section: 'timeline', field: 'mfu' },
  { key: 'price', section: 'timeline', field: 'pricePerGpuHour' },
  { key: 'data', section: 'timeline', field: 'dataReadiness' },
  { key: 'opt', section: 'timeline', field: 'techniques' },
  { key: 'cyc', section: 'timeline', field: 'refinementCycles' },
  { key: 'rate', section: 'timeline', field: 'dayRate' },
  { key: 'ftm', section: 'timeline', field: 'method' },
  { key: 'dtok', section: 'timeline', field: 'datasetTokens' },
  { key: 'ep', section: 'timeline', field: 'epochs' },
  { key: 'act', section: 'timeline', field: 'activeParams' },
  { key: 'stu', section: 'timeline', field: 'studentParams' },
  { key: 'prec', section: 'timeline', field: 'precision' },
];

export const TIMELINE_CODEC: SectionCodec = {
  section: 'timeline',
  keys: TIMELINE_KEYS,
  check: (field, raw) => checkTimelineField(field as TimelineField, raw),
};
