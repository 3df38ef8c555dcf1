/**
 * The estimator keys a decision fills in ("Plan this": scenario and techniques), checked without
 * loading the estimator's other validators and tables.
 */
import { OPTIMIZATION_TECHNIQUE_IDS, SCENARIO_IDS } from '../timeline/ids.ts';
import { checkChoice, checkList } from '../validate/fields.ts';
import type { SectionCodec } from './codec.ts';
import { TIMELINE_KEYS } from './keys.ts';

export const PLAN_CODEC: SectionCodec = {
  section: 'timeline',
  keys: TIMELINE_KEYS.filter((k) => k.field === 'scenario' || k.field === 'techniques'),
  check: (field, raw) =>
    field === 'scenario' ? checkChoice('scenario', raw, SCENARIO_IDS) : checkList('techniques', raw, OPTIMIZATION_TECHNIQUE_IDS),
};
