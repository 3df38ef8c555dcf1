/** The decision tool: which comes first, training or optimization? */
import { DECISION } from '../constants/decision.ts';
import { fail, ok } from '../result.ts';
import type {
  AnswerField,
  Confidence,
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
import { EXTRA_STEPS, PATH_STEPS } from './next-steps.ts';
import { ANSWERS } from './ids.ts';
import { PATHS } from './paths.ts';
import { BOTTLENECK_TECHNIQUES, TECHNIQUE_IDS } from './techniques.ts';
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
      const next = pathOf({ ...input, [field]: value });
      if (next !== path) changes.push({ field, value, path: next });
    }
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

function techniquesFor(fired: readonly (EvaluatedRule | DecisionRule)[], path: PathId, facts: DecisionFacts): TechniqueId[] {
  const wanted = new Set<TechniqueId>();
  for (const rule of fired) {
    if (rule.path !== path) continue;
    const byBottleneck = 'byBottleneck' in rule && rule.byBottleneck && facts.bottlenecks.length > 0;
    const list = byBottleneck ? facts.bottlenecks.flatMap((b) => BOTTLENECK_TECHNIQUES[b]) : rule.techniques;
    for (const id of list) wanted.add(id);
  }
  return TECHNIQUE_IDS.filter((id) => wanted.has(id));
}

function confidenceOf(decisive: DecisionRule, input: ParsedDecision, changes: readonly WhatWouldChange[]): Confidence {
  const unsureMatters = changes.some((c) => c.field !== 'accuracy' && input[c.field as AnswerField] === 'unsure');
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

/**
 * Recommends which comes first for a project: training, retraining, optimization or iterative
 * refinement. Every answer is optional (missing means "not sure"); numbers may be strings.
 * Never throws: bad answers come back as `errors`, one per field.
 *
 * @example
 * const result = recommend({ hasModel: 'yes', accuracy: 72, requiredAccuracy: 90, dataOrUseCaseChanged: 'no' });
 * if (result.ok) {
 *   result.value.path;             // 'retrain-first' (18 points short of the requirement)
 *   result.value.firedRules[0].id; // 'far-below-requirement'
 * }
 */
export function recommend(input: unknown): Result<Recommendation> {
  const parsed = parseDecisionInput(input);
  if (!parsed.ok) return fail(parsed.errors);
  const answers = parsed.value;
  const warnings: Issue[] = [];
  const facts = deriveFacts(answers, warnings);
  const fired = matchRules(facts);
  const decisive = fired[0]!;
  const path = decisive.path;
  const changes = whatWouldChange(answers, path);
  const confidence = confidenceOf(decisive, answers, changes);
  const firedRules: FiredRule[] = fired.map(({ id, summary, guide, path: rulePath }) => ({ id, summary, guide, path: rulePath }));
  return ok(
    {
      path,
      confidence,
      firedRules,
      techniques: techniquesFor(fired, path, facts),
      startPhase: startPhaseOf(path, facts),
      nextSteps: nextStepsOf(path, facts, fired, confidence),
      whatWouldChange: changes,
    },
    warnings,
  );
}
