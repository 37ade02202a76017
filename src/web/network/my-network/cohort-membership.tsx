import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { cyclePath } from '../../process/cycles/process-api';
import { documentKindLabel, formatCalendarDay, membershipLabel, membershipTone } from '../cohorts/cohorts-api';
import { EnrolDialog } from './enrol-dialog';
import { EnrolmentDocuments } from './enrolment-documents';
import { hasEveryDocument, requiredDocumentKinds, type DistrictCohort } from './my-network-api';

interface CohortMembershipProps {
  districtId: string;
  districtName: string;
  cohort: DistrictCohort;
  canManage: boolean;
  onChanged: () => void;
}

/**
 * One cohort as the district is in it: the facts, then what to do next. Invited: give the two
 * documents and enrol. Enrolled: the way to the cycle it runs. And the shared calendar ahead.
 */
export function CohortMembership({ districtId, districtName, cohort, canManage, onChanged }: CohortMembershipProps) {
  const { t, locale, formatDate } = useI18n();
  const [isEnrolling, setIsEnrolling] = useState(false);
  const [enrolled, setEnrolled] = useState(false);
  const headingId = `cohort-${cohort.cohortId}-heading`;
  const isReady = hasEveryDocument(cohort);
  const day = (date: string) => formatCalendarDay(locale, date);
  const missing = requiredDocumentKinds.filter((kind) => !cohort.documents.some((document) => document.kind === kind));

  return (
    <article className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <div>
          <h3 id={headingId}>{cohort.cohortName}</h3>
          <p>{t('myNetwork.runBy', { network: cohort.networkName })}</p>
        </div>
        <Badge tone={membershipTone[cohort.status]}>{t(membershipLabel[cohort.status])}</Badge>
      </div>
      <div className="card-body stack-lg">
        <dl className="details-list">
          <dt>{t('myNetwork.fact.schoolYear')}</dt>
          <dd>{cohort.schoolYear}</dd>
          <dt>{t('myNetwork.fact.template')}</dt>
          <dd>{cohort.templateName ?? t('cohorts.templateGone')}</dd>
          <dt>{t('myNetwork.fact.start')}</dt>
          <dd>{day(cohort.startDate)}</dd>
          <dt>{t('myNetwork.fact.status')}</dt>
          <dd>
            {cohort.status === 'enrolled' && cohort.enrolledAt
              ? t('myNetwork.enrolledOn', { date: formatDate(cohort.enrolledAt) })
              : cohort.status === 'withdrawn'
                ? t('myNetwork.withdrawnText')
                : t('myNetwork.invitedOn', { date: formatDate(cohort.invitedAt) })}
          </dd>
        </dl>

        {enrolled && cohort.status === 'enrolled' && (
          <Alert tone="success" onDismiss={() => setEnrolled(false)}>
            {t('myNetwork.enrolledNow', { cohort: cohort.cohortName })}
          </Alert>
        )}
        {cohort.status === 'enrolled' && cohort.cycleId && (
          <p>
            <Link className="button button-primary" to={cyclePath(districtId, cohort.cycleId)}>
              {t('myNetwork.openCycle')}
            </Link>
          </p>
        )}

        {cohort.status === 'invited' && (
          <div className="stack">
            <h4 className="my-network-subheading">{t('myNetwork.toEnrol')}</h4>
            <p>{t(canManage ? 'myNetwork.toEnrolManage' : 'myNetwork.toEnrolRead')}</p>
          </div>
        )}
        <EnrolmentDocuments districtId={districtId} districtName={districtName} cohort={cohort} canGive={canManage && cohort.status === 'invited'} onGiven={onChanged} />
        {cohort.status === 'invited' && canManage && (
          <div className="stack">
            <p className="muted">{isReady ? t('myNetwork.enrolReady', { template: cohort.templateName ?? cohort.templateId }) : t('myNetwork.enrolMissing', { documents: missing.map((kind) => t(documentKindLabel[kind])).join(', ') })}</p>
            <p>
              <Button variant="primary" disabled={!isReady} onClick={() => setIsEnrolling(true)}>
                {t('myNetwork.enrol')}
              </Button>
            </p>
          </div>
        )}

        <div className="stack">
          <h4 className="my-network-subheading">{t('myNetwork.upcoming')}</h4>
          {cohort.upcomingEvents.length === 0 ? (
            <p className="muted">{t('myNetwork.noUpcoming')}</p>
          ) : (
            <ul className="my-network-events">
              {cohort.upcomingEvents.map((event) => (
                <li key={event.id}>
                  <span className="my-network-event-date">
                    {day(event.date)}
                    {event.startTime && ` · ${event.startTime}`}
                  </span>
                  <span>
                    <strong>{event.title}</strong>{' '}
                    <Badge tone={event.kind === 'session' ? 'info' : 'brand'} hasDot={false}>
                      {t(event.kind === 'session' ? 'cohortCalendar.kind.session' : 'cohortCalendar.kind.milestone')}
                    </Badge>
                    {event.location && <span className="muted"> · {event.location}</span>}
                    {event.details && <span className="cell-sub">{event.details}</span>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {canManage && cohort.status === 'invited' && (
        <EnrolDialog
          isOpen={isEnrolling}
          districtId={districtId}
          cohort={cohort}
          onClose={() => setIsEnrolling(false)}
          onEnrolled={() => {
            setIsEnrolling(false);
            setEnrolled(true);
            onChanged();
          }}
        />
      )}
    </article>
  );
}
