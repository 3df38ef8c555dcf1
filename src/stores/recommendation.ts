/** The recommendation for the current answers (or the field errors that block one). */
import { computed } from 'nanostores';
import { recommend } from '../rules/index.ts';
import { $decision, DECISION_DEFAULTS, decisionInput } from './decision.ts';

export const $recommendation = computed($decision, (form) => recommend(decisionInput(form)));

/** The result for the default answers: what the server renders and hydration starts from. */
export const defaultRecommendation = () => recommend(decisionInput(DECISION_DEFAULTS));
