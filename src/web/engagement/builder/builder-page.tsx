import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { validateSurveyDocument } from '../../../core/engagement/validate-survey-document';
import { questionTypes, type QuestionType, type SurveyDocument } from '../../../core/engagement/survey-format';
import { api, ApiError, type ApiErrorDetail } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { UnsavedChangesGuard } from '../../plan/fields/unsaved-changes-guard';
import type { SurveyDetail } from '../api-types';
import { useSurvey } from '../surveys/survey-context';
import { PathInWords } from '../surveys/survey-words';
import { surveyPath, surveysApi } from '../surveys/surveys-api';
import { LanguagesEditor } from './languages-editor';
import { fieldIdOf, noProblems, problemsOf, ProblemsContext } from './problems';
import { QuestionEditor, typeLabel } from './question-editor';
import { addQuestion, compactPages, pageCount, pageOf } from './survey-edits';
import { describePath, documentPointer, pointerSegments, questionIndexOf } from './survey-paths';
import { SurveyDetailsEditor } from './survey-details-editor';
import './builder.css';

/**
 * The survey builder: details and mode, languages, then the questions page by page. The whole
 * document is edited in the browser and saved with the version it was read at; a save someone made
 * meanwhile is a 409 that offers to reload. Problems (the browser's check, then the server's) show
 * at the field their path names and in a list at the top that links to each.
 */
export function BuilderPage() {
  const { t } = useI18n();
  const say = useAnnounce();
  const { survey, setSurvey, reload, canEdit, organizationId } = useSurvey();
  const [draft, setDraft] = useState<SurveyDocument>(survey.document);
  const [isDirty, setIsDirty] = useState(false);
  const isDirtyRef = useRef(false);
  const [extraPages, setExtraPages] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [details, setDetails] = useState<ApiErrorDetail[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  isDirtyRef.current = isDirty;

  // Another tab of the survey saved (translations): take its document when nothing here is unsaved.
  useEffect(() => {
    if (!isDirtyRef.current) setDraft(survey.document);
  }, [survey.document]);

  const change = (next: SurveyDocument) => {
    // A renamed key keeps its question open.
    if (next.questions.length === draft.questions.length) {
      const renamed = draft.questions.map((q, i) => [q.key, next.questions[i]!.key] as const).filter(([a, b]) => a !== b && expanded.has(a));
      if (renamed.length) setExpanded(new Set([...expanded].map((key) => renamed.find(([a]) => a === key)?.[1] ?? key)));
    }
    setDraft(next);
    setIsDirty(true);
  };
  const toggle = (key: string) => setExpanded((open) => (open.has(key) ? new Set([...open].filter((k) => k !== key)) : new Set([...open, key])));

  const goTo = (path: string) => {
    const index = questionIndexOf(path);
    const question = index === null ? undefined : draft.questions[index];
    if (question) setExpanded((open) => new Set([...open, question.key]));
    requestAnimationFrame(() => {
      // The closest place that has a control: "/questions/2/options/1/text/es" may land on the option's text.
      const segments = pointerSegments(documentPointer(path));
      for (let n = segments.length; n > 0; n--) {
        const element = document.getElementById(fieldIdOf(`/${segments.slice(0, n).join('/')}`));
        if (element) {
          const control = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button');
          (control ?? element).focus?.();
          element.scrollIntoView({ block: 'center' });
          return;
        }
      }
    });
  };

  const showProblems = (found: ApiErrorDetail[]) => {
    setDetails(found);
    const questions = found.map((d) => questionIndexOf(d.path)).filter((i): i is number => i !== null);
    setExpanded((open) => new Set([...open, ...questions.map((i) => draft.questions[i]?.key).filter((k): k is string => Boolean(k))]));
    requestAnimationFrame(() => problemsRef.current?.focus());
  };

  const save = async () => {
    const document = compactPages(draft);
    setFailure(null);
    const check = validateSurveyDocument(document);
    if (!check.ok) return showProblems(check.problems);
    setIsSaving(true);
    try {
      const saved = await api.put<SurveyDetail>(surveysApi.survey(survey.id), { version: survey.version, document });
      setDetails([]);
      setIsDirty(false);
      isDirtyRef.current = false;
      setExtraPages(0);
      setDraft(saved.document);
      setSurvey(saved);
      say(t('builder.saved'));
    } catch (cause) {
      const error = ApiError.from(cause);
      if (error.code === 'invalid_input' && error.details.length > 0) showProblems(error.details);
      else setFailure(error);
    } finally {
      setIsSaving(false);
    }
  };

  const reloadTheirs = async () => {
    setIsDirty(false);
    isDirtyRef.current = false;
    setFailure(null);
    setDetails([]);
    await reload();
  };

  const pages = pageCount(draft) + extraPages;
  const problems = details.length ? problemsOf(details) : noProblems;
  const isStale = failure?.code === 'conflict';

  return (
    <ProblemsContext.Provider value={problems}>
      <div className="stack-lg builder">
        {survey.status !== 'draft' && (
          <Alert tone="info" announce="none" title={t('builder.openNote.title')}>
            <p>{t('builder.openNote.text')}</p>
          </Alert>
        )}
        {!canEdit && (
          <Alert tone="info" announce="none">
            {t('builder.readOnly')}
          </Alert>
        )}
        {details.length > 0 && (
          <div ref={problemsRef} tabIndex={-1} className="problem-summary">
            <Alert tone="danger" announce="alert" title={t('builder.problems', { count: details.length })}>
              <ul className="problem-list">
                {details.map((detail, i) => (
                  <li key={`${detail.path}-${i}`}>
                    <a
                      href={`#${fieldIdOf(documentPointer(detail.path))}`}
                      onClick={(event) => {
                        event.preventDefault();
                        goTo(detail.path);
                      }}
                    >
                      <PathInWords parts={describePath(detail.path, draft)} />
                    </a>
                    : {problems.at(documentPointer(detail.path)) ?? detail.message}
                  </li>
                ))}
              </ul>
            </Alert>
          </div>
        )}
        <fieldset className="builder-fieldset" disabled={!canEdit}>
          <div className="stack-lg">
            <SurveyDetailsEditor document={draft} onChange={change} />
            <LanguagesEditor document={draft} onChange={change} />
            {Array.from({ length: pages }, (_, p) => p + 1).map((page) => {
              const onPage = draft.questions.map((q, index) => ({ q, index })).filter(({ q }) => pageOf(q) === page);
              return (
                <section key={page} className="card builder-page" aria-labelledby={`builder-page-${page}`}>
                  <div className="card-header">
                    <h2 id={`builder-page-${page}`}>{t('builder.page.title', { number: page })}</h2>
                    <span className="muted">{t('builder.page.count', { count: onPage.length })}</span>
                  </div>
                  <div className="card-body stack">
                    {onPage.length === 0 && <p className="muted">{t('builder.page.empty')}</p>}
                    <ol className="question-list">
                      {onPage.map(({ q, index }) => (
                        <QuestionEditor key={`${index}-${q.key}`} document={draft} index={index} pages={pages} isExpanded={expanded.has(q.key)} onToggle={() => toggle(q.key)} onChange={change} />
                      ))}
                    </ol>
                    <AddQuestion
                      page={page}
                      onAdd={(type) => {
                        const next = addQuestion(draft, type, page, draft.languages[0]!, {
                          text: t('builder.question.newText'),
                          option: (n) => t('builder.option.new', { number: n }),
                          item: (n) => t('builder.item.new', { number: n }),
                        });
                        const added = next.questions.find((q) => !draft.questions.some((old) => old.key === q.key));
                        change(next);
                        if (added) setExpanded((open) => new Set([...open, added.key]));
                      }}
                    />
                  </div>
                </section>
              );
            })}
            <div>
              <Button onClick={() => setExtraPages((n) => n + 1)}>
                <Icon name="plus" size={16} />
                {t('builder.page.add')}
              </Button>
            </div>
          </div>
        </fieldset>
        {canEdit && (
          <div className="save-bar" role="region" aria-label={t('builder.saveBar')}>
            {failure && !isStale && <ErrorAlert error={failure} title={t('builder.saveFailed')} onDismiss={() => setFailure(null)} />}
            {isStale && (
              <Alert tone="warning" announce="alert" title={t('builder.conflict.title')}>
                <p>{t('builder.conflict.text')}</p>
                {failure.message && <p className="muted">{failure.message}</p>}
                <Button size="small" onClick={reloadTheirs}>
                  {t('builder.conflict.reload')}
                </Button>
              </Alert>
            )}
            <div className="save-bar-row">
              <span className="muted" aria-live="off">
                {isDirty ? t('builder.unsaved') : t('builder.allSaved')}
              </span>
              <span className="row">
                <Link className="button button-secondary" to={surveyPath(organizationId, survey.id, 'preview')}>
                  {t('builder.preview')}
                </Link>
                <Button variant="primary" isBusy={isSaving} onClick={save} disabled={!isDirty && details.length === 0}>
                  {t('builder.save')}
                </Button>
              </span>
            </div>
          </div>
        )}
        <UnsavedChangesGuard isDirty={isDirty} isDirtyRef={isDirtyRef} />
      </div>
    </ProblemsContext.Provider>
  );
}

/** "Add a question" on a page: its type first, since each type asks for different settings. */
function AddQuestion({ page, onAdd }: { page: number; onAdd: (type: QuestionType) => void }) {
  const { t } = useI18n();
  const [type, setType] = useState<QuestionType>('single');
  const id = `add-question-type-${page}`;
  return (
    <div className="add-question">
      <label htmlFor={id} className="field-label">
        {t('builder.add.type', { number: page })}
      </label>
      <div className="row">
        <select id={id} className="select add-question-type" value={type} onChange={(event) => setType(event.target.value as QuestionType)}>
          {questionTypes.map((value) => (
            <option key={value} value={value}>
              {t(typeLabel(value))}
            </option>
          ))}
        </select>
        <Button onClick={() => onAdd(type)}>
          <Icon name="plus" size={16} />
          {t('builder.add.button')}
        </Button>
      </div>
    </div>
  );
}
