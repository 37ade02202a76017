import { useState } from 'react';
import { withQuery } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { choicesOf } from '../../../core/engagement/likert-scales';
import { breakdownQuestions } from '../../../core/engagement/tally-survey-results';
import type { Suppressed } from '../../../core/engagement/survey-results-types';
import type { SurveySummary } from '../api-types';
import { HiddenCount } from '../results/count-cell';
import { isSuppressed } from '../results/results-model';
import { useSurvey } from '../surveys/survey-context';
import { shownText, surveysApi } from '../surveys/surveys-api';
import './comparison.css';

type Share = number | Suppressed | null;
interface OptionChange {
  key: string;
  label: Record<string, string>;
  before: Share;
  after: Share;
  change_points: Share;
}
interface Comparison {
  before: { survey_id: string; title: Record<string, string>; respondents: number | Suppressed };
  after: { survey_id: string; title: Record<string, string>; respondents: number | Suppressed };
  by: string | null;
  group: string;
  threshold: number;
  questions: { key: string; type: string; text: Record<string, string>; answered_before: number | Suppressed; answered_after: number | Suppressed; options?: OptionChange[]; items?: { key: string; label: Record<string, string>; options: OptionChange[] }[]; mean?: { before: Share; after: Share; change: Share } }[];
  differing: string[];
}

/**
 * "Compare": this survey against another of the district (or an earlier round), everyone or one
 * group of a breakdown both share, question by question: before, now and the change in points.
 */
export function ComparisonPage() {
  const { t, locale } = useI18n();
  const { organizationId, survey } = useSurvey();
  const list = useResource<{ surveys: SurveySummary[] }>(surveysApi.list(organizationId));
  const others = (list.data?.surveys ?? []).filter((s) => s.id !== survey.id && s.responses > 0);
  const [withId, setWithId] = useState('');
  const choices = breakdownQuestions(survey.document);
  const [by, setBy] = useState('');
  const byQuestion = choices.find((q) => q.key === by);
  const [group, setGroup] = useState('');
  const text = (value: Record<string, string>) => shownText(value, locale, survey.document.languages);
  const comparison = useResource<Comparison>(withId ? withQuery(`/api/surveys/${survey.id}/comparison`, { with: withId, by: by || null, group: by && group ? group : null }) : null);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const share = (value: Share, threshold: number) => (value === null ? t('comparison.noAnswers') : isSuppressed(value) ? <HiddenCount reason={value.reason} threshold={threshold} /> : `${number.format(value)} %`);
  const change = (value: Share, threshold: number) =>
    value === null ? t('comparison.noAnswers') : isSuppressed(value) ? <HiddenCount reason={value.reason} threshold={threshold} /> : t('comparison.points', { points: (value > 0 ? '+' : '') + number.format(value) });
  const count = (value: number | Suppressed) => (isSuppressed(value) ? '—' : number.format(value));
  const data = comparison.data;
  const threshold = data?.threshold ?? 5;
  const mean = (value: Share) => (value === null ? t('comparison.noAnswers') : isSuppressed(value) ? <HiddenCount reason={value.reason} threshold={threshold} /> : number.format(value));

  const rows = (options: OptionChange[]) =>
    options.map((option) => (
      <tr key={option.key}>
        <th scope="row">{text(option.label)}</th>
        <td className="numeric">{share(option.before, threshold)}</td>
        <td className="numeric">{share(option.after, threshold)}</td>
        <td className="numeric">{change(option.change_points, threshold)}</td>
      </tr>
    ));
  const head = data && (
    <thead>
      <tr>
        <th scope="col">{t('comparison.answer')}</th>
        <th scope="col" className="numeric">{t('comparison.before', { title: text(data.before.title) })}</th>
        <th scope="col" className="numeric">{t('comparison.after', { title: text(data.after.title) })}</th>
        <th scope="col" className="numeric">{t('comparison.change')}</th>
      </tr>
    </thead>
  );

  return (
    <div className="stack-lg">
      <p>{t('comparison.intro')}</p>
      {list.isLoading && !list.data && <Loading />}
      {list.data && others.length === 0 && <p className="muted">{t('comparison.noOther')}</p>}
      {others.length > 0 && (
        <div className="comparison-choices">
          <SelectField name="with" label={t('comparison.with')} value={withId} onChange={(event) => setWithId(event.target.value)} options={[{ value: '', label: t('comparison.choose') }, ...others.map((s) => ({ value: s.id, label: shownText(s.title, locale, s.languages) }))]} />
          {choices.length > 0 && (
            <SelectField name="by" label={t('comparison.by')} value={by} onChange={(event) => { setBy(event.target.value); setGroup(''); }} options={[{ value: '', label: t('comparison.everyone') }, ...choices.map((q) => ({ value: q.key, label: text(q.text) }))]} />
          )}
          {byQuestion && (
            <SelectField name="group" label={t('comparison.group')} value={group} onChange={(event) => setGroup(event.target.value)} options={[{ value: '', label: t('comparison.everyone') }, ...choicesOf(byQuestion).map((o) => ({ value: o.key, label: text(o.text) }))]} />
          )}
        </div>
      )}
      {comparison.isLoading && !data && <Loading />}
      {comparison.error && <ErrorAlert error={comparison.error} title={t('comparison.loadFailed')} />}
      {data && data.questions.length === 0 && <p className="muted">{t('comparison.none')}</p>}
      {data?.questions.map((question) => (
        <section key={question.key} className="card" aria-labelledby={`compare-${question.key}`}>
          <div className="card-header">
            <h2 id={`compare-${question.key}`}>{text(question.text)}</h2>
          </div>
          <div className="card-body stack">
            <p className="muted">{t('comparison.answered', { before: count(question.answered_before), after: count(question.answered_after) })}</p>
            {question.options && (
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`compare-${question.key}`}>
                <table className="table comparison-table">
                  {head}
                  <tbody>{rows(question.options)}</tbody>
                </table>
              </div>
            )}
            {question.items?.map((item) => (
              <div key={item.key} className="table-wrap" tabIndex={0} role="region" aria-label={text(item.label)}>
                <table className="table comparison-table">
                  <caption>{text(item.label)}</caption>
                  {head}
                  <tbody>{rows(item.options)}</tbody>
                </table>
              </div>
            ))}
            {question.mean && (
              <p>
                {t('comparison.mean')}: {mean(question.mean.before)} → {mean(question.mean.after)} ({mean(question.mean.change)})
              </p>
            )}
          </div>
        </section>
      ))}
      {data && data.differing.length > 0 && <p className="muted">{t('comparison.differing', { keys: data.differing.join(', ') })}</p>}
    </div>
  );
}
