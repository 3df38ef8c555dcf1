/**
 * The estimate's detail components once their module has run (./Detail.tsx fills this in): on the
 * server at once (TimelineTool.astro imports Detail.tsx, so every page renders the detail in
 * full), in the browser only after the island has loaded it on demand. Result.tsx never imports
 * Detail.tsx itself: a static import would put the detail's code in the island's first load.
 */
import type { Explanations, Phases } from './Detail.tsx';

export const DETAIL: { Phases?: typeof Phases; Explanations?: typeof Explanations } = {};
