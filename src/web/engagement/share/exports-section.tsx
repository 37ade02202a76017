import { useI18n } from '../../app/i18n/i18n-provider';
import { useSurvey } from '../surveys/survey-context';
import { surveysApi } from '../surveys/surveys-api';

/** Downloads: the answers row by row, the results with small groups hidden, and the survey itself as survey/v1 JSON. */
export function ExportsSection() {
  const { t } = useI18n();
  const { survey, canEdit } = useSurvey();
  return (
    <section className="card" aria-labelledby="share-exports">
      <div className="card-header">
        <div>
          <h2 id="share-exports">{t('share.exports.title')}</h2>
          <p>{t('share.exports.description')}</p>
        </div>
      </div>
      <ul className="card-body export-list">
        {canEdit && (
          <li>
            <span>{t('share.exports.responses')}</span>
            <span className="row">
              <a className="button button-secondary button-small" href={surveysApi.download(survey.id, 'responses.csv')} download aria-label={t('share.exports.as', { what: t('share.exports.responses'), format: 'CSV' })}>
                CSV
              </a>
              <a className="button button-secondary button-small" href={surveysApi.download(survey.id, 'responses.xlsx')} download aria-label={t('share.exports.as', { what: t('share.exports.responses'), format: 'XLSX' })}>
                XLSX
              </a>
            </span>
          </li>
        )}
        <li>
          <span>{t('share.exports.results')}</span>
          <span className="row">
            <a className="button button-secondary button-small" href={surveysApi.download(survey.id, 'results.csv')} download aria-label={t('share.exports.as', { what: t('share.exports.results'), format: 'CSV' })}>
              CSV
            </a>
            <a className="button button-secondary button-small" href={surveysApi.download(survey.id, 'results.xlsx')} download aria-label={t('share.exports.as', { what: t('share.exports.results'), format: 'XLSX' })}>
              XLSX
            </a>
          </span>
        </li>
        <li>
          <span>{t('share.exports.document')}</span>
          <a className="button button-secondary button-small" href={surveysApi.export(survey.id)} download aria-label={t('share.exports.as', { what: t('share.exports.document'), format: 'JSON' })}>
            JSON
          </a>
        </li>
      </ul>
    </section>
  );
}
