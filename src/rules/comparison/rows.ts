/**
 * The comparison table: training and optimization side by side. The first seven aspects are the
 * seed article's, rewritten; the rest answer what a reader deciding also asks.
 */
import type { ComparisonRow, PathId } from '../types.ts';

export const COMPARISON_ROWS: readonly ComparisonRow[] = [
  {
    id: 'primary-goal',
    aspect: 'Primary goal',
    training: 'Teach a model the task from examples, so that it can do the job at all.',
    optimization: 'Make a model that already does the job faster, cheaper, smaller or a little more accurate.',
    tags: ['goals'],
  },
  {
    id: 'when-it-happens',
    aspect: 'When it happens',
    training: 'First, before anything else, and again when the data or the use case changes and the model, measured on the new data, falls short.',
    optimization: 'After validation shows the model has learned the task well enough to be worth improving.',
    tags: ['timing'],
  },
  {
    id: 'data-requirements',
    aspect: 'Data requirements',
    training: 'A large labeled set that looks like production data, plus held-out data the model never trains on.',
    optimization: 'Held-out validation and test data, and for quantization a small calibration set; usually no new labels.',
    tags: ['data'],
  },
  {
    id: 'time-investment',
    aspect: 'Time investment',
    training: 'From minutes for a small fine-tune to months for pretraining a large model, driven by model size, data and hardware.',
    optimization: 'Hours for threshold tuning or post-training quantization; days to weeks when the technique retrains the model, as distillation does.',
    tags: ['time'],
  },
  {
    id: 'success-metric',
    aspect: 'Success metric',
    training: 'Has the model learned the task: does it beat a trivial baseline and reach the accuracy the business needs on unseen data?',
    optimization: 'How much faster, cheaper or more accurate did it get, and at what loss of quality on the same held-out data?',
    tags: ['measurement'],
  },
  {
    id: 'cost-focus',
    aspect: 'Cost focus',
    training: 'GPU-hours for training runs, and the people time spent collecting, cleaning and labeling data.',
    optimization: 'What every request costs to serve: GPUs, memory and latency in production, plus engineering days.',
    tags: ['cost'],
  },
  {
    id: 'expertise-needed',
    aspect: 'Expertise needed',
    training: 'Data science and machine-learning engineering: data pipelines, model choice, training runs, evaluation.',
    optimization: 'Performance engineering: profiling, inference engines, quantization and knowledge of the hardware.',
    tags: ['skills'],
  },
  {
    id: 'typical-techniques',
    aspect: 'Typical techniques',
    training: 'Pretraining, fine-tuning (including LoRA and QLoRA), transfer learning, data collection and labeling.',
    optimization:
      'A serving engine and compilation, batching and caching first; then quantization; pruning and distillation, which retrain, last. For accuracy: threshold and hyperparameter tuning, ensembles.',
    tags: ['methods'],
  },
  {
    id: 'language-models',
    aspect: 'For a language model',
    training: 'Fine-tune (LoRA, QLoRA) once prompting and retrieval fall short; pretraining is for the few who need a new base model.',
    optimization: 'Prompting, retrieval from your own documents, or a hosted API that bills per token, before any training; then the serving engine and quantization.',
    tags: ['methods', 'cost'],
  },
  {
    id: 'typical-tools',
    aspect: 'Typical tools',
    training: 'PyTorch or JAX training loops, Hugging Face libraries, experiment trackers, labeling tools.',
    optimization: 'torch.compile, TensorRT, ONNX Runtime, vLLM, quantization libraries such as GPTQ and AWQ, profilers.',
    tags: ['methods', 'skills'],
  },
  {
    id: 'who-is-involved',
    aspect: 'Who is involved',
    training: 'Data scientists, ML engineers, labelers, and the domain experts who decide what a correct answer is.',
    optimization: 'ML and performance engineers, platform engineers, and whoever owns the serving budget.',
    tags: ['skills'],
  },
  {
    id: 'risk-if-skipped',
    aspect: 'Main risk if skipped',
    training: 'A model that never learned the task: no amount of tuning makes it reliable.',
    optimization: 'A model too slow or too costly to ship, or one that falls over under production load.',
    tags: ['risk'],
  },
  {
    id: 'how-to-know-it-worked',
    aspect: 'How to know it worked',
    training: 'Held-out accuracy clearly above the baseline and the business threshold, with no large gap between training and validation scores.',
    optimization: 'Latency, throughput or cost improves by the target amount while held-out accuracy stays within an agreed tolerance.',
    tags: ['measurement'],
  },
  {
    id: 'compute-cost',
    aspect: 'What it costs in compute',
    training: 'About 6 × parameters × tokens FLOPs for a transformer: a few GPU-hours for a fine-tune, millions for a large pretraining run.',
    optimization: 'A few GPU-hours for calibration-only quantization, even of very large models; as much as a training run for distillation.',
    tags: ['cost', 'time'],
  },
  {
    id: 'output-artifact',
    aspect: 'What you get',
    training: 'Trained weights, a snapshot of the data they learned from, and an evaluation report.',
    optimization: 'A leaner variant: quantized or pruned weights, a compiled engine, a serving configuration or a tuned threshold.',
    tags: ['goals'],
  },
  {
    id: 'how-often',
    aspect: 'How often it repeats',
    training: 'Each time a measured drop on drifted data or a changed use case is real, often in planned retraining cycles.',
    optimization: 'Each time traffic, hardware or cost targets change; often once per model version.',
    tags: ['timing', 'risk'],
  },
];

/** The rows most relevant to each path, highlighted when the comparison is shown next to a recommendation. */
export const COMPARISON_HIGHLIGHTS: Readonly<Record<PathId, readonly string[]>> = {
  'train-first': ['primary-goal', 'when-it-happens', 'data-requirements', 'time-investment', 'compute-cost'],
  'retrain-first': ['data-requirements', 'success-metric', 'risk-if-skipped', 'how-to-know-it-worked', 'how-often'],
  'optimize-first': ['primary-goal', 'typical-techniques', 'cost-focus', 'expertise-needed', 'typical-tools'],
  'refine-iteratively': ['how-often', 'how-to-know-it-worked', 'success-metric', 'cost-focus'],
  'measure-first': ['success-metric', 'how-to-know-it-worked', 'how-often', 'data-requirements'],
  'adapt-first': ['language-models', 'typical-techniques', 'cost-focus', 'time-investment'],
};
