/**
 * The estimate's detail components once their modules have run (./Detail.tsx and ./Explain.tsx
 * fill this in): on the server at once (TimelineTool.astro imports both, so every page renders the
 * detail in full), in the browser only after the island has loaded each on demand. Result.tsx
 * never imports them itself: a static import would put their code in the island's first load.
 */
import type { Phases } from './Detail.tsx';
import type { Explanations } from './Explain.tsx';

export const DETAIL: { Phases?: typeof Phases; Explanations?: typeof Explanations } = {};
