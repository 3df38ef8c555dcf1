/**
 * One line on what each technique does, for the decision result. Kept apart from TECHNIQUES so the
 * estimator, which only needs the labels, does not carry them.
 */
import type { TechniqueId } from '../types.ts';

export const TECHNIQUE_SUMMARIES: Readonly<Record<TechniqueId, string>> = {
  quantization: 'Store weights (and sometimes activations and the KV cache) in 8 or 4 bits, FP8 or FP4 instead of 16 to cut memory and, with the right kernels, latency.',
  pruning: 'Remove weights the model barely uses, for example in a 2:4 pattern the GPU can skip, then retrain to recover accuracy.',
  distillation: 'Train a smaller student model to imitate the large one; it is a training run of its own.',
  compilation: 'Run the model in a compiler or serving engine (vLLM, TensorRT-LLM, SGLang): fused kernels, speculative decoding, multi-LoRA.',
  batching: 'Serve several requests in one pass, admitting new ones as others finish (continuous batching), so the GPU does more useful work per second.',
  caching: 'Reuse work already done: repeated answers, shared prompt prefixes, the attention key-value cache.',
  'hyperparameter-tuning': 'Search learning rate, regularization and similar settings, stopping weak trials early; each trial is a partial training run.',
  'threshold-tuning': 'Move the score cut-off to the point that best serves the metric that matters, such as precision or recall. No retraining.',
  ensembles: 'Combine several models’ predictions for a few more points, paying roughly one model’s serving cost per member.',
  'data-collection': 'Gather examples that match the task and the data the model will see in production.',
  labeling: 'Give examples correct answers, and check the labels you already have: wrong labels teach the wrong task.',
  retraining: 'Train again, from a pretrained model or from scratch, on data that reflects the task as it is now.',
  monitoring: 'Track accuracy, latency and cost in production so drift and regressions show up before users notice them.',
  prompting: 'Describe the task and show a few worked examples in the prompt of a pretrained language model. No training.',
  retrieval: 'Look up the passages a question needs in your own documents and give them to the model with it. No training.',
  'hosted-api': 'Buy capacity from a provider that bills per token instead of running GPUs yourself; check the price at your volume.',
};
