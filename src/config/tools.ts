/** The three calculators as the home page, the tools index and the 404 page present them. */
export const TOOL_CARDS = [
  {
    href: '/tools/decision/',
    eyebrow: 'Decide',
    title: 'Decision guide',
    summary: 'Answer up to ten short questions about your model and get a path, the reasons, and what would change it.',
  },
  {
    href: '/tools/comparison/',
    eyebrow: 'Compare',
    title: 'Training vs optimization table',
    summary: 'Every aspect side by side: goals, data, time, cost, skills, risks. Search it or highlight what matters for your path.',
  },
  {
    href: '/tools/timeline/',
    eyebrow: 'Plan',
    title: 'Timeline and cost estimator',
    summary: 'Low, likely and high days, GPU-hours and cost for each phase, from the 6·N·D compute rule and sourced defaults.',
  },
] as const;
