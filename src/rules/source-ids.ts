/**
 * The id of every source row, declared once. Each row's words live in `content/sources/<id>.yaml`
 * (a content collection: title, detail, publisher, url, year, read date, confidence, section);
 * the build (src/content.config.ts) and tests/content/sources.test.ts keep this list and those
 * files equal. Constants cite these ids in their `source` field; guides cite them with <Cite id>.
 * To add a source: add its id here and write its YAML file (README → "Adding a source").
 */
export const SOURCE_IDS = [
  'trn-6nd', 'trn-chinchilla', 'trn-wallclock', 'trn-gpt3', 'trn-llama2', 'trn-llama31', 'trn-palm',
  'trn-7b-ex', 'hw-a100', 'hw-h100-sxm', 'hw-h100-pcie', 'hw-h200', 'hw-b200', 'hw-l40s', 'hw-l4', 'hw-t4',
  'hw-tpu-v4', 'hw-tpu-v5e', 'hw-tpu-v5p', 'mfu-palm', 'mfu-megatron', 'mfu-mpt-h100', 'mfu-mpt-a100',
  'mfu-llama3', 'trn-overhead', 'ft-mlperf-lora-h100', 'ft-mlperf-lora-bw', 'ft-litgpt', 'ft-qlora',
  'ft-unsloth', 'ft-bert', 'cl-mlperf-h100', 'cl-resnet-2017', 'opt-distil', 'opt-int8', 'opt-gptq',
  'opt-awq', 'opt-quant-caveat', 'opt-24', 'opt-vllm', 'opt-compile', 'opt-ort-trt', 'opt-hpo',
  'opt-threshold', 'opt-ensemble', 'opt-effort', 'dp-anaconda', 'dp-crowdflower', 'dp-box', 'dp-mask',
  'dp-ratio', 'pr-h100', 'pr-a100', 'pr-l4', 'pr-t4', 'seed-acc', 'seed-train-time', 'seed-opt-time',
  'seed-order', 'def-dataprep', 'def-train-ft', 'def-train-classic', 'def-train-pretrain', 'def-mfu',
  'def-overhead', 'def-train-calendar', 'def-validation', 'def-opt-light', 'def-opt-retrain', 'def-refine',
  'def-price-h100', 'def-price-a100', 'def-price-l4-t4', 'llm-prompting', 'llm-rag', 'llm-api',
  'trn-lora-flops', 'trn-distil-flops', 'trn-moe', 'trn-bloom', 'hw-b300', 'hw-mi300x', 'hw-mi325x',
  'hw-tpu-v6e', 'mfu-fp8', 'ft-alpaca', 'ft-vicuna', 'opt-spec-decoding', 'opt-fp8-weights', 'opt-kv-quant',
  'opt-prefix-cache', 'opt-serving-engines', 'opt-multi-lora', 'def-mfu-family', 'def-mfu-ft',
  'def-price-est', 'mem-adam', 'mem-qlora', 'mem-infer', 'mem-activations', 'mem-shape',
  'srv-trtllm-8b', 'srv-l40s-estimate', 'srv-fp8-vllm', 'srv-fp8-recovery', 'srv-leviathan', 'srv-chen',
  'srv-eagle', 'srv-sglang', 'srv-effect-ranges', 'api-openai', 'api-anthropic', 'api-google', 'pr-l40s',
  'def-price-l40s',
] as const;

/** A row id of the sources table. */
export type SourceId = (typeof SOURCE_IDS)[number];

/** The sources table's sections, in reading order (the methodology page groups rows by them). */
export const SOURCE_SECTIONS = {
  training: 'Training compute and wall-clock time',
  accelerators: 'Accelerators: dense peak and memory',
  mfu: 'MFU and overheads',
  'fine-tuning': 'Fine-tuning and classic training times',
  optimization: 'Optimization techniques: effects and effort',
  'data-preparation': 'Data preparation',
  prices: 'Cloud GPU prices',
  'seed-claims': "The seed article's claims and their limits",
  'estimator-defaults': 'Estimator defaults',
  memory: 'Memory per parameter',
  serving: 'Serving cost and throughput',
} as const;

/** A section slug of the sources table. */
export type SourceSection = keyof typeof SOURCE_SECTIONS;

/** How sure we are of a row: checked at the source, via a copy, our arithmetic, or an estimate. */
export const SOURCE_CONFIDENCES = ['verified', 'secondary', 'derived', 'estimate'] as const;
export type SourceConfidence = (typeof SOURCE_CONFIDENCES)[number];

/** True when `id` is a row id (for checking ids that arrive as plain strings). */
export function isSourceId(id: string): id is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}
