/** The comparison rows that match the current query, in table order, with match ranges and highlights. */
import { computed } from 'nanostores';
import { filterComparison } from '../rules/index.ts';
import { $comparison, COMPARISON_DEFAULTS, comparisonQuery } from './comparison.ts';

export const $comparisonView = computed($comparison, (form) => filterComparison(comparisonQuery(form)));

/** The full table: what the server renders and hydration starts from. */
export const defaultComparisonView = () => filterComparison(comparisonQuery(COMPARISON_DEFAULTS));
