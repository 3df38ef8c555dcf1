/**
 * Form controls shared by the islands: a labelled text/number field, radio and checkbox groups
 * and a select, each with its hint and error tied to the control by aria-describedby (GOV.UK
 * pattern), and the forms' Update/Reset buttons. Ids come from the island's `uid` prop so server
 * and client render the same markup.
 */
import type { ComponentChildren } from 'preact';
import { COMMON } from './labels.ts';
import { resetAll } from '../../stores/url-sync.ts';

interface FieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text';
  suffix?: string | undefined;
  placeholder?: string | undefined;
  type?: 'text' | 'search';
}

/** Ids for a control's hint and error, joined for aria-describedby (undefined when neither shows). */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A control's hint and error message, in the order a screen reader should meet them. */
function HintAndError({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

/** A single control's frame: its label, then its hint and error, then the control. */
function Labelled({ id, label, hint, error, children }: { id: string; label: string; hint?: string | undefined; error?: string | undefined; children: ComponentChildren }) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class="field__label" for={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** A text input that accepts what people type ("7B", " 72.5 "); the rules package parses it. */
export function TextField({ id, name, label, value, onValue, hint, error, inputMode = 'decimal', suffix, placeholder, type = 'text' }: FieldProps) {
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <span class="field__row">
        <input
          class="field__input"
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          placeholder={placeholder}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
        />
        {suffix && (
          <span class="field__suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </span>
    </Labelled>
  );
}

export interface Choice {
  value: string;
  label: string;
}

interface GroupProps {
  id: string;
  name: string;
  legend: ComponentChildren;
  choices: readonly Choice[];
  hint?: string | undefined;
  error?: string | undefined;
  inline?: boolean;
}

/** A fieldset of radios or checkboxes with its legend, hint and error (ids: `${id}-${value}`). */
function OptionGroup({
  id,
  name,
  legend,
  choices,
  hint,
  error,
  inline = true,
  type,
  isChecked,
  onPick,
}: GroupProps & { type: 'radio' | 'checkbox'; isChecked: (value: string) => boolean; onPick: (value: string, on: boolean) => void }) {
  return (
    <fieldset
      class={`field choices${inline ? ' choices--inline' : ''}${error ? ' field--error' : ''}`}
      id={id}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend class="field__label">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <span class="choices__options">
        {choices.map((c) => (
          <span class="choice" key={c.value}>
            <input
              type={type}
              id={`${id}-${c.value}`}
              name={name}
              value={c.value}
              checked={isChecked(c.value)}
              onChange={(e) => onPick(c.value, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`${id}-${c.value}`}>{c.label}</label>
          </span>
        ))}
      </span>
    </fieldset>
  );
}

/** One question as a fieldset of radios; "Not sure" is an ordinary choice, never a blank. */
export function Choices({ value, onValue, ...group }: GroupProps & { value: string; onValue: (value: string) => void }) {
  return <OptionGroup {...group} type="radio" isChecked={(v) => v === value} onPick={(v) => onValue(v)} />;
}

/** Any number of options as a fieldset of checkboxes (bottlenecks, techniques). */
export function Checkboxes({
  values,
  onToggle,
  ...group
}: GroupProps & { values: readonly string[]; onToggle: (value: string, on: boolean) => void }) {
  return <OptionGroup {...group} type="checkbox" isChecked={(v) => values.includes(v)} onPick={onToggle} />;
}

interface SelectProps {
  id: string;
  name: string;
  label: string;
  choices: readonly Choice[];
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled native select. */
export function SelectField({ id, name, label, choices, value, onValue, hint, error }: SelectProps) {
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <select
        class="field__input"
        id={id}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value} selected={value === c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/**
 * A calculator form's buttons: "Update" submits the plain GET form and exists only until the
 * island runs (then results update as the reader answers); "Reset" returns every tool on the page
 * to its defaults once the island runs.
 */
export function FormActions({ hydrated }: { hydrated: boolean }) {
  return (
    <p class="form-actions">
      {!hydrated && (
        <button type="submit" class="button" data-update>
          {COMMON.update}
        </button>
      )}
      <button type="button" class="button button--quiet" disabled={!hydrated} onClick={resetAll}>
        {COMMON.reset}
      </button>
    </p>
  );
}
