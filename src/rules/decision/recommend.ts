/** The decision tool: which comes first, training or optimization? */
import { DECISION } from '../constants/decision.ts';
import { fail, ok } from '../result.ts';
import type {
  AnswerField,
  Confidence,
  DecisionOutcome,
  DecisionRule,
  FiredRule,
  Issue,
  PathId,
  Recommendation,
  Result,
  StartPhase,
  TechniqueId,
  WhatWouldChange,
} from '../types.ts';
import { deriveFacts, type DecisionFacts } from './facts.ts';
import { ANSWER_FIELDS, parseDecisionInput, type ParsedDecision } from './input.ts';
import { EXTRA_STEPS, HOW_IT_DECIDES, PATH_STEPS } from './next-steps.ts';
import { ANSWERS, DECISION_MODEL_KINDS } from './ids.ts';
import { PATHS } from './paths.ts';
import { BOTTLENECK_TECHNIQUES, LANGUAGE_MODEL_BOTTLENECK_TECHNIQUES, TECHNIQUES } from './techniques.ts';
import { DECISION_RULES, FALLBACK_RULE, type EvaluatedRule } from './rules.ts';

/** The rules that match, in priority order (never empty: the fallback applies when none does). */
function matchRules(facts: DecisionFacts): readonly (EvaluatedRule | DecisionRule)[] {
  const fired = DECISION_RULES.filter((rule) => rule.when(facts));
  return fired.length > 0 ? fired : [FALLBACK_RULE];
}

function pathOf(input: ParsedDecision): PathId {
  return matchRules(deriveFacts(input))[0]!.path;
}

/** Accuracy values worth trying: the requirement, the edge of "close", and the learning thresholds. */
function accuracyProbes(input: ParsedDecision): number[] {
  const { requiredAccuracy: required, baselineAccuracy: baseline } = input;
  const probes: number[] = [];
  if (required !== undefined) probes.push(required, required - DECISION.requirementMargin.value);
  if (baseline !== undefined) probes.push(Math.floor(baseline + DECISION.baselineMargin.value) + 1);
  else probes.push(DECISION.accuracyGrayZoneTop.value, DECISION.accuracyFloor.value - 1);
  return probes.filter((p, i) => p >= 0 && p <= 100 && p !== input.accuracy && probes.indexOf(p) === i);
}

/** Every single-answer change that gives another path, checked by running the rules again. */
function whatWouldChange(input: ParsedDecision, path: PathId): WhatWouldChange[] {
  const changes: WhatWouldChange[] = [];
  for (const field of ANSWER_FIELDS) {
    for (const value of ANSWERS) {
      if (value === input[field]) continue;
      const changed = { ...input, [field]: value };
      if (nothingAnswered(changed)) continue; // no recommendation at all, not another path
      const next = pathOf(changed);
      if (next !== path) changes.push({ field, value, path: next });
    }
  }
  for (const value of DECISION_MODEL_KINDS) {
    if (value === input.modelKind) continue;
    const changed = { ...input, modelKind: value };
    if (nothingAnswered(changed)) continue;
    const next = pathOf(changed);
    if (next !== path) changes.push({ field: 'modelKind', value, path: next });
  }
  if (input.accuracy !== undefined) {
    const seen = new Set<PathId>([path]);
    for (const value of accuracyProbes(input)) {
      const next = pathOf({ ...input, accuracy: value });
      if (!seen.has(next)) {
        seen.add(next);
        changes.push({ field: 'accuracy', value, path: next });
      }
    }
  }
  return changes;
}

/**
 * The fired rules' techniques for the path, in the order to try them: a language model's own first,
 * then each list's order, with the techniques that need a training run moved last (stable).
 */
function techniquesFor(fired: readonly (EvaluatedRule | DecisionRule)[], path: PathId, facts: DecisionFacts): TechniqueId[] {
  const wanted = new Set<TechniqueId>();
  const language = facts.modelKind === 'llm';
  for (const rule of fired) {
    if (rule.path !== path) continue;
    const evaluated = 'byBottleneck' in rule ? rule : undefined;
    const byBottleneck = evaluated?.byBottleneck === true && facts.bottlenecks.length > 0;
    if (language && evaluated) {
      for (const id of evaluated.forLanguageModels) wanted.add(id);
      if (byBottleneck) for (const b of facts.bottlenecks) for (const id of LANGUAGE_MODEL_BOTTLENECK_TECHNIQUES[b]) wanted.add(id);
    }
    const list = byBottleneck ? facts.bottlenecks.flatMap((b) => BOTTLENECK_TECHNIQUES[b]) : rule.techniques;
    for (const id of list) wanted.add(id);
  }
  const ordered = [...wanted];
  return [...ordered.filter((id) => !TECHNIQUES[id].needsRetraining), ...ordered.filter((id) => TECHNIQUES[id].needsRetraining)];
}

function confidenceOf(decisive: DecisionRule, input: ParsedDecision, changes: readonly WhatWouldChange[]): Confidence {
  const unsureMatters = changes.some((c) => c.field !== 'accuracy' && input[c.field as AnswerField | 'modelKind'] === 'unsure');
  if (unsureMatters) return 'weak';
  return decisive.strength;
}

function startPhaseOf(path: PathId, facts: DecisionFacts): StartPhase {
  const accuracyUnknown = facts.learned === 'unknown' && facts.gap === 'unknown';
  if (accuracyUnknown && (path === 'optimize-first' || path === 'refine-iteratively')) return 'validation';
  return PATHS[path].startPhase;
}

function nextStepsOf(path: PathId, facts: DecisionFacts, fired: readonly (EvaluatedRule | DecisionRule)[], confidence: Confidence): string[] {
  const steps: string[] = [];
  if (facts.hasModel !== 'no' && facts.learned === 'unknown' && facts.gap === 'unknown') steps.push(EXTRA_STEPS.measureAccuracy);
  const bottleneckRule = fired.some((rule) => rule.path === path && 'byBottleneck' in rule && rule.byBottleneck);
  if (bottleneckRule && facts.bottlenecks.length === 0) steps.push(EXTRA_STEPS.nameBottleneck);
  steps.push(...PATH_STEPS[path]);
  if (confidence === 'weak') steps.push(EXTRA_STEPS.answerUnsure);
  return steps;
}

/** True when no question has an answer: every answer unsure, no number, no bottleneck. */
export function nothingAnswered(answers: ParsedDecision): boolean {
  return (
    answers.modelKind === 'unsure' &&
    ANSWER_FIELDS.every((field) => answers[field] === 'unsure') &&
    answers.accuracy === undefined &&
    answers.requiredAccuracy === undefined &&
    answers.baselineAccuracy === undefined &&
    answers.bottlenecks.length === 0
  );
}

/**
 * Recommends which comes first for a project: training, retraining, optimization, iterative
 * refinement, measuring on new data, or (for a language model) prompting and retrieval. Every
 * answer is optional (missing means "not sure"); numbers may be strings. With nothing answered
 * there is no recommendation: `status: 'empty'` says how the guide decides and which question
 * comes first. Never throws: bad answers come back as `errors`, one per field.
 *
 * @example
 * const result = recommend({ hasModel: 'yes', accuracy: 72, requiredAccuracy: 90, dataOrUseCaseChanged: 'no' });
 * if (result.ok && result.value.status === 'recommendation') {
 *   result.value.path;             // 'retrain-first' (18 points short of the requirement)
 *   result.value.firedRules[0].id; // 'far-below-requirement'
 * }
 * recommend({}); // { ok: true, value: { status: 'empty', howItDecides: [...], firstQuestion: 'hasModel' }, warnings: [] }
 */
export function recommend(input: unknown): Result<DecisionOutcome> {
  const parsed = parseDecisionInput(input);
  if (!parsed.ok) return fail(parsed.errors);
  const answers = parsed.value;
  if (nothingAnswered(answers)) return ok({ status: 'empty', howItDecides: [...HOW_IT_DECIDES], firstQuestion: 'hasModel' });
  const decided = decide(answers);
  return ok(decided.value, decided.warnings);
}

/** The recommendation for answers already parsed, empty or not (the what-if probes and the hand-off use it too). */
export function decide(answers: ParsedDecision): { value: Recommendation; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const facts = deriveFacts(answers, warnings);
  const fired = matchRules(facts);
  const decisive = fired[0]!;
  const path = decisive.path;
  const changes = whatWouldChange(answers, path);
  const confidence = confidenceOf(decisive, answers, changes);
  const firedRules: FiredRule[] = fired.map(({ id, summary, guide, path: rulePath }) => ({ id, summary, guide, path: rulePath }));
  return {
    value: {
      status: 'recommendation',
      path,
      confidence,
      firedRules,
      techniques: techniquesFor(fired, path, facts),
      startPhase: startPhaseOf(path, facts),
      nextSteps: nextStepsOf(path, facts, fired, confidence),
      whatWouldChange: changes,
    },
    warnings,
  };
}
