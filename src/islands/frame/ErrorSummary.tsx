/**
 * The list of problems at the top of a form when more than one field is wrong; each links to its
 * field (GOV.UK pattern). A single error only shows beside its field.
 */
import type { Ref } from 'preact';

export interface FieldError {
  /** The id of the control (or fieldset) to jump to. */
  target: string;
  message: string;
}

interface Props {
  id: string;
  title: string;
  errors: readonly FieldError[];
  summaryRef?: Ref<HTMLDivElement>;
}

export function ErrorSummary({ id, title, errors, summaryRef }: Props) {
  if (errors.length < 2) return null;
  return (
    <div class="error-summary" id={id} tabIndex={-1} ref={summaryRef ?? null} aria-labelledby={`${id}-title`}>
      <h3 class="error-summary__title" id={`${id}-title`}>
        {title}
      </h3>
      <ul>
        {errors.map((e) => (
          <li key={e.target + e.message}>
            <a href={`#${e.target}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
