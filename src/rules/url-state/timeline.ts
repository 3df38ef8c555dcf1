/** The timeline estimator's link state. */
import { checkTimelineField } from '../timeline/input.ts';
import type { TimelineField } from '../types.ts';
import type { SectionCodec } from './codec.ts';
import { TIMELINE_KEYS } from './keys.ts';

export const TIMELINE_CODEC: SectionCodec = {
  section: 'timeline',
  keys: TIMELINE_KEYS,
  check: (field, raw) => checkTimelineField(field as TimelineField, raw),
};
