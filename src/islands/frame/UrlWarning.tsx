/**
 * The visible notice shown when the page's link had settings we could not use. The region is
 * always in the DOM (empty by default) so a status update is announced.
 */
import type { Issue } from '../../rules/index.ts';
import { COMMON } from './labels.ts';

export function UrlWarning({ issues }: { issues: readonly Issue[] }) {
  return (
    <div class="tool-warning" role="status">
      {issues.length > 0 && (
        <>
          <p>{COMMON.urlWarningTitle}</p>
          <ul>
            {issues.map((i) => (
              <li key={i.field + i.code}>{i.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
