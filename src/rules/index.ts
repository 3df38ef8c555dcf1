/**
 * The rules package's public API: the only module the rest of the site imports from `src/rules/`.
 * Pure TypeScript (no DOM, no Preact, no Astro); every function takes `unknown`, never throws,
 * and returns a `Result`.
 */
export type * from './types.ts';

export { recommend } from './decision/recommend.ts';
export { relevantQuestions } from './decision/disclosure.ts';
export { handOff, HAND_OFF_PRESETS } from './decision/hand-off.ts';
export { HOW_IT_DECIDES } from './decision/next-steps.ts';
export { DECISION_FIELDS } from './decision/input.ts';
export { pinTitles } from './timeline/pin-titles.ts';
export { DECISION_RULES, FALLBACK_RULE } from './decision/rules.ts';
export { DECISION_QUESTIONS } from './decision/questions.ts';
export { SEED_SITUATIONS } from './decision/situations.ts';
export { ANSWERS, BOTTLENECKS, DECISION_MODEL_KINDS, PATH_IDS } from './decision/ids.ts';
export { PATHS } from './decision/paths.ts';
export { BOTTLENECK_TECHNIQUES, LANGUAGE_MODEL_BOTTLENECK_TECHNIQUES, TECHNIQUES, TECHNIQUE_IDS } from './decision/techniques.ts';
export { RETRAINS, TECHNIQUE_LABELS } from './decision/technique-labels.ts';
export { TECHNIQUE_SUMMARIES } from './decision/technique-summaries.ts';

export { filterComparison } from './comparison/filter.ts';
export { COMPARISON_ROWS, COMPARISON_HIGHLIGHTS } from './comparison/rows.ts';
export { COMPARISON_TAGS } from './comparison/tags.ts';

export { estimateTimeline } from './timeline/estimate.ts';
export { estimateTimelineFigures } from './timeline/figures.ts';
export { estimateMemory } from './timeline/memory.ts';
export { relevantInputs, type RelevantInputs, type RelevanceInput } from './timeline/relevance.ts';
export { axisTicks, type AxisTicks } from './timeline/ticks.ts';
export { workloadItems, type WorkloadItem } from './timeline/workload-text.ts';
export { BACK_TESTS, runBackTests, type BackTest, type BackTestRow } from './timeline/backtests.ts';
export { GPUS, GPU_IDS } from './timeline/gpus.ts';
export { PRESETS, PRESET_IDS } from './timeline/presets.ts';
export {
  DATA_READINESS,
  FINE_TUNE_METHODS,
  MEMORY_METHODS,
  METHODS,
  PRECISIONS,
  PRECISION_OPTIONS,
  MODEL_KINDS,
  OPTIMIZATION_TECHNIQUE_IDS,
  PHASES,
  SCENARIOS,
  TIMELINE_FIELDS,
} from './timeline/options.ts';

export { encodeWith, decodeWith, type SectionCodec } from './url-state/codec.ts';
export { ALL_CODECS, URL_KEYS, encodeState, decodeState } from './url-state/all.ts';
export { DECISION_CODEC } from './url-state/decision.ts';
export { COMPARISON_CODEC } from './url-state/comparison.ts';
export { TIMELINE_CODEC } from './url-state/timeline.ts';
export { PLAN_CODEC } from './url-state/plan.ts';
export { MAX_SEARCH_LENGTH, MAX_SEARCH_PARAMS, type Section, type UrlKey } from './url-state/keys.ts';

export { SOURCE_IDS, SOURCE_SECTIONS, SOURCE_CONFIDENCES, isSourceId } from './source-ids.ts';
export { GUIDE_LINKS } from './guides.ts';
export { CONSTANTS } from './constants.ts';
export { DECISION_FIELD_LABELS } from './decision/messages.ts';
export { TIMELINE_FIELD_LABELS } from './timeline/field-labels.ts';
export { COMPARISON_FIELD_LABELS } from './comparison/messages.ts';

export type * from './payback/types.ts';
export { estimatePayback, firstToPayBack, SERIES_MONTHS } from './payback/estimate.ts';
export { PAYBACK_HANDOFF_SOURCES, paybackFromDecision, paybackStepFromPlan, TECHNIQUE_STEPS } from './payback/handoff.ts';
export { PAYBACK_PRESETS, PAYBACK_PRESET_IDS } from './payback/presets.ts';
export { API_MODELS, API_MODEL_IDS, PAYBACK_FIELDS, SERVING_MODES, SERVING_MODE_IDS, STEPS as PAYBACK_STEPS, STEP_IDS as PAYBACK_STEP_IDS, WORKLOADS, WORKLOAD_IDS } from './payback/options.ts';
export { PAYBACK_LABELS, PAYBACK_MESSAGES } from './payback/messages.ts';
export { PAYBACK_CODEC } from './url-state/payback.ts';
export { formatDecimal } from './decimal.ts';
