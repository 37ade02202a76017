import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { formatDay } from '../cycles/process-api';
import { methodLabel, statusLabel, statusTone, type Engagement, type LinkedSurvey } from './stakeholders-api';

/** When an engagement happens: a day, a window, or not yet set. */
export function useEngagementDate() {
  const { t, locale } = useI18n();
  return (e: Engagement) => {
    if (!e.startDate) return t('plan.dateOpen');
    if (!e.endDate || e.endDate === e.startDate) return formatDay(locale, e.startDate);
    return t('process.dates', { start: formatDay(locale, e.startDate), end: formatDay(locale, e.endDate) });
  };
}

interface EngagementCardProps {
  engagement: Engagement;
  /** Where it happens, for the list view; the grid's row and column already say it. */
  place?: string;
  /** Opens the editor; readers get plain text. */
  onEdit?: () => void;
  editLabel: string;
  /** Surveys that serve this engagement, each linked to its page in Engagement. */
  surveys?: readonly LinkedSurvey[];
  organizationId?: string;
}

/** One planned engagement: how, when, who leads, and its status. */
export function EngagementCard({ engagement: e, place, onEdit, editLabel, surveys = [], organizationId }: EngagementCardProps) {
  const { t } = useI18n();
  const dateOf = useEngagementDate();
  const title = t(methodLabel(e.method));
  return (
    <div className={`engagement-card engagement-${e.status}`}>
      <div className="engagement-card-head">
        {onEdit ? (
          <button type="button" className="link-button engagement-card-title" onClick={onEdit} aria-label={editLabel}>
            {title}
          </button>
        ) : (
          <span className="engagement-card-title">{title}</span>
        )}
        <Badge tone={statusTone[e.status]}>{t(statusLabel(e.status))}</Badge>
      </div>
      {place && <p className="engagement-card-line">{place}</p>}
      <p className="engagement-card-line">{dateOf(e)}</p>
      <p className="engagement-card-line muted">{e.leadName ? t('plan.lead', { name: e.leadName }) : t('plan.noLead')}</p>
      {organizationId &&
        surveys.map((survey) => (
          <p key={survey.id} className="engagement-card-line">
            <Link to={`/o/${organizationId}/engagement/surveys/${survey.id}`}>{survey.title}</Link>{' '}
            <span className="muted">{t(`plan.survey.${survey.status}`, { count: survey.responses })}</span>
          </p>
        ))}
    </div>
  );
}
