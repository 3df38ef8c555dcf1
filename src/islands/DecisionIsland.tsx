/**
 * Decision guide island: the questions as a native form, the recommendation beside it.
 * Renders and wires only: answers go to $decision, the result comes from $recommendation
 * (the rules package's recommend()).
 */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { FIELD_LABELS, PATHS, TECHNIQUE_SUMMARIES, TECHNIQUES, type DecisionField, type Issue, type Recommendation } from '../rules/index.ts';
import { COMMON } from '../i18n/common.ts';
import { DECISION } from '../i18n/decision.ts';
import {
  $decision,
  ANSWER_FIELDS,
  BOTTLENECK_CHOICES,
  DECISION_DEFAULTS,
  decisionPart,
  setAnswer,
  toggleBottleneck,
  type AnswerField,
  type Bottleneck,
} from '../stores/decision.ts';
import { $recommendation, defaultRecommendation } from '../stores/recommendation.ts';
import { $urlIssues, toolSearch } from '../stores/persistence.ts';
import { compareFromDecision, compareHref, planFromDecision, planHref } from '../stores/plan.ts';
import { Checkboxes, Choices, FormActions, TextField } from './parts/Field.tsx';
import { ErrorSummary, type FieldError } from './parts/ErrorSummary.tsx';
import { EmbedPanel } from './parts/EmbedPanel.tsx';
import { UrlWarning } from './parts/UrlWarning.tsx';
import { useHydrated } from './parts/hydrated.ts';
import { useLiveRegion } from './parts/live.ts';
import { useToolPart } from './parts/url-sync.ts';
import { inputName } from './parts/names.ts';

export interface DecisionIslandProps {
  /** Prefix for every id in the island (unique per page, from the Astro wrapper). */
  uid: string;
  /** Heading level of the island's two section titles (2 on tool pages, 3 inside guides). */
  level?: 2 | 3;
  /** Read the inputs from the URL and keep the URL up to date (tool and embed pages). */
  urlSync?: boolean;
  /** Show "Embed this" (tool pages). */
  site?: string;
  /** Inside an /embed/ iframe: links open the full site in a new tab. */
  embedded?: boolean;
}

const BOTTLENECK_OPTIONS = BOTTLENECK_CHOICES.map((b) => ({ value: b, label: DECISION.bottlenecks.options[b] }));
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
  if (field === 'modelKind') return FIELD_LABELS.modelKind;
  if (field === 'accuracy' || field === 'requiredAccuracy' || field === 'baselineAccuracy') return DECISION.numbers[field].label;
  return DECISION.questions[field].legend;
}

export default function DecisionIsland({ uid, level = 2, urlSync = false, site, embedded = false }: DecisionIslandProps) {
  const form = useStore($decision, { ssr: () => DECISION_DEFAULTS });
  const result = useStore($recommendation, { ssr: defaultRecommendation });
  const urlIssues = useStore($urlIssues, { ssr: () => [] as Issue[] });
  const hydrated = useHydrated();
  useToolPart(decisionPart, urlSync);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const errors: Partial<Record<string, string>> = {};
  if (!result.ok) for (const issue of result.errors) errors[issue.field] ??= issue.message;
  const fieldErrors: FieldError[] = result.ok
    ? []
    : result.errors.map((e) => ({ target: `${uid}-${e.field === 'input' ? 'form' : e.field}`, message: e.message }));
  const outcome = result.ok ? result.value : null;
  const rec: Recommendation | null = outcome?.status === 'recommendation' ? outcome : null;
  // Nothing answered: no recommendation, only how the guide decides (the rules' empty state).
  const empty = outcome?.status === 'empty' ? outcome : null;
  const live = useLiveRegion(
    rec
      ? DECISION.announce(PATHS[rec.path].label, DECISION.confidence[rec.confidence])
      : empty
        ? (empty.howItDecides[0] ?? '')
        : `${COMMON.problems(fieldErrors.length)}. ${DECISION.errorsFallback}`,
  );

  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const target = embedded ? '_blank' : undefined;
  const search = hydrated ? toolSearch([decisionPart]) : '';

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (fieldErrors.length > 1) summaryRef.current?.focus();
    else if (fieldErrors.length === 1) document.getElementById(fieldErrors[0]!.target)?.focus();
    else resultRef.current?.focus();
  };

  const onPlan = (e: MouseEvent) => {
    if (!rec) return;
    const tool = document.querySelector<HTMLElement>('[data-tool="timeline"]');
    if (!tool || embedded) return; // no estimator on this page: follow the link
    e.preventDefault();
    planFromDecision(rec);
    tool.scrollIntoView();
    tool.querySelector<HTMLElement>('[data-tool-heading]')?.focus();
  };
  const onCompare = (e: MouseEvent) => {
    if (!rec) return;
    const tool = document.querySelector<HTMLElement>('[data-tool="comparison"]');
    if (!tool || embedded) return;
    e.preventDefault();
    compareFromDecision(rec);
    tool.scrollIntoView();
    tool.querySelector<HTMLElement>('[data-tool-heading]')?.focus();
  };

  const answer = (field: AnswerField) => (
    <Choices
      key={field}
      id={`${uid}-${field}`}
      name={inputName(decisionPart, field)}
      legend={DECISION.questions[field].legend}
      hint={DECISION.questions[field].hint}
      error={errors[field]}
      choices={ANSWER_CHOICES}
      value={form[field]}
      onValue={(v) => setAnswer(field, v as 'yes' | 'no' | 'unsure')}
    />
  );

  return (
    <div class="tool tool--decision">
      <UrlWarning issues={urlIssues} />
      <div class="tool__grid">
        <form
          id={`${uid}-form`}
          class="tool__form"
          method="get"
          action="/tools/decision/"
          tabIndex={-1}
          aria-labelledby={`${uid}-form-title`}
          onSubmit={onSubmit}
          noValidate
        >
          <H class="tool__title" id={`${uid}-form-title`}>
            {DECISION.title}
          </H>
          <p class="tool__note">{DECISION.intro}</p>
          <ErrorSummary id={`${uid}-errors`} title={COMMON.errorSummaryTitle} errors={fieldErrors} summaryRef={summaryRef} />
          {BEFORE_NUMBERS.map(answer)}
          <fieldset class="field" aria-describedby={`${uid}-numbers-hint`}>
            <legend class="field__label">{DECISION.numbers.legend}</legend>
            <p class="field__hint" id={`${uid}-numbers-hint`}>
              {DECISION.numbers.hint}
            </p>
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
                onValue={(v) => setAnswer(field, v)}
              />
            ))}
          </fieldset>
          {AFTER_NUMBERS.slice(0, 3).map(answer)}
          <Checkboxes
            id={`${uid}-bottlenecks`}
            name={inputName(decisionPart, 'bottlenecks')}
            legend={DECISION.bottlenecks.legend}
            hint={DECISION.bottlenecks.hint}
            error={errors['bottlenecks']}
            choices={BOTTLENECK_OPTIONS}
            values={form.bottlenecks}
            onToggle={(b, on) => toggleBottleneck(b as Bottleneck, on)}
          />
          {AFTER_NUMBERS.slice(3).map(answer)}
          <FormActions hydrated={hydrated} />
        </form>

        <section class="result" aria-labelledby={`${uid}-result-title`} data-testid="decision-result">
          <H class="tool__title" id={`${uid}-result-title`} tabIndex={-1} ref={resultRef}>
            {DECISION.resultTitle}
          </H>
          {rec ? (
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
              {rec.techniques.length > 0 && (
                <>
                  <Sub>{DECISION.techniquesTitle}</Sub>
                  <ul class="techniques">
                    {rec.techniques.map((t) => (
                      <li key={t}>
                        <a href={TECHNIQUES[t].guide} target={target}>
                          {TECHNIQUES[t].label}
                        </a>
                        : {TECHNIQUE_SUMMARIES[t]}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <Sub>{DECISION.nextStepsTitle}</Sub>
              <ol>
                {rec.nextSteps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
              <Sub>{DECISION.changeTitle}</Sub>
              {rec.whatWouldChange.length ? (
                <ul>
                  {rec.whatWouldChange.map((c) => (
                    <li key={`${c.field}-${String(c.value)}`}>
                      {fieldName(c.field)} <strong>{valueText(c.field, c.value)}</strong> → {PATHS[c.path].label}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{DECISION.changeNone}</p>
              )}
              <p class="tool-actions">
                <a class="button" href={planHref(rec)} target={target} onClick={onPlan} aria-describedby={`${uid}-plan-hint`}>
                  {DECISION.plan}
                </a>
                <a class="button button--quiet" href={compareHref(rec.path)} target={target} onClick={onCompare} aria-describedby={`${uid}-compare-hint`}>
                  {DECISION.compare}
                </a>
              </p>
              <p class="tool__note">
                <span id={`${uid}-plan-hint`}>{DECISION.planHint}</span> <span id={`${uid}-compare-hint`}>{DECISION.compareHint}</span>
              </p>
            </>
          ) : empty ? (
            <ul data-testid="decision-empty">
              {empty.howItDecides.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <p>{DECISION.errorsFallback}</p>
          )}
        </section>
      </div>
      {site && <EmbedPanel uid={uid} tool="decision" site={site} search={search} hydrated={hydrated} />}
      <p class="visually-hidden" role="status">
        {live}
      </p>
    </div>
  );
}
