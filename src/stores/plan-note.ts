/**
 * The note the estimator shows for a "Plan this" link from the decision guide. In a module of its
 * own: the estimator imports it on demand (only for such a link), and a module that the decision
 * island imports statically would become a separate file in the decision guide's first load.
 */
import { handOff, PATH_IDS, type PathId } from '../rules/index.ts';
import { FROM_KEY } from './plan-request.ts';

/**
 * The note the estimator shows for a link from the decision guide (null for any other link).
 * @example handOffNoteFor('?sc=fine-tune&from=retrain-first') // 'From your decision: retrain first. …'
 */
export function handOffNoteFor(search: string): string | null {
  const from = new URLSearchParams(search).get(FROM_KEY);
  return from && (PATH_IDS as readonly string[]).includes(from) ? handOff({ path: from as PathId, techniques: [] }).note : null;
}
