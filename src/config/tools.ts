/**
 * The calculators: how the home page, the tools index and the 404 page present them (card),
 * the frame of their full pages (/tools/<id>/, built by src/layouts/ToolPage.astro) and of their
 * iframe pages (/embed/<id>/). Each tool page keeps only its own lead and explanatory prose.
 */
import { embedPath, toolPath, type EmbedInfo, type ToolId } from './tool-ids.ts';

export { embedPath, toolPath, type EmbedInfo, type ToolId };

export interface ToolInfo {
  id: ToolId;
  /** The full tool page. */
  href: string;
  /** Card: a one-word verb above the title, the title and a one-sentence summary. */
  eyebrow: string;
  title: string;
  summary: string;
  /** The full page's title (also its h1), meta description and breadcrumb label. */
  page: { title: string; description: string; crumb: string };
  /** The iframe page: title (the same as the snippet's iframe title), meta description and h1. */
  embed: { path: string; title: string; description: string; heading: string; height: number };
}

/**
 * The calculators that are live, in list order. Adding a calculator is one entry here (plus its
 * island under src/islands/<id>/ and its wrapper in src/components/tools/Calculator.astro).
 */
export const TOOLS = {
  decision: {
    id: 'decision',
    href: toolPath('decision'),
    eyebrow: 'Decide',
    title: 'Decision guide',
    summary: 'Answer up to ten short questions about your model and get a path, the reasons, and what would change it.',
    page: {
      title: 'Decision guide: train or optimize first?',
      description:
        'Answer a few questions about your model and get a path (train, retrain, optimize or refine), the reasons, and what would change it.',
      crumb: 'Decision guide',
    },
    embed: {
      path: embedPath('decision'),
      title: 'Train or optimize first? Decision guide',
      height: 900,
      description: 'Answer a few questions about your model and get a path, the reasons and what would change it.',
      heading: 'Train or optimize first?',
    },
  },
  comparison: {
    id: 'comparison',
    href: toolPath('comparison'),
    eyebrow: 'Compare',
    title: 'Training vs optimization table',
    summary: 'Every aspect side by side: goals, data, time, cost, skills, risks. Search it or highlight what matters for your path.',
    page: {
      title: 'Training vs optimization: the comparison table',
      description:
        'Training and optimization side by side on goals, timing, data, time, cost, skills, risks and tools. Search the table or highlight the rows for your path.',
      crumb: 'Comparison table',
    },
    embed: {
      path: embedPath('comparison'),
      title: 'Training vs optimization comparison table',
      height: 900,
      description: 'Training and optimization side by side; search the table or highlight the rows for your path.',
      heading: 'Training vs optimization, side by side',
    },
  },
  timeline: {
    id: 'timeline',
    href: toolPath('timeline'),
    eyebrow: 'Plan',
    title: 'Timeline and cost estimator',
    summary: 'Low, likely and high days, GPU-hours and cost for each phase, from the 6·N·D compute rule and sourced defaults.',
    page: {
      title: 'Timeline and cost estimator for AI training',
      description:
        'Estimate calendar days, GPU-hours and cost for data preparation, training, validation, optimization and refinement, from model size, tokens and GPUs.',
      crumb: 'Timeline estimator',
    },
    embed: {
      path: embedPath('timeline'),
      title: 'AI training timeline and cost estimator',
      height: 1100,
      description: 'Calendar days, GPU-hours and cost for each phase of an AI project, with sources.',
      heading: 'How long will it take, and what will it cost?',
    },
  },
  payback: {
    id: 'payback',
    href: toolPath('payback'),
    eyebrow: 'Pay back',
    title: 'Payback calculator',
    summary: 'Monthly serving cost before and after a step, the saving, and the months until its one-off cost is paid back.',
    page: {
      title: 'Payback calculator: does optimizing pay for itself?',
      description:
        'Serving cost per month before and after quantization, distillation, a faster serving engine, caching or an API switch, and the break-even month of each step.',
      crumb: 'Payback calculator',
    },
    embed: {
      path: embedPath('payback'),
      title: 'Inference cost and payback calculator',
      height: 1100,
      description: 'Monthly serving cost before and after each step, the saving and the break-even, with sources.',
      heading: 'Does the step pay for itself?',
    },
  },
} as const satisfies Partial<Record<ToolId, ToolInfo>>;

/** The ids of the live calculators (ToolId also names those still to come). */
export type LiveToolId = keyof typeof TOOLS;

/** The live tools in the order every list shows them. */
export const TOOL_IDS = Object.keys(TOOLS) as LiveToolId[];

/** The calculators as cards, in list order. */
export const TOOL_CARDS: readonly ToolInfo[] = TOOL_IDS.map((id) => TOOLS[id]);

/** What an embed snippet needs to know about a tool. */
export function embedInfo(id: LiveToolId): EmbedInfo {
  const { title, height } = TOOLS[id].embed;
  return { tool: id, title, height };
}
