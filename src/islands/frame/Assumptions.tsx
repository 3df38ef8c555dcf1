/**
 * A calculator's assumptions (the estimator's detail, the payback result): each item's words, then
 * a link to each of its sources in the methodology's register, labelled "source" (or "source 1",
 * "source 2"…), never with the source's id.
 */
import { COMMON } from './labels.ts';

export interface Assumption {
  id: string;
  text: string;
  sourceIds: readonly string[];
}

export function Assumptions({ items, target }: { items: readonly Assumption[]; target: string | undefined }) {
  return (
    <ul class="assumptions">
      {items.map((a) => (
        <li key={a.id}>
          {a.text}
          {a.sourceIds.map((id, i) => (
            <a key={id} class="assumptions__source" href={`/methodology/#${id}`} target={target}>
              {COMMON.sourceLink(i + 1, a.sourceIds.length)}
            </a>
          ))}
        </li>
      ))}
    </ul>
  );
}
