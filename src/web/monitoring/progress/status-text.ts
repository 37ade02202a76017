import type { MeasureStatus, RollUpResult } from '../../../core/monitoring/monitoring-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { formatNumber } from '../../plan/plans/plan-format-text';
import { isActionStatus, rollUpParts } from './progress-status';

/** The words for every status the progress views show, in the reader's language. */
export function useStatusText() {
  const { t, locale } = useI18n();
  return {
    measure: (status: MeasureStatus) => t(`progress.status.${status}`),
    action: (status: string | null) => {
      if (status === null) return t('progress.action.none');
      if (!isActionStatus(status)) return status.replace(/_/g, ' ');
      if (status === 'not_started' || status === 'complete' || status === 'canceled') return t(`progress.action.${status}`);
      return t(`progress.status.${status}`);
    },
    /**
     * "3 of 4 on track, 1 at risk; 2 with no data yet" built from the counts, so it reads in the
     * reader's language (the server's own explanation is English).
     */
    rollUp: (rollUp: RollUpResult) => {
      const parts = rollUpParts(rollUp.counts);
      if (parts.counted === 0) return t('progress.rollUp.nothing');
      const pieces = [t('progress.rollUp.counted', { onTrack: parts.onTrack, counted: parts.counted })];
      if (parts.atRisk > 0) pieces.push(t('progress.rollUp.atRisk', { count: parts.atRisk }));
      if (parts.offTrack > 0) pieces.push(t('progress.rollUp.offTrack', { count: parts.offTrack }));
      let text = pieces.join(', ');
      if (parts.noData > 0) text += `; ${t('progress.rollUp.noData', { count: parts.noData })}`;
      if (rollUp.score !== null) text += `. ${t('progress.rollUp.score', { score: formatNumber(Math.round(rollUp.score * 100), locale) })}`;
      return text;
    },
  };
}
