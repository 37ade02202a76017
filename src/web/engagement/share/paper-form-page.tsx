import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isQuestionShown } from '../../../core/engagement/check-answers';
import { choicesOf, textIn } from '../../../core/engagement/likert-scales';
import { type AnswerValue, type Answers, type SurveyQuestion } from '../../../core/engagement/survey-format';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { useSurvey } from '../surveys/survey-context';
import { useLanguageName } from '../surveys/survey-words';
import { surveyPath, surveysApi } from '../surveys/surveys-api';
import { groupLinksPath, type GroupLinks } from './group-links';
import { PaperQuestion } from './paper-question';

/**
 * A paper form typed in by staff: the same questions as the respondent page, in the language the
 * form was filled in, sent to paper-responses (the server marks the response as paper). Each form
 * gets its own submission id, so a double click or a retry never makes a second response.
 */
export function PaperFormPage() {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const { survey, organizationId, reload } = useSurvey();
  const document = survey.document;
  const [language, setLanguage] = useState(document.languages[0]!);
  const [answers, setAnswers] = useState<Answers>({});
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(0);
  const [isSending, setIsSending] = useState(false);
  // Kept from form to form: a stack of forms usually comes back from one group's meeting.
  const [group, setGroup] = useState('');
  const groups = useResource<GroupLinks>(survey.cycle_id ? groupLinksPath(survey.id) : null).data?.groups ?? [];
  const fallbacks = [...document.languages, 'en'];
  const text = (value: SurveyQuestion['text']) => textIn(value, language, fallbacks);
  const shown = document.questions.filter((question) => isQuestionShown(document, question, answers));

  const setAnswer = (key: string, value: AnswerValue | undefined) =>
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
      else next[key] = value;
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSending(true);
    setFailure(null);
    // Answers to questions a later choice hid are not part of this form.
    const sent = Object.fromEntries(shown.filter((q) => answers[q.key] !== undefined).map((q) => [q.key, answers[q.key]!]));
    try {
      await api.post(surveysApi.paperResponses(survey.id), { submission_id: submissionId, locale: language, answers: sent, stakeholder_group_id: group || null });
      setSaved((n) => n + 1);
      setAnswers({});
      setSubmissionId(crypto.randomUUID());
      window.scrollTo({ top: 0 });
      void reload();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSending(false);
    }
  };

  const problemFor = (key: string) => failure?.details.find((d) => d.path === `/answers/${key}` || d.path.startsWith(`/answers/${key}/`));

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="paper-heading">
        <div className="card-header">
          <div>
            <h2 id="paper-heading">{t('paper.title')}</h2>
            <p>{t('paper.description')}</p>
          </div>
          <Link to={surveyPath(organizationId, survey.id, 'share')} className="button button-secondary button-small">
            {t('paper.back')}
          </Link>
        </div>
        <div className="card-body stack">
          {survey.status === 'draft' && <Alert tone="warning" announce="none">{t('paper.draft')}</Alert>}
          {saved > 0 && <Alert tone="success">{t('paper.saved', { count: saved })}</Alert>}
          <div className="form-grid">
            <SelectField name="locale" label={t('paper.language')} hint={t('paper.languageHint')} value={language} onChange={(event) => setLanguage(event.target.value)} options={document.languages.map((code) => ({ value: code, label: languageName(code) }))} />
            {groups.length > 0 && (
              <SelectField
                name="stakeholder_group_id"
                label={t('paper.group')}
                hint={t('paper.groupHint')}
                value={group}
                onChange={(event) => setGroup(event.target.value)}
                options={[{ value: '', label: t('paper.noGroup') }, ...groups.map((choice) => ({ value: choice.id, label: choice.name }))]}
              />
            )}
          </div>
        </div>
      </section>
      <form className="card card-body stack paper-form" onSubmit={submit} noValidate>
        {failure && <ErrorAlert error={failure} title={t('paper.failed')} onDismiss={() => setFailure(null)} />}
        {shown.map((question) => (
          <PaperQuestion
            key={question.key}
            question={question}
            number={document.questions.indexOf(question) + 1}
            text={text}
            language={language}
            choices={choicesOf(question)}
            value={answers[question.key]}
            problem={problemFor(question.key)}
            onChange={(value) => setAnswer(question.key, value)}
          />
        ))}
        <div className="form-actions">
          <Button type="submit" variant="primary" isBusy={isSending}>
            {t('paper.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
