import { useI18n } from '../../app/i18n/i18n-provider';
import { surveysApi } from '../surveys/surveys-api';

/** These results as spreadsheets, broken down as on screen; small groups hidden exactly as here. */
export function ResultsDownloads({ surveyId, by }: { surveyId: string; by: string | null }) {
  const { t } = useI18n();
  return (
    <div className="results-downloads" role="group" aria-labelledby="results-downloads-label">
      <span id="results-downloads-label" className="field-label">
        {t('results.downloads')}
      </span>
      <div className="row">
        <a className="button button-secondary button-small" href={surveysApi.download(surveyId, 'results.csv', by)} download>
          CSV
        </a>
        <a className="button button-secondary button-small" href={surveysApi.download(surveyId, 'results.xlsx', by)} download>
          XLSX
        </a>
      </div>
    </div>
  );
}
