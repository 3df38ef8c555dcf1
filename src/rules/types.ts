/**
 * Every public type of the rules package: inputs, outputs, id unions and table rows.
 * Each id union that has a list is derived from its `as const` list, so each id list is declared once.
 * Pages, stores and islands import these through `src/rules/index.ts`.
 */
import type { PaybackHandOffState, PaybackInput } from './payback/types.ts';
import type { SourceId } from './source-ids.ts';
import type { ANSWERS, BOTTLENECKS, DECISION_MODEL_KINDS, PATH_IDS } from './decision/ids.ts';
import type { COMPARISON_TAGS } from './comparison/tags.ts';
import type { ANSWER_FIELDS, PERCENT_FIELDS } from './decision/input.ts';
import type { TECHNIQUE_IDS } from './decision/techniques.ts';
import type { GUIDE_LINKS } from './guides.ts';
import type { GPU_IDS } from './timeline/gpus.ts';
import type { DATA_READINESS_IDS, FINE_TUNE_METHODS, MEMORY_METHODS, MODEL_KIND_IDS, OPTIMIZATION_TECHNIQUE_IDS, PHASE_IDS, PRECISIONS, SCENARIO_IDS } from './timeline/ids.ts';
import type { PRESET_IDS } from './timeline/presets.ts';

/* ------------------------------------------------------------------ results */

/** One problem with an input, tied to the input key (dotted for nested keys, e.g. `decision.accuracy`). */
export interface Issue {
  /** The input key the issue is about; `input` when it concerns the whole value. */
  field: string;
  /** Stable machine-readable code, e.g. `out-of-range`, `not-a-number`, `invalid-choice`. */
  code: IssueCode;
  /** A full sentence a reader understands, naming the field and the allowed values. */
  message: string;
}

export type IssueCode =
  | 'not-an-object'
  | 'unreadable'
  | 'required'
  | 'not-a-number'
  | 'thousands-separator'
  | 'out-of-range'
  | 'too-long'
  | 'too-many'
  | 'invalid-choice'
  | 'invalid-type'
  | 'conflicting-answer'
  | 'baseline-missing'
  | 'no-default-price'
  | 'ignored-input'
  | 'unknown-tag'
  | 'does-not-fit'
  | 'double-counted';

/** What every public function returns instead of throwing. */
export type Result<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[] };

/** Low, likely and high values of one quantity (low ≤ likely ≤ high). */
export interface Range {
  low: number;
  likely: number;
  high: number;
}

/* ------------------------------------------------------------------ sources */

/** Source ids, sections and confidences are declared once, as lists, in `source-ids.ts`; each row's words are in content/sources/. */
export type { SourceConfidence, SourceId, SourceSection } from './source-ids.ts';

/* ------------------------------------------------------------------ guides */

/** Every guide section the rules package links to (site path with anchor). */
export type GuideLink = (typeof GUIDE_LINKS)[number];

/* ------------------------------------------------------------------ decision */

export type Answer = (typeof ANSWERS)[number];
export type Bottleneck = (typeof BOTTLENECKS)[number];
export type PathId = (typeof PATH_IDS)[number];
/** What kind of model the project is about: a language model, another deep model, or classic ML (trees, linear models). */
export type DecisionModelKind = (typeof DECISION_MODEL_KINDS)[number];
export type Confidence = 'strong' | 'conditional' | 'weak';
export type StartPhase = 'initial-training' | 'validation' | 'optimization' | 'refinement';

export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** Techniques that optimize an existing model (the timeline's optimization phase accepts these). */
export type OptimizationTechniqueId = (typeof OPTIMIZATION_TECHNIQUE_IDS)[number];

/** The decision tool's answers. Every answer is optional; a missing answer means `'unsure'`. */
export interface DecisionInput {
  /** Is there a trained model for this task today? */
  hasModel?: Answer;
  /** Language model, other deep model or classic ML; missing means `'unsure'`. */
  modelKind?: DecisionModelKind;
  /** Its accuracy on held-out data, percent 0–100. */
  accuracy?: number;
  /** Minimum acceptable accuracy for the business, percent 0–100. */
  requiredAccuracy?: number;
  /** What a trivial baseline scores (majority class, current manual process), percent 0–100. */
  baselineAccuracy?: number;
  /** Asked when the numbers are not known; derived from accuracy and requiredAccuracy when both are given. */
  meetsAccuracy?: Answer;
  /** A new data source or domain, or a significantly changed use case. */
  dataOrUseCaseChanged?: Answer;
  /** Latency, memory, throughput or deployment cost prevents production use. */
  performanceBlocking?: Answer;
  bottlenecks?: Bottleneck[];
  /** A working model needs a few more points of accuracy. */
  needsIncrementalAccuracy?: Answer;
  /** About to face production load. */
  preparingForScale?: Answer;
}

export type DecisionField = keyof DecisionInput;
export type AnswerField = (typeof ANSWER_FIELDS)[number];
export type PercentField = (typeof PERCENT_FIELDS)[number];

export type DecisionRuleId =
  | 'no-model'
  | 'no-model-language'
  | 'data-changed-measure-first'
  | 'language-model-adapt-first'
  | 'data-or-use-case-changed'
  | 'below-baseline'
  | 'near-baseline'
  | 'below-accuracy-floor'
  | 'accuracy-gray-zone'
  | 'far-below-requirement'
  | 'fails-the-bar'
  | 'close-to-requirement'
  | 'needs-more-points'
  | 'performance-blocking'
  | 'serving-costs'
  | 'preparing-for-scale'
  | 'refine-by-default';

/** A rule that matched, with the guide section that explains it. */
export interface FiredRule {
  id: DecisionRuleId;
  summary: string;
  guide: GuideLink;
  /** The path this rule points to (the first fired rule decides the recommendation). */
  path: PathId;
}

/** A single-answer change that would give a different path (each entry is checked by running the rules). */
export interface WhatWouldChange {
  field: DecisionField;
  value: unknown;
  path: PathId;
}

export interface Recommendation {
  status: 'recommendation';
  path: PathId;
  confidence: Confidence;
  /** Every rule that matched, in priority order; the first one decided the path. */
  firedRules: FiredRule[];
  techniques: TechniqueId[];
  startPhase: StartPhase;
  nextSteps: string[];
  whatWouldChange: WhatWouldChange[];
}

/** Nothing answered yet: no recommendation, only how the guide decides and the question to start with. */
export interface EmptyDecision {
  status: 'empty';
  /** How the guide decides, one sentence a step. */
  howItDecides: string[];
  /** The field of the first question to ask. */
  firstQuestion: DecisionField;
}

/** What `recommend` returns: a recommendation, or the empty state when nothing is answered. */
export type DecisionOutcome = Recommendation | EmptyDecision;

/** The decision thresholds (keys of the DECISION constants). */
export type DecisionThresholdId = 'accuracyFloor' | 'accuracyGrayZoneTop' | 'baselineMargin' | 'requirementMargin';

/** A row of the decision table (rules are data, evaluated in priority order). */
export interface DecisionRule {
  id: DecisionRuleId;
  path: PathId;
  /**
   * `conditional` for gray zones and for any rule that rests on a threshold without a published
   * source (a test enforces it); a strong rule can still give a weak result when an unsure answer
   * could change it.
   */
  strength: 'strong' | 'conditional';
  summary: string;
  guide: GuideLink;
  techniques: TechniqueId[];
  /** The fact-sheet rows the rule rests on. */
  evidence: SourceId[];
  /** The thresholds the rule's condition uses (empty when it compares answers only). */
  thresholds: DecisionThresholdId[];
}

/** What "Plan this" opens in the estimator for a decided path, and the note it shows there. */
export interface DecisionHandOff {
  path: PathId;
  /** The estimator's inputs: a preset where one fits, plus the scenario and techniques of the path. */
  inputs: TimelineInput;
  /** A short dismissible note, e.g. "From your decision: retrain first." plus what is planned. */
  note: string;
}

export interface PathInfo {
  id: PathId;
  label: string;
  summary: string;
  guide: GuideLink;
  startPhase: StartPhase;
  /** The estimator scenario that plans this path (a missing model is built, a failing one retrained by fine-tuning…). */
  scenario: ScenarioId;
}

export interface TechniqueInfo {
  id: TechniqueId;
  label: string;
  guide: GuideLink;
  /** True when the technique needs a training run (distillation, pruning with retraining, …). */
  needsRetraining: boolean;
  /** True when the timeline's optimization phase accepts it. */
  optimizes: boolean;
}

export type DecisionQuestionId = 'meets-bar' | 'performance-blocking' | 'data-changed' | 'needs-more-points';

/** One of the four questions of the decision flowchart. */
export interface DecisionQuestion {
  id: DecisionQuestionId;
  /** 1–4, the order they are asked in. */
  number: number;
  question: string;
  hint: string;
  guide: GuideLink;
  /** The DecisionInput fields this question sets. */
  fields: DecisionField[];
  /** The answer field that settles the question, its settling answer, the path it leads to, and an input that shows it. */
  decisive: { field: AnswerField; answer: Answer; path: PathId; example: DecisionInput };
  /** What the other answer means, in a sentence. */
  otherwise: string;
}

export type SeedSituationId =
  | 'building-from-scratch'
  | 'model-not-learned'
  | 'new-data-sources'
  | 'changed-use-case'
  | 'accurate-but-slow'
  | 'serving-costs'
  | 'few-more-points'
  | 'production-scale';

/** The eight situations of the "train first" / "optimize first" guides, each with an example input. */
export interface SeedSituation {
  id: SeedSituationId;
  title: string;
  summary: string;
  guide: GuideLink;
  input: DecisionInput;
  expectedPath: PathId;
}

/* ------------------------------------------------------------------ comparison */

export type ComparisonTag = (typeof COMPARISON_TAGS)[number]['id'];

export interface ComparisonTagInfo {
  id: ComparisonTag;
  label: string;
}

export interface ComparisonRow {
  id: string;
  aspect: string;
  training: string;
  optimization: string;
  tags: ComparisonTag[];
}

export interface ComparisonQuery {
  /** Words to find in the aspect and both cells (all must match; case- and accent-insensitive). */
  text?: string;
  /** Keep rows that carry at least one of these tags. */
  tags?: ComparisonTag[];
  /** Mark the rows most relevant to this path. */
  highlightFor?: PathId;
}

/** A half-open range [start, end) of UTF-16 indexes into the original cell text. */
export interface MatchRange {
  start: number;
  end: number;
}

export interface ComparisonMatches {
  aspect: MatchRange[];
  training: MatchRange[];
  optimization: MatchRange[];
}

export interface ComparisonResultRow extends ComparisonRow {
  matches: ComparisonMatches;
  highlighted: boolean;
}

export interface ComparisonView {
  rows: ComparisonResultRow[];
  count: number;
  total: number;
  /** The search words actually used (after trimming, folding and de-duplication). */
  terms: string[];
}

/* ------------------------------------------------------------------ timeline */

export type ScenarioId = (typeof SCENARIO_IDS)[number];
export type DataReadiness = (typeof DATA_READINESS_IDS)[number];
export type GpuId = (typeof GPU_IDS)[number];
/** Accelerator families that share an MFU range. */
export type GpuFamily = 'ampere' | 'hopper' | 'blackwell' | 'ada' | 'turing' | 'cdna3' | 'tpu';
/** How a fine-tune trains: every weight, low-rank adapters on 16-bit weights, or adapters on 4-bit weights. */
export type FineTuneMethod = (typeof FINE_TUNE_METHODS)[number];
/** What memory is estimated for: a training method, or serving. */
export type MemoryMethod = (typeof MEMORY_METHODS)[number];
/** Number format of the weights and matrix maths. */
export type Precision = (typeof PRECISIONS)[number];
/** `llm`: transformer language model (6·N·D applies); `classic`: CNN/BERT-size model (GPU-hour defaults). */
export type ModelKind = (typeof MODEL_KIND_IDS)[number];
export type PresetId = (typeof PRESET_IDS)[number];
export type PhaseId = (typeof PHASE_IDS)[number];

/** Inputs of the estimator. Only `scenario` is required (or a `preset` that sets it); everything else has a default. */
export interface TimelineInput {
  scenario: ScenarioId;
  /** Fills the inputs the preset names; fields given explicitly win. */
  preset?: PresetId;
  modelKind?: ModelKind;
  /** Parameters (accepts "7B", "350M"). */
  modelParams?: number;
  /** Training tokens (accepts "1.5T"). */
  trainingTokens?: number;
  /** Total training FLOPs, for work where 6·N·D does not apply. */
  totalFlops?: number;
  /** Measured training throughput in tokens per second per GPU (calibrates the estimate). */
  tokensPerSecond?: number;
  gpuType?: GpuId;
  gpuCount?: number;
  /** Model FLOPs utilization, a ratio 0.01–1 (accepts "40%"). */
  mfu?: number;
  /** USD per GPU-hour. */
  pricePerGpuHour?: number;
  dataReadiness?: DataReadiness;
  /** Optimization techniques to plan for. */
  techniques?: OptimizationTechniqueId[];
  refinementCycles?: number;
  /** What the people on the project cost per calendar day, all together (USD). No default. */
  dayRate?: number;
  /** How a fine-tune trains (default LoRA for fine-tunes; pretraining always trains every weight). */
  method?: FineTuneMethod;
  /** Tokens in one pass over the fine-tuning or distillation data (accepts "50M"). */
  datasetTokens?: number;
  /** Passes over `datasetTokens` (default 1). */
  epochs?: number;
  /** Parameters active per token, for mixture-of-experts models (accepts "37B"); default `modelParams`. */
  activeParams?: number;
  /** Parameters of the student when distilling (accepts "1B"); the teacher is `modelParams`. */
  studentParams?: number;
  /** Number format of training (FP8 where the accelerator has it). */
  precision?: Precision;
}

export type TimelineField = keyof TimelineInput;

export interface Phase {
  id: PhaseId;
  label: string;
  /** Elapsed calendar days. */
  low: number;
  likely: number;
  high: number;
  /** Calendar day the phase starts on (phases run one after another). */
  start: Range;
  gpuHours: Range;
  /** USD; null when it depends on a GPU price we do not have a default for. */
  cost: Range | null;
  /** True when the scenario or the inputs leave nothing to do in this phase (all figures 0). */
  skipped: boolean;
  /** How the figures were computed, in a sentence, naming the source ids. */
  basis: string;
  sourceIds: SourceId[];
}

export interface TimelineTotal {
  low: number;
  likely: number;
  high: number;
  gpuHours: Range;
  /** GPU cost plus team cost (team cost only with a day rate); null when the GPU price is unknown. */
  cost: Range | null;
  /** GPU time only: GPU-hours × price. */
  gpuCost: Range;
  /** Calendar days × day rate, or null without a day rate. */
  teamCost: Range | null;
}

export type ComputeMethod = 'six-n-d' | 'four-n-d' | 'total-flops' | 'throughput' | 'default-gpu-hours' | 'none';

/** How the initial-training compute was obtained. */
export interface ComputeSummary {
  method: ComputeMethod;
  /** Total training FLOPs (null when the estimate came from GPU-hour defaults or no training). */
  flops: number | null;
  /** Training tokens used (null when not token-based). */
  tokens: number | null;
  /** Wall-clock days of the training run before overhead, per low/likely/high MFU (zeros when no training). */
  idealDays: Range;
}

export interface Assumption {
  id: string;
  text: string;
  sourceIds: SourceId[];
}

export interface Sensitivity {
  input: TimelineField;
  label: string;
  /** How far the likely total moves (days) across the input's plausible values. */
  deltaDays: number;
}

/** Every input after defaults, as the estimate used it. */
export interface ResolvedTimelineInput {
  scenario: ScenarioId;
  preset: PresetId | null;
  modelKind: ModelKind;
  modelParams: number;
  trainingTokens: number | null;
  totalFlops: number | null;
  tokensPerSecond: number | null;
  gpuType: GpuId;
  gpuCount: number;
  mfu: Range;
  pricePerGpuHour: Range;
  dataReadiness: DataReadiness;
  techniques: OptimizationTechniqueId[];
  refinementCycles: Range;
  dayRate: number | null;
  method: FineTuneMethod;
  datasetTokens: number | null;
  epochs: number;
  activeParams: number;
  studentParams: number | null;
  precision: Precision;
}

/** Inputs of `estimateMemory`. Only `modelParams` is required. */
export interface MemoryInput {
  /** Parameters (accepts "70B"). */
  modelParams: number;
  /** Unused by memory (every expert's weights are stored); accepted so a timeline input can be passed through. */
  activeParams?: number;
  method?: MemoryMethod;
  gpuType?: GpuId;
  gpuCount?: number;
  precision?: Precision;
  /** Tokens per sequence (default 2,048). */
  sequenceLength?: number;
  /** Sequences per GPU at once: the micro-batch in training, concurrent requests in serving (default 1). */
  batchSize?: number;
}

export type MemoryField = keyof MemoryInput;

/** GPU memory per GPU in GB (1 GB = 10^9 bytes). */
export interface MemoryBreakdown {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  kvCache: number;
}

export interface MemoryEstimate {
  method: MemoryMethod;
  /** What one GPU must hold, GB. */
  perGpuGB: number;
  /** What one GPU has, GB. */
  availableGB: number;
  fits: boolean;
  /** Fewest GPUs of this type that hold the plan, or null when no count does (activations alone exceed one GPU). */
  minGpus: number | null;
  breakdown: MemoryBreakdown;
  /** The model shape used for activations and the KV cache. */
  shape: { layers: number; hidden: number };
  sourceIds: SourceId[];
}

/** Plain-words labels the result shows, so a compute-only figure never reads as the project's cost. */
export interface CostLabels {
  /** Heading for `total.cost` or `total.gpuCost`. */
  gpuCost: string;
  /** Heading for `total.teamCost` (null when there is no day rate). */
  teamCost: string | null;
  /** One sentence on what the cost covers. */
  note: string;
}

export interface Timeline {
  scenario: ScenarioId;
  phases: Phase[];
  total: TimelineTotal;
  compute: ComputeSummary;
  inputs: ResolvedTimelineInput;
  assumptions: Assumption[];
  sensitivity: Sensitivity[];
  /** Memory per GPU for the training run (or serving, when nothing is trained); null for classic models. */
  memory: MemoryEstimate | null;
  /** Headings and a sentence saying what the cost figures cover. */
  labels: CostLabels;
}

export interface GpuInfo {
  id: GpuId;
  label: string;
  family: GpuFamily;
  /** Dense BF16/FP16 peak, TFLOP/s. */
  peakTflops: number;
  /** Dense FP8 peak, TFLOP/s, or null when the accelerator has no FP8. */
  fp8Tflops: number | null;
  memoryGb: number;
  /** MFU range in BF16, and in FP8 (of the FP8 peak) where there is FP8. */
  mfu: { bf16: Range; fp8: Range | null; source: SourceId };
  /** ISO date the default price was read or estimated. */
  priceRead: string;
  /** Default USD per GPU-hour (every accelerator has one; some are estimates, see priceSource). */
  price: Range;
  source: SourceId;
  priceSource: SourceId;
}

export interface PresetInfo {
  id: PresetId;
  label: string;
  inputs: TimelineInput;
  sourceIds: SourceId[];
}

/* ------------------------------------------------------------------ URL state */

export interface ToolState {
  decision?: Partial<DecisionInput>;
  comparison?: ComparisonQuery;
  timeline?: Partial<TimelineInput>;
  payback?: Partial<PaybackInput> & PaybackHandOffState;
}
