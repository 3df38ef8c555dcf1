/** What the rules look at: the answers plus what the accuracy numbers say about learning and the bar. */
import { DECISION } from '../constants/decision.ts';
import { DECISION_MESSAGES } from './messages.ts';
import type { Answer, Bottleneck, DecisionModelKind, Issue } from '../types.ts';
import type { ParsedDecision } from './input.ts';

/**
 * Has the model learned the task? Against a baseline: `no` (at or below it), `marginal` (within our
 * margin above it), `yes`. Without one, by the seed's unsourced rule of thumb: `low` (below the
 * floor), `gray` (the 60–70% zone), `yes`.
 */
export type Learned = 'yes' | 'no' | 'marginal' | 'low' | 'gray' | 'unknown';
/** Where accuracy stands against the requirement; `below` is a plain "no" with no numbers. */
export type Gap = 'meets' | 'close' | 'far' | 'below' | 'unknown';

export interface DecisionFacts {
  hasModel: Answer;
  modelKind: DecisionModelKind;
  changed: Answer;
  performanceBlocking: Answer;
  preparingForScale: Answer;
  needsIncremental: Answer;
  bottlenecks: Bottleneck[];
  learned: Learned;
  baselineGiven: boolean;
  gap: Gap;
  /** Accuracy was measured short of the bar, or at or below the baseline: a drop that is real. */
  measuredShortfall: boolean;
  /** Any sign the model falls short: a measured shortfall, or a rule of thumb saying it has not learned. */
  accuracyProblem: boolean;
}

function learnedFrom(accuracy: number | undefined, baseline: number | undefined): Learned {
  if (accuracy === undefined) return 'unknown';
  if (baseline !== undefined) {
    if (accuracy <= baseline) return 'no';
    return accuracy > baseline + DECISION.baselineMargin.value ? 'yes' : 'marginal';
  }
  if (accuracy < DECISION.accuracyFloor.value) return 'low';
  return accuracy < DECISION.accuracyGrayZoneTop.value ? 'gray' : 'yes';
}

function gapFrom(accuracy: number | undefined, required: number | undefined, meets: Answer): Gap {
  if (accuracy !== undefined && required !== undefined) {
    const shortBy = required - accuracy;
    if (shortBy <= 0) return 'meets';
    return shortBy <= DECISION.requirementMargin.value ? 'close' : 'far';
  }
  return meets === 'yes' ? 'meets' : meets === 'no' ? 'below' : 'unknown';
}

/** Derives the facts; `warnings` is filled only when asked (the what-if probes skip it). */
export function deriveFacts(input: ParsedDecision, warnings?: Issue[]): DecisionFacts {
  const { accuracy, requiredAccuracy: required, baselineAccuracy: baseline, meetsAccuracy: meets } = input;
  const learned = learnedFrom(accuracy, baseline);
  const gap = gapFrom(accuracy, required, meets);
  if (warnings) {
    if (accuracy !== undefined && required !== undefined && meets !== 'unsure' && (meets === 'yes') !== (gap === 'meets')) {
      warnings.push({ field: 'meetsAccuracy', code: 'conflicting-answer', message: DECISION_MESSAGES.conflictingMeets(accuracy, required) });
    }
    if (learned === 'gray') {
      warnings.push({ field: 'baselineAccuracy', code: 'baseline-missing', message: DECISION_MESSAGES.baselineMissing(accuracy!) });
    }
  }
  const measuredShortfall = gap === 'far' || gap === 'close' || gap === 'below' || learned === 'no';
  return {
    hasModel: input.hasModel,
    modelKind: input.modelKind,
    changed: input.dataOrUseCaseChanged,
    performanceBlocking: input.performanceBlocking,
    preparingForScale: input.preparingForScale,
    needsIncremental: input.needsIncrementalAccuracy,
    bottlenecks: input.bottlenecks,
    learned,
    baselineGiven: baseline !== undefined,
    gap,
    measuredShortfall,
    accuracyProblem: gap === 'far' || gap === 'below' || (learned !== 'yes' && learned !== 'unknown'),
  };
}
