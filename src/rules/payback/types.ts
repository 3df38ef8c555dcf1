/** The payback calculator's public types (re-exported from ../index.ts). */
import type { Assumption, GpuId, Range, SourceId } from '../types.ts';

/** What is served: language-model requests (tokens) or other predictions. */
export type PaybackWorkload = 'llm' | 'predictions';
/** How the model is served today. */
export type ServingMode = 'self-hosted' | 'api';
/** Hosted API models with a dated default price. */
export type ApiModelId = 'gpt-4o-mini' | 'claude-haiku-3.5' | 'claude-sonnet-4' | 'gemini-2.5-flash';
/** Candidate steps. */
export type PaybackStepId =
  | 'quantize-8bit'
  | 'quantize-4bit'
  | 'distill'
  | 'serving-engine'
  | 'speculative-decoding'
  | 'caching'
  | 'retrain'
  | 'switch-serving';
export type PaybackPresetId = 'chat-8b-l40s' | 'api-support-bot' | 'image-classifier';

/**
 * The one-off cost of a step as an estimator plan hands it over: GPU-hours at a price, plus team
 * days at a day rate. A structural type of our own, so it does not depend on the estimator's result type.
 */
export interface PlanCost {
  gpuHours: Range;
  pricePerGpuHour: number | Range;
  teamDays?: number | Range;
  dayRate?: number;
}

/** One candidate step as the reader gives it. */
export interface PaybackStepInput {
  id: PaybackStepId;
  /** One-off cost in US dollars, typed in. */
  oneOffCost?: number | Range;
  /** Or the one-off cost from an estimator plan. */
  plan?: PlanCost;
  /** The reader's own throughput multiplier (self-hosted) for this step, replacing the default. */
  speedup?: number | Range;
}

export interface PaybackInput {
  preset?: PaybackPresetId;
  workload?: PaybackWorkload;
  requestsPerDay?: number;
  inputTokens?: number;
  outputTokens?: number;
  predictionsPerDay?: number;
  serving?: ServingMode;
  gpuType?: GpuId;
  gpuCount?: number;
  /** Output tokens (or predictions) per second per GPU at full load. */
  throughputPerGpu?: number;
  /** Share of that full-load throughput reached in production, 0–1. */
  utilization?: number;
  pricePerGpuHour?: number;
  apiModel?: ApiModelId;
  priceInputPer1M?: number;
  priceOutputPer1M?: number;
  pricePer1kPredictions?: number;
  /** Step ids, or step objects with a one-off cost, plan or speed-up. */
  steps?: (PaybackStepId | PaybackStepInput)[];
  /** One-off costs in US dollars, in the order of `steps` (the link form of `oneOffCost`). */
  oneOffCosts?: number[];
}

export type PaybackField = Exclude<keyof PaybackInput, never>;

/**
 * What a link from another tool carries besides the calculator's own inputs (link state only,
 * never an input of estimatePayback): where it came from, the decision's or plan's techniques, and
 * an estimator plan's GPU-hours and price per GPU-hour, each as [low, likely, high].
 */
export interface PaybackHandOffState {
  from?: string;
  techniques?: string[];
  planGpuHours?: [number, number, number];
  planPrice?: [number, number, number];
}

export type PaybackHandOffField = keyof PaybackHandOffState;

/** Monthly serving cost of one way of serving. */
export interface ServingCost {
  mode: ServingMode;
  /** USD per month. */
  monthly: Range;
  /** GPUs running (self-hosted), or null for an API. */
  gpus: Range | null;
  /** USD per 1M tokens (language models) or per 1,000 predictions. */
  perUnit: Range;
}

/** Break-even in months per low/likely/high; null means never (nothing is saved). */
export interface BreakEven {
  low: number | null;
  likely: number | null;
  high: number | null;
}

export interface CumulativePoint {
  month: number;
  /** Cumulative USD if nothing changes (likely). */
  before: number;
  /** Cumulative USD with the step: its one-off cost, then the new monthly cost (likely). */
  after: number;
}

export interface PaybackStep {
  id: PaybackStepId;
  label: string;
  /** The multiplier applied (throughput per GPU, or the input-token bill for API caching). */
  effect: Range;
  oneOffCost: Range;
  after: ServingCost;
  /** before − after, USD per month (negative when the step costs more to run). */
  monthlySaving: Range;
  /** One-off cost ÷ monthly saving. low pairs the cheapest one-off with the biggest saving. */
  breakEvenMonths: BreakEven;
  /** Months 0–24 of cumulative cost, for the chart. */
  series: CumulativePoint[];
  /** The first whole month when the step has paid for itself (likely), or null within 24 months. */
  breakEvenMonth: number | null;
  accuracyRisk: string;
  note: string;
  sourceIds: SourceId[];
}

export interface ResolvedPaybackInput {
  preset: PaybackPresetId | null;
  workload: PaybackWorkload;
  /** Requests or predictions per day. */
  perDay: number;
  inputTokens: number;
  outputTokens: number;
  serving: ServingMode;
  gpuType: GpuId;
  gpuCount: number | null;
  throughputPerGpu: number | null;
  utilization: number;
  pricePerGpuHour: Range | null;
  apiModel: ApiModelId | null;
  priceInputPer1M: number | null;
  priceOutputPer1M: number | null;
  pricePer1kPredictions: number | null;
  steps: PaybackStepInput[];
}

export interface Payback {
  workload: PaybackWorkload;
  /** 'tokens' (cost per 1M tokens) or 'predictions' (cost per 1,000 predictions). */
  unit: 'tokens' | 'predictions';
  /** Tokens (input + output) or predictions per month. */
  monthlyUnits: number;
  before: ServingCost;
  steps: PaybackStep[];
  inputs: ResolvedPaybackInput;
  assumptions: Assumption[];
}

export interface PaybackPresetInfo {
  id: PaybackPresetId;
  label: string;
  summary: string;
  inputs: PaybackInput;
  sourceIds: SourceId[];
}

export interface PaybackStepInfo {
  id: PaybackStepId;
  label: string;
  summary: string;
  accuracyRisk: string;
  sourceIds: SourceId[];
}
