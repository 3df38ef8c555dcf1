/**
 * The calculators' default results as Markdown tables, for the Markdown copies of the guides.
 * Each reads the same rules and defaults as the page's server-rendered result.
 */
import { COMPARISON_ROWS, DECISION_QUESTIONS, PATHS, PRESETS, PRESET_IDS, estimateTimeline, type PresetId } from '../rules/index.ts';
import { DEFAULT_PRESET, presetForm, timelineInput } from '../stores/timeline.ts';
import { formatNumber, formatUsd } from '../islands/frame/format.ts';
import { TOOLS } from '../config/tools.ts';
import { table, type BlockRenderer } from './mdx-to-markdown.ts';

const link = (href: string, site: URL) => new URL(href, site).href;
const settles = (q: (typeof DECISION_QUESTIONS)[number]) =>
  `${q.decisive.answer === 'yes' ? 'Yes' : 'No'}: ${PATHS[q.decisive.path].label.toLowerCase()}`;

/** The four questions, what settles each and the path it leads to. */
function decisionTable(site: URL): string {
  const rows = [...DECISION_QUESTIONS]
    .sort((a, b) => a.number - b.number)
    .map((q) => [String(q.number), `[${q.question}](${link(q.guide, site)})`, settles(q), q.otherwise]);
  return `${table(['#', 'Question', 'Answer that settles it', 'Otherwise'], rows)}\n\nAnswer the questions for your project: ${link(TOOLS.decision.href, site)}`;
}

function comparisonTable(site: URL): string {
  return `${table(['Aspect', 'Training', 'Optimization'], COMPARISON_ROWS.map((r) => [r.aspect, r.training, r.optimization]))}\n\nFilter the table: ${link(TOOLS.comparison.href, site)}`;
}

function timelineTable(preset: string | undefined, site: URL): string {
  const id = preset && (PRESET_IDS as readonly string[]).includes(preset) ? (preset as PresetId) : DEFAULT_PRESET;
  const r = estimateTimeline(timelineInput(presetForm(id)));
  if (!r.ok) return `Estimate: ${link(TOOLS.timeline.href, site)}`;
  const range = (x: { low: number; likely: number; high: number } | null, f: (n: number) => string) => (x ? `${f(x.low)} / ${f(x.likely)} / ${f(x.high)}` : '—');
  const rows = r.value.phases
    .filter((p) => !p.skipped)
    .map((p) => [p.label, range(p, formatNumber), range(p.gpuHours, formatNumber), p.cost ? range(p.cost, formatUsd) : '—']);
  const t = r.value.total;
  rows.push(['**Total**', range(t, formatNumber), range(t.gpuHours, formatNumber), range(t.gpuCost, formatUsd)]);
  return `Estimate for “${PRESETS[id].label}”, low / likely / high:\n\n${table(['Phase', 'Calendar days', 'GPU-hours', 'GPU cost'], rows)}\n\nChange the inputs: ${link(TOOLS.timeline.href, site)}`;
}

/** The decision flowchart: the four questions in the page's order. */
function flowchartList(site: URL): string {
  return [...DECISION_QUESTIONS]
    .sort((a, b) => a.number - b.number)
    .map((q) => `${q.number}. [${q.question}](${link(q.guide, site)}) ${settles(q)}. ${q.otherwise}`)
    .join('\n');
}

/** Block components of content/ as Markdown; a calculator not listed here becomes a link to the tools. */
export function toolBlocks(site: URL): BlockRenderer {
  return (name, attrs) => {
    if (name === 'DecisionTool') return decisionTable(site);
    if (name === 'ComparisonTool') return comparisonTable(site);
    if (name === 'TimelineTool') return timelineTable(attrs.preset, site);
    if (name === 'DecisionFlowchart') return flowchartList(site);
    if (/Tool$/.test(name)) return `Calculator: ${link('/tools/', site)}`;
    return undefined;
  };
}
