/**
 * The estimator keys a decision fills in ("Plan this": scenario and techniques), checked without
 * loading the estimator's other validators and tables.
 */
import { OPTIMIZATION_TECHNIQUE_IDS, SCENARIO_IDS } from '../timeline/ids.ts';
import { TIMELINE_FIELD_LABELS } from '../timeline/field-labels.ts';
import { checkChoice, checkList } from '../validate/fields.ts';
import type { SectionCodec } from './codec.ts';

export const PLAN_CODEC: SectionCodec = {
  section: 'timeline',
  // The estimator's own keys for these two fields (a test checks they match TIMELINE_KEYS).
  keys: [
    { key: 'sc', section: 'timeline', field: 'scenario' },
    { key: 'opt', section: 'timeline', field: 'techniques' },
  ],
  check: (field, raw) =>
    field === 'scenario'
      ? checkChoice(TIMELINE_FIELD_LABELS.scenario, raw, SCENARIO_IDS)
      : checkList(TIMELINE_FIELD_LABELS.techniques, raw, OPTIMIZATION_TECHNIQUE_IDS),
};
