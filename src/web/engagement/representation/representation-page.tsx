import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { HiddenCount } from '../results/count-cell';
import { formatNumber, isSuppressed } from '../results/results-model';
import { useSurvey } from '../surveys/survey-context';
import { shownText } from '../surveys/surveys-api';
import { OutreachForm } from './outreach-form';
import { representationApi, type DimensionRepresentation, type SurveyRepresentation } from './representation-api';
import './representation.css';

/**
 * "Who answered": each demographic question's groups against who the district (or one school)
 * serves, while the survey is open, the groups heard too little flagged in words, and the one
 * click that sends the cycle's invitation to the stakeholder groups that reach them.
 */
export function RepresentationPage() {
  const { t, locale } = useI18n();
  const { organizationId, survey, canEdit } = useSurvey();
  const [school, setSchool] = useState('');
  const resource = useResource<SurveyRepresentation>(representationApi.representation(survey.id, school));
  const data = resource.data;
  const language = (text: Record<string, string>) => shownText(text, locale, survey.document.languages);
  const dimensionName = (dimension: string) => t(`population.dimension.${dimension}` as 'population.dimension.role');
  useEffect(() => {
    if (data && school && !data.schools.includes(school)) setSchool('');
  }, [data, school]);

  return (
    <div className="stack-lg">
      {data && <p>{t('representation.intro', { gap: data.gap_points })}</p>}
      {resource.isLoading && !data && <Loading />}
      {resource.error && <ErrorAlert error={resource.error} title={t('representation.loadFailed')} />}
      {data && data.schools.length > 0 && (
        <SelectField name="school" label={t('representation.where')} value={school} onChange={(event) => setSchool(event.target.value)} options={[{ value: '', label: t('representation.districtWide') }, ...data.schools.map((name) => ({ value: name, label: name }))]} />
      )}
      {data && data.dimensions.length === 0 && (
        <Alert tone="info">
          <p>{data.missing_population.length ? t('representation.noPopulation') : t('representation.noDemographics')}</p>
          {data.missing_population.length > 0 && <Link to={`/o/${organizationId}/engagement/population`}>{t('representation.enterPopulation')}</Link>}
        </Alert>
      )}
      {data && data.dimensions.length > 0 && data.missing_population.length > 0 && (
        <p className="muted">
          {t('representation.missing', { dimensions: data.missing_population.map(dimensionName).join(', ') })} <Link to={`/o/${organizationId}/engagement/population`}>{t('representation.enterPopulation')}</Link>
        </p>
      )}
      {data?.dimensions.map((dimension) => <DimensionTable key={dimension.dimension} dimension={dimension} threshold={data.threshold} title={`${dimensionName(dimension.dimension)}: ${language(dimension.question_text)}`} language={language} />)}
      {data && canEdit && (
        <section className="card" aria-labelledby="representation-outreach">
          <div className="card-header">
            <h2 id="representation-outreach">{t('representation.outreachTitle')}</h2>
          </div>
          <div className="card-body stack">
            {!data.outreach ? (
              <p className="muted">{t('representation.outreachNoCycle')}</p>
            ) : survey.status !== 'open' ? (
              <p className="muted">{t('representation.outreachNotOpen')}</p>
            ) : data.outreach.items.length === 0 ? (
              <p className="muted">
                {t('representation.outreachNoItems')} <Link to={`/o/${organizationId}/process/${data.outreach.cycle_id}/outreach`}>{t('representation.outreachKit')}</Link>
              </p>
            ) : (
              <OutreachForm surveyId={survey.id} outreach={data.outreach} />
            )}
          </div>
        </section>
      )}
    </div>
  );
}

/** One dimension's groups: counts and shares side by side, a hidden count said in words, the flag in words. */
export function DimensionTable({ dimension, threshold, title, language }: { dimension: DimensionRepresentation; threshold: number; title: string; language: (text: Record<string, string>) => string }) {
  const { t, locale } = useI18n();
  const percent = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) + ' %';
  const cell = (value: number | { suppressed: true; reason: 'small_group' | 'complement' }, show: (n: number) => string) =>
    isSuppressed(value) ? <HiddenCount reason={value.reason} threshold={threshold} /> : show(value);
  return (
    <section className="card" aria-labelledby={`representation-${dimension.dimension}`}>
      <div className="card-header">
        <h2 id={`representation-${dimension.dimension}`}>{title}</h2>
      </div>
      <div className="card-body stack">
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('representation.tableLabel', { dimension: title })}>
          <table className="table representation-table">
            <thead>
              <tr>
                <th scope="col">{t('representation.group')}</th>
                <th scope="col" className="numeric">{t('representation.respondents')}</th>
                <th scope="col" className="numeric">{t('representation.respondentShare')}</th>
                <th scope="col" className="numeric">{t('representation.populationShare')}</th>
                <th scope="col" className="numeric">{t('representation.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {dimension.rows.map((row) => (
                <tr key={row.key} className={row.is_under_represented ? 'is-under' : undefined}>
                  {/* The flag sits with the group's name, so a narrow screen never scrolls it out of sight. */}
                  <th scope="row">
                    <span className="representation-group">{row.label}</span>
                    {row.is_under_represented ? <Badge tone="warning">{t('representation.under')}</Badge> : <span className="muted">{t('representation.ok')}</span>}
                  </th>
                  <td className="numeric">{cell(row.respondents, (n) => formatNumber(locale, n))}</td>
                  <td className="numeric">{cell(row.respondent_share, percent)}</td>
                  <td className="numeric">{percent(row.population_share)}</td>
                  <td className="numeric">{cell(row.gap_points, (n) => t('representation.points', { points: (n > 0 ? '+' : '') + new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n) }))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">{isSuppressed(dimension.respondents) ? <HiddenCount reason={dimension.respondents.reason} threshold={threshold} /> : t('representation.total', { count: dimension.respondents })}</p>
        {dimension.is_multiple && <p className="muted">{t('representation.multiple')}</p>}
        {dimension.unmatched_options.length > 0 && <p className="muted">{t('representation.unmatched', { options: dimension.unmatched_options.map((o) => language(o.label)).join(', ') })}</p>}
      </div>
    </section>
  );
}
