/** The comparison filter's link state. */
import { COMPARISON_FIELD_LABELS } from '../comparison/messages.ts';
import { COMPARISON_TAG_IDS } from '../comparison/tags.ts';
import { PATH_IDS } from '../decision/ids.ts';
import { MESSAGES } from '../messages.ts';
import { checkChoice, checkList } from '../validate/fields.ts';
import { MAX_SEARCH_TEXT } from '../validate/limits.ts';
import type { SectionCodec } from './codec.ts';
import type { UrlKey } from './keys.ts';

/** The comparison filter's keys. */
export const COMPARISON_KEYS: readonly UrlKey[] = [
  { key: 'q', section: 'comparison', field: 'text' },
  { key: 'tags', section: 'comparison', field: 'tags' },
  { key: 'hl', section: 'comparison', field: 'highlightFor' },
];

export const COMPARISON_CODEC: SectionCodec = {
  section: 'comparison',
  keys: COMPARISON_KEYS,
  check(field, raw) {
    if (field === 'tags') return checkList(COMPARISON_FIELD_LABELS.tags, raw, COMPARISON_TAG_IDS);
    if (field === 'highlightFor') return checkChoice(COMPARISON_FIELD_LABELS.highlightFor, raw, PATH_IDS);
    return typeof raw === 'string' && raw.length <= MAX_SEARCH_TEXT
      ? { ok: true, value: raw }
      : { ok: false, code: 'invalid-type', message: MESSAGES.searchText(COMPARISON_FIELD_LABELS.text, MAX_SEARCH_TEXT) };
  },
};
