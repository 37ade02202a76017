import { useI18n } from '../../app/i18n/i18n-provider';
import './summary.css';

/**
 * Where a survey's summary downloads from, in the reader's language (a plain link sends no app
 * language), broken down as the results screen is (`by`; the survey's role question when none).
 */
export const surveySummaryUrl = (surveyId: string, format: 'docx' | 'pdf', language: string, by?: string) =>
  `/api/surveys/${surveyId}/summary.${format}?lang=${encodeURIComponent(language)}${by ? `&by=${encodeURIComponent(by)}` : ''}`;

/** The survey's engagement summary, the report for district leaders, as Word and as PDF. */
export function SurveySummaryDownloads({ surveyId, by }: { surveyId: string; by?: string | null }) {
  const { t, locale } = useI18n();
  return (
    <div className="summary-downloads" role="group" aria-labelledby="summary-downloads-label" aria-describedby="summary-downloads-hint">
      <span id="summary-downloads-label" className="field-label">
        {t('summary.label')}
      </span>
      <span id="summary-downloads-hint" className="field-hint">
        {t('summary.hint')}
      </span>
      <div className="row">
        {/* download: the browser saves the file under the server's name instead of navigating. */}
        <a className="button button-secondary button-small" href={surveySummaryUrl(surveyId, 'docx', locale, by ?? undefined)} download>
          {t('summary.word')}
        </a>
        <a className="button button-secondary button-small" href={surveySummaryUrl(surveyId, 'pdf', locale, by ?? undefined)} download>
          {t('summary.pdf')}
        </a>
      </div>
    </div>
  );
}
