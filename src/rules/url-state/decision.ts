/** The decision guide's link state. */
import { checkDecisionField } from '../decision/input.ts';
import type { DecisionField } from '../types.ts';
import type { SectionCodec } from './codec.ts';
import { DECISION_KEYS } from './keys.ts';

export const DECISION_CODEC: SectionCodec = {
  section: 'decision',
  keys: DECISION_KEYS,
  check: (field, raw) => checkDecisionField(field as DecisionField, raw),
};
