/**
 * Components every MDX file in content/ may use without importing them.
 * Layouts pass this map to `<Content components={MDX_COMPONENTS} />`.
 */
import Cite from './cite/Cite.astro';
import Term from './Term.astro';
import Callout from './Callout.astro';
import DecisionFlowchart from './DecisionFlowchart.astro';
import DecisionTool from './tools/DecisionTool.astro';
import ComparisonTool from './tools/ComparisonTool.astro';
import TimelineTool from './tools/TimelineTool.astro';
import PaybackTool from './tools/PaybackTool.astro';
import PaybackTable from './PaybackTable.astro';

export const MDX_COMPONENTS = {
  Cite,
  Term,
  Callout,
  DecisionFlowchart,
  DecisionTool,
  ComparisonTool,
  TimelineTool,
  PaybackTool,
  PaybackTable,
} as const;
