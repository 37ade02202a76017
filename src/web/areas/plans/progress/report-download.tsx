import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n-provider';
import { TextField } from '../../../app/ui/field';
import { progressApi } from './progress-api';

/**
 * The board's progress report for a period, as Word or PDF. Plain links, so the browser's own
 * download handles the file; an empty period means "as of today", as the server reads it.
 */
export function ReportDownload({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [period, setPeriod] = useState('');
  return (
    <section className="card" aria-labelledby="progress-report-heading">
      <div className="card-body report-download">
        <h3 id="progress-report-heading">{t('progress.report.title')}</h3>
        <TextField
          label={t('progress.report.period')}
          hint={t('progress.report.periodHint')}
          name="period"
          isOptional
          value={period}
          onChange={(event) => setPeriod(event.target.value)}
        />
        <div className="row progress-actions">
          <a className="button" href={progressApi.reportDocx(planId, period)} download>
            {t('progress.report.word')}
          </a>
          <a className="button" href={progressApi.reportPdf(planId, period)} download>
            {t('progress.report.pdf')}
          </a>
        </div>
      </div>
    </section>
  );
}
