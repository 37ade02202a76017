import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { buttonClass } from '../../app/ui/button';
import { TextField } from '../../app/ui/field';
import { periodEndDate } from '../../../core/monitoring/reporting-periods';
import { progressApi } from './progress-api';

// Whether a label can be dated does not depend on the district's start month, only its date does.
const anyCalendar = { yearBasis: 'school', schoolYearStartMonth: 7, fiscalYearStartMonth: 7 } as const;

/**
 * The board's progress report for a period, as Word or PDF. Plain links, so the browser's own
 * download handles the file; an empty period means "as of today", as the server reads it.
 */
export function ReportDownload({ planId }: { planId: string }) {
  const { t, locale } = useI18n();
  const [period, setPeriod] = useState('');
  // Checked here, because a plain download link would save the server's refusal as the file.
  const isReadable = period.trim() === '' || periodEndDate({ label: period.trim() }, anyCalendar) !== null;
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
          error={isReadable ? undefined : t('progress.report.periodUnreadable')}
          onChange={(event) => setPeriod(event.target.value)}
        />
        {isReadable && (
          <div className="row progress-actions">
            <a className={buttonClass('secondary')} href={progressApi.reportDocx(planId, period.trim(), locale)} download>
              {t('progress.report.word')}
            </a>
            <a className={buttonClass('secondary')} href={progressApi.reportPdf(planId, period.trim(), locale)} download>
              {t('progress.report.pdf')}
            </a>
          </div>
        )}
      </div>
    </section>
  );
}
