/**
 * Decision guide island: the questions as a native form, the recommendation beside it.
 * Renders and wires only: answers go to $decision, the result comes from $recommendation
 * (the rules package's recommend()).
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { DECISION_FIELD_LABELS, DECISION_MODEL_KINDS, PATHS, TECHNIQUES, type DecisionField, type Recommendation } from '../../rules/index.ts';
import { COMMON } from '../frame/labels.ts';
import { DECISION } from './labels.ts';
import {
  $decision,
  ANSWER_FIELDS,
  BOTTLENECK_CHOICES,
  DECISION_DEFAULTS,
  decisionInput,
  decisionPart,
  setAnswer,
  setModelKind,
  toggleBottleneck,
  type AnswerField,
  type Bottleneck,
  type DecisionModelKind,
} from '../../stores/decision.ts';
import { $recommendation, defaultRecommendation } from '../../stores/recommendation.ts';
import { toolSearch } from '../../stores/url-sync.ts';
import { toolPath } from '../../config/tool-ids.ts';
import { Checkboxes, Choices, TextField } from '../frame/Field.tsx';
import { fieldErrors as collectErrors, ToolFrame } from '../frame/ToolFrame.tsx';
import type { IslandProps } from '../frame/props.ts';
import { useHydrated } from '../frame/hydrated.ts';
import { useToolPart } from '../frame/use-tool-part.ts';
import { useLazy, useOnIntent } from '../frame/lazy.ts';
import { inputName } from '../frame/names.ts';
import { outcomeOf, relevantQuestions } from './disclosure.ts';

export type DecisionIslandProps = IslandProps;

const BOTTLENECK_OPTIONS = BOTTLENECK_CHOICES.map((b) => ({ value: b, label: DECISION.bottlenecks.options[b] }));
const KIND_CHOICES = DECISION_MODEL_KINDS.map((value) => ({ value, label: DECISION.modelKind.options[value] }));
const ANSWER_CHOICES = (['yes', 'no', 'unsure'] as const).map((value) => ({ value, label: COMMON.answers[value] }));
/** Form order: first question, the numbers, then the rest. */
const BEFORE_NUMBERS: readonly AnswerField[] = ['hasModel'];
const AFTER_NUMBERS = ANSWER_FIELDS.filter((f) => !BEFORE_NUMBERS.includes(f));
const NUMBERS = ['accuracy', 'requiredAccuracy', 'baselineAccuracy'] as const;

/** A value from "what would change this answer", in words. */
function valueText(field: DecisionField, value: unknown): string {
  if (value === 'yes' || value === 'no' || value === 'unsure') return COMMON.answers[value];
  if (Array.isArray(value)) {
    return value.length ? value.map((v) => DECISION.bottlenecks.options[v as keyof typeof DECISION.bottlenecks.options] ?? String(v)).join(', ') : 'none';
  }
  return field === 'bottlenecks' ? String(value) : `${String(value)}%`;
}

function fieldName(field: DecisionField): string {
  if (field === 'bottlenecks') return DECISION.bottlenecks.legend;
  if (field === 'modelKind') return DECISION_FIELD_LABELS.modelKind;
  if (field === 'accuracy' || field === 'requiredAccuracy' || field === 'baselineAccuracy') return DECISION.numbers[field].label;
  return DECISION.questions[field].legend;
}

export default function DecisionIsland({ uid, level = 2, urlSync = false, embed, embedded = false }: DecisionIslandProps) {
  const form = useStore($decision, { ssr: () => DECISION_DEFAULTS });
  const result = useStore($recommendation, { ssr: defaultRecommendation });
  const hydrated = useHydrated();
  useToolPart(decisionPart, urlSync);
  // The hand-off links' code loads when the reader reaches for them (an answer never waits for it).
  const links = useOnIntent(() => import('./on-demand.ts'));

  const { byField: errors, list: fieldErrors } = collectErrors(uid, result.ok ? null : result.errors);
  const input = decisionInput(form);
  const outcome = result.ok ? outcomeOf(result.value) : null;
  const rec: Recommendation | null = outcome?.status === 'recommendation' ? outcome.rec : null;
  const empty = outcome?.status === 'empty' ? outcome.empty : null;
  // The techniques' one-line explanations load when a result lists techniques (until then, their names).
  const summaries = useLazy(() => import('../../rules/decision/technique-summaries.ts'), Boolean(rec?.techniques.length));
  const live = rec
    ? DECISION.announce(PATHS[rec.path].label, DECISION.confidence[rec.confidence])
    : empty
      ? DECISION.empty.announce
      : `${COMMON.problems(fieldErrors.length)}. ${DECISION.errorsFallback}`;
  // Progressive disclosure: once the island runs, only the questions that matter are on the page;
  // before that (and with JavaScript off) every question is, and CSS hides the later ones while
  // JavaScript is on its way (.js [data-disclose=later]).
  const relevant: readonly string[] = relevantQuestions(input);
  const disclose = (key: string, fields: readonly string[], node: preact.ComponentChildren) => {
    const shown = fields.some((f) => relevant.includes(f));
    if (hydrated && !shown) return null;
    return (
      <div key={key} class="disclose" data-disclose={shown ? undefined : 'later'}>
        {node}
      </div>
    );
  };

  // In an embed, a question the link already answered folds to one line ("… Yes  Change") so the
  // frame stays short in a blog's column; "Change" reopens it, and one the reader touches stays open.
  // Never before hydration: with JavaScript off (and in the server HTML) every question shows.
  const [opened, setOpened] = useState<readonly string[]>([]);
  const keep = (key: string) => {
    if (!opened.includes(key)) setOpened([...opened, key]);
  };
  const fold = (key: string, answered: boolean, errored: boolean, summary: preact.ComponentChildren, question: string, focus: string) => {
    if (!embedded || !hydrated || !answered || errored || opened.includes(key)) return null;
    const reopen = () => {
      keep(key);
      setTimeout(() => document.getElementById(focus)?.focus());
    };
    return (
      <p class="field answered" data-testid={`answered-${key}`}>
        <span class="answered__text">{summary}</span>
        <button type="button" class="button button--quiet button--small" aria-label={DECISION.changeLabel(question)} onClick={reopen}>
          {DECISION.change}
        </button>
      </p>
    );
  };

  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const target = embedded ? '_blank' : undefined;
  /** A part of the explanation: a heading and its body on the page, collapsed behind <details> in an embed. */
  const part = (title: string, body: preact.ComponentChildren) =>
    embedded ? (
      <details>
        <summary>{title}</summary>
        {body}
      </details>
    ) : (
      <>
        <Sub>{title}</Sub>
        {body}
      </>
    );

  /** Carries the result into the other tool when it is on this page (not in an embed): true when it did. */
  const inPage = (tool: 'timeline' | 'comparison', act: () => void) => {
    const host = document.querySelector<HTMLElement>(`[data-tool="${tool}"]`);
    if (!host || embedded) return false;
    act();
    host.scrollIntoView();
    host.querySelector<HTMLElement>('[data-tool-heading]')?.focus();
    return true;
  };

  const answer = (field: AnswerField) =>
    disclose(
      field,
      [field],
      fold(
        field,
        form[field] !== 'unsure',
        Boolean(errors[field]),
        <>
          {DECISION.questions[field].legend} <strong>{COMMON.answers[form[field]]}</strong>
        </>,
        DECISION.questions[field].legend,
        `${uid}-${field}-${form[field]}`,
      ) ?? <Choices
      key={field}
      id={`${uid}-${field}`}
      name={inputName(decisionPart, field)}
      legend={DECISION.questions[field].legend}
      hint={DECISION.questions[field].hint}
      error={errors[field]}
      choices={ANSWER_CHOICES}
      value={form[field]}
      onValue={(v) => (keep(field), setAnswer(field, v as 'yes' | 'no' | 'unsure'))}
      />,
    );

  const fields = (
    <>
      {BEFORE_NUMBERS.map(answer)}
      {disclose(
        'modelKind',
        ['modelKind'],
        fold(
          'modelKind',
          form.modelKind !== 'unsure',
          Boolean(errors['modelKind']),
          <>
            {DECISION.modelKind.legend} <strong>{DECISION.modelKind.options[form.modelKind]}</strong>
          </>,
          DECISION.modelKind.legend,
          `${uid}-modelKind-${form.modelKind}`,
        ) ?? <Choices
          id={`${uid}-modelKind`}
          name={inputName(decisionPart, 'modelKind')}
          legend={DECISION.modelKind.legend}
          hint={DECISION.modelKind.hint}
          error={errors['modelKind']}
          choices={KIND_CHOICES}
          value={form.modelKind}
          inline={embedded}
          onValue={(v) => (keep('modelKind'), setModelKind(v as DecisionModelKind))}
        />,
      )}
      {disclose(
        'numbers',
        NUMBERS,
        fold(
          'numbers',
          NUMBERS.some((f) => form[f].trim() !== ''),
          NUMBERS.some((f) => errors[f]),
          <>
            {DECISION.numbers.short}:{' '}
            {NUMBERS.filter((f) => form[f].trim() !== '').map((f, i) => (
              <>
                {i > 0 && ' · '}
                {DECISION.numbers[f].short} <strong>{form[f].trim()}%</strong>
              </>
            ))}
          </>,
          DECISION.numbers.legend,
          `${uid}-${NUMBERS.find((f) => form[f].trim() !== '')}`,
        ) ?? <fieldset class="field" aria-describedby={`${uid}-numbers-hint`}>
        <legend class="field__label">{DECISION.numbers.legend}</legend>
        <p class="field__hint" id={`${uid}-numbers-hint`} data-keep>
          {DECISION.numbers.hint}
        </p>
        <div class="field-grid--numbers">
        {NUMBERS.map((field) => (
          <TextField
            key={field}
            id={`${uid}-${field}`}
            name={inputName(decisionPart, field)}
            label={DECISION.numbers[field].label}
            hint={DECISION.numbers[field].hint}
            error={errors[field]}
            value={form[field]}
            suffix="%"
            inputMode="decimal"
            onValue={(v) => (keep('numbers'), setAnswer(field, v))}
          />
        ))}
        </div>
        </fieldset>,
      )}
      {AFTER_NUMBERS.slice(0, 3).map(answer)}
      {disclose(
        'bottlenecks',
        ['bottlenecks'],
        <Checkboxes
        id={`${uid}-bottlenecks`}
        name={inputName(decisionPart, 'bottlenecks')}
        legend={DECISION.bottlenecks.legend}
        hint={DECISION.bottlenecks.hint}
        error={errors['bottlenecks']}
        choices={BOTTLENECK_OPTIONS}
        values={form.bottlenecks}
        onToggle={(b, on) => toggleBottleneck(b as Bottleneck, on)}
        />,
      )}
      {AFTER_NUMBERS.slice(3).map(answer)}
    </>
  );

  const resultBody = rec ? (
    <>
      <p class="result__path">{PATHS[rec.path].label}</p>
      <p>{PATHS[rec.path].summary}</p>
      <p class="result__meta">
        <span class={`badge badge--${rec.confidence}`}>
          {DECISION.confidenceLabel}: {DECISION.confidence[rec.confidence]}
        </span>
        <span class="badge">
          {DECISION.startPhaseLabel}: {DECISION.startPhase[rec.startPhase]}
        </span>
      </p>
      {result.ok && result.warnings.length > 0 && (
        <ul class="tool__note">
          {result.warnings.map((w) => (
            <li key={w.code + w.field}>{w.message}</li>
          ))}
        </ul>
      )}
      <Sub>{DECISION.whyTitle}</Sub>
      <ul>
        {rec.firedRules.map((r) => (
          <li key={r.id}>
            <a href={r.guide} target={target}>
              {r.summary}
            </a>
          </li>
        ))}
      </ul>
      {rec.techniques.length > 0 &&
        part(
          DECISION.techniquesTitle,
          <ul class="techniques">
            {rec.techniques.map((t) => (
              <li key={t}>
                <a href={TECHNIQUES[t].guide} target={target}>
                  {TECHNIQUES[t].label}
                </a>
                {summaries && <>: {summaries.TECHNIQUE_SUMMARIES[t]}</>}
              </li>
            ))}
          </ul>,
        )}
      {part(
        DECISION.nextStepsTitle,
        <ol>
          {rec.nextSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>,
      )}
      {part(
        DECISION.changeTitle,
        rec.whatWouldChange.length ? (
        <ul>
          {rec.whatWouldChange.map((c) => (
            <li key={`${c.field}-${String(c.value)}`}>
              {fieldName(c.field)} <strong>{valueText(c.field, c.value)}</strong> → {PATHS[c.path].label}
            </li>
          ))}
        </ul>
      ) : (
        <p>{DECISION.changeNone}</p>
      ),
      )}
      <p class="tool-actions" {...links.intent}>
        <a
          class="button"
          href={links.mod ? links.mod.planHref(rec, form.modelKind) : toolPath('timeline')}
          target={target}
          onClick={(e) => links.follow(e, (m) => m.planHref(rec, form.modelKind), (m) => inPage('timeline', () => m.planFromDecision(rec, form.modelKind)))}
          aria-describedby={`${uid}-plan-hint`}
        >
          {DECISION.plan}
        </a>
        <a
          class="button button--quiet"
          href={links.mod ? links.mod.compareHref(rec.path) : toolPath('comparison')}
          target={target}
          onClick={(e) => links.follow(e, (m) => m.compareHref(rec.path), (m) => inPage('comparison', () => m.compareFromDecision(rec)))}
          aria-describedby={`${uid}-compare-hint`}
        >
          {DECISION.compare}
        </a>
        {rec.path === 'optimize-first' && (
          <a
            class="button button--quiet"
            href={links.mod ? links.mod.paybackDecisionHref(rec) : toolPath('payback')}
            target={target}
            onClick={(e) => links.follow(e, (m) => m.paybackDecisionHref(rec))}
            aria-describedby={`${uid}-payback-hint`}
          >
            {DECISION.payback}
          </a>
        )}
      </p>
      <p class={embedded ? 'visually-hidden' : 'tool__note'}>
        <span id={`${uid}-plan-hint`}>{DECISION.planHint}</span> <span id={`${uid}-compare-hint`}>{DECISION.compareHint}</span>
        {rec.path === 'optimize-first' && <> <span id={`${uid}-payback-hint`}>{DECISION.paybackHint}</span></>}
      </p>
    </>
  ) : empty ? (
    <div data-testid="decision-empty">
      <p class="result__path">{DECISION.empty.lead}</p>
      <Sub>{DECISION.empty.howTitle}</Sub>
      <ul>
        {empty.howItDecides.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a class="button" href={`#${uid}-${empty.firstQuestion}`}>
          {DECISION.empty.start}
        </a>
      </p>
    </div>
  ) : (
    <p>{DECISION.errorsFallback}</p>
  );

  return (
    <ToolFrame
      tool="decision"
      uid={uid}
      level={level}
      hydrated={hydrated}
      titles={{ form: DECISION.title, result: DECISION.resultTitle }}
      intro={DECISION.intro}
      errors={fieldErrors}
      live={live}
      form={fields}
      result={resultBody}
      bar={rec ? `${PATHS[rec.path].label} · ${DECISION.confidence[rec.confidence]}` : empty ? DECISION.empty.bar : DECISION.errorsFallback}
      embed={embed && { ...embed, search: hydrated ? toolSearch([decisionPart]) : '' }}
      report={embedded ? (rec ? { path: rec.path, confidence: rec.confidence } : { path: null }) : undefined}
    />
  );
}
