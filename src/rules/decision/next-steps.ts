/** What to do next, per path, plus steps added when an answer is missing. Copy lives here only. */
import type { PathId } from '../types.ts';

export const PATH_STEPS: Readonly<Record<PathId, readonly string[]>> = {
  'train-first': [
    'Write down the task, the metric that matters and the accuracy the business needs.',
    'Collect and label a first dataset, and set aside held-out data the model never trains on.',
    'Train a simple baseline model before anything ambitious, and compare it with always guessing the most common answer.',
  ],
  'retrain-first': [
    'Find out why the model fails: look at its errors on held-out data, grouped by type.',
    'Fix the data first: add examples that match production, correct wrong labels, cover the new domain.',
    'Retrain and validate again before spending anything on speed or cost.',
  ],
  'optimize-first': [
    'Measure the current latency, memory, throughput and cost per request, so every change can be compared.',
    'Try the techniques that need no retraining first, and check accuracy on held-out data after each one.',
    'Keep a change only if it moves a business metric, not just a benchmark.',
  ],
  'refine-iteratively': [
    'Monitor accuracy, latency and cost in production, with alerts for drift.',
    'Collect the cases the model gets wrong and retrain on them in planned cycles.',
    'Look for efficiency gains, such as batching or quantization, between cycles.',
  ],
  'measure-first': [
    'Label a fresh held-out sample of the new data, large enough to trust.',
    'Measure the model on it, next to a trivial baseline, against the same bar as before.',
    'Retrain only if the drop is real; if the model still clears the bar, keep it and watch it with monitoring.',
  ],
  'adapt-first': [
    'Write the task down with a few worked examples, and measure a pretrained model on held-out cases against your bar.',
    'If answers need facts the model lacks, retrieve them from your own documents at question time.',
    'Try a hosted API before buying GPUs; plan a fine-tune only if prompting and retrieval fall short.',
  ],
};

/** The empty state: how the guide decides, one step a sentence. */
export const HOW_IT_DECIDES: readonly string[] = [
  'It asks whether a model exists and what kind it is, then how it scores against a trivial baseline and the bar the business sets.',
  'A model that has not learned the task, or that a measured change left behind, is retrained first; a language model is prompted and given retrieval first.',
  'A model that clears the bar is optimized for what blocks it, and otherwise refined in cycles.',
  'The result is less sure when a rule rests on a rule of thumb or an unanswered question.',
];

export const EXTRA_STEPS = {
  measureAccuracy: 'Measure accuracy on held-out data, and what a trivial baseline scores on the same data, before committing to a path.',
  nameBottleneck: 'Say which bottleneck hurts most (latency, cost, memory or throughput) to narrow the list of techniques.',
  answerUnsure: 'Answer the questions marked “not sure” where you can: the result could change.',
} as const;
