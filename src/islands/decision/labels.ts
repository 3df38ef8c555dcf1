/**
 * The decision guide's label table (English): its questions, field labels (the same names its
 * error messages use, from the rules' DECISION_FIELD_LABELS) and result words.
 */
import { DECISION_FIELD_LABELS as FIELD_LABELS } from '../../rules/index.ts';

export const DECISION = {
  title: 'Your answers',
  intro: 'Answer what you know. “Not sure” is a fine answer: the result tells you which unknowns could change it.',
  questions: {
    hasModel: {
      legend: 'Is there a trained model for this task today?',
      hint: 'Your own model, a fine-tuned open model or a vendor model you already call.',
    },
    meetsAccuracy: {
      legend: 'Does it meet the accuracy the business needs?',
      hint: 'Answer this if you left the accuracy boxes empty. When both accuracy figures are given, they decide.',
    },
    dataOrUseCaseChanged: {
      legend: 'Has the data source, domain or use case changed since it was trained?',
      hint: 'A new data source, a new market or language, or the model now answers a different question.',
    },
    performanceBlocking: {
      legend: 'Do latency, memory, throughput or serving cost block production use?',
      hint: undefined,
    },
    needsIncrementalAccuracy: {
      legend: 'Does a working model need a few more points of accuracy?',
      hint: undefined,
    },
    preparingForScale: {
      legend: 'Are you about to face production load?',
      hint: 'A launch, a traffic spike or a new customer that multiplies requests.',
    },
  },
  modelKind: {
    legend: 'What kind of model is it, or will it be?',
    hint: 'Language models add prompting, retrieval and hosted APIs to the options.',
    options: { llm: 'Language model', deep: 'Other deep model (vision, speech…)', classic: 'Classic ML (trees, linear models)', unsure: 'Not sure' },
  },
  numbers: {
    legend: 'Accuracy, if you know it',
    /** The folded one-line summary in an embed: "Accuracy: held-out 72% · needed 90%". */
    short: 'Accuracy',
    hint: 'Percent, 0 to 100. Leave a box empty when you do not know the figure.',
    accuracy: { label: FIELD_LABELS.accuracy, short: 'held-out', hint: 'Measured on data the model never saw during training.' },
    requiredAccuracy: { label: FIELD_LABELS.requiredAccuracy, short: 'needed', hint: 'The lowest score you could ship.' },
    baselineAccuracy: {
      label: FIELD_LABELS.baselineAccuracy,
      short: 'baseline',
      hint: 'For example always predicting the most common class, or your current manual process.',
    },
  },
  bottlenecks: {
    legend: 'Which limits bite?',
    hint: 'Pick all that apply; they choose the optimization techniques.',
    options: { latency: 'Latency', cost: 'Serving cost', memory: 'Memory', throughput: 'Throughput' },
  },
  /** An answered question folded to one line in an embed: the button that reopens it. */
  change: 'Change',
  changeLabel: (question: string) => `Change: ${question}`,
  resultTitle: 'Recommendation',

  confidenceLabel: 'Confidence',
  confidence: {
    strong: 'Strong',
    conditional: 'Conditional',
    weak: 'Weak: an unsure answer could change it',
  },
  startPhaseLabel: 'Start at',
  startPhase: {
    'initial-training': 'Phase 1, initial training',
    validation: 'Phase 2, validation and testing',
    optimization: 'Phase 3, strategic optimization',
    refinement: 'Phase 4, iterative refinement',
  },
  whyTitle: 'Why',
  techniquesTitle: 'Techniques to start with',
  nextStepsTitle: 'Next steps',
  changeTitle: 'What would change this answer',
  changeNone: 'No single answer would change this path.',
  changeItem: (question: string, answer: string, path: string) => `${question} “${answer}” → ${path}`,
  plan: 'Plan this',
  planHint: 'Open the timeline estimator with a matching scenario.',
  compare: 'Compare',
  compareHint: 'Highlight the comparison rows that matter for this path.',
  payback: 'Does it pay back?',
  paybackHint: 'Open the payback calculator with the suggested techniques as steps.',
  errorsFallback: 'Fix the highlighted answers to see a recommendation.',
  empty: {
    lead: 'No recommendation yet: answer the first question and the guide takes it from there.',
    howTitle: 'How the guide decides',
    start: 'Start with the first question',
    bar: 'Answer the first question',
    announce: 'No recommendation yet.',
  },
  announce: (path: string, confidence: string) => `Recommendation: ${path}. Confidence: ${confidence}.`,
} as const;
