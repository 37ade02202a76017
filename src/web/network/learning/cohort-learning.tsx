import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { useErrorMessage } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { cohortsApi, formatCalendarDay, type Cohort, type CohortEvent } from '../cohorts/cohorts-api';
import { AddResourceDialog, type ResourcePlace } from './add-resource-dialog';
import { learningApi, type NetworkResource, type TemplatePhases } from './learning-api';
import { ResourceLibrary } from './resource-library';
import { ResourceList } from './resource-list';
import { SessionAttendanceSheet } from './session-attendance';
import './learning.css';

/**
 * The cohort's professional development, on the network's cohort page: each session with its agenda
 * (the calendar's details), its materials and its attendance; and the resource library by phase of
 * the cohort's template. Administrators add and remove; coaches read.
 */
export function CohortLearning({ cohortId }: { cohortId: string }) {
  const { t, locale } = useI18n();
  const describe = useErrorMessage();
  const { organization } = useOrganizationInUrl();
  const canManage = hasPermission(organization, 'network.manage');
  const cohort = useResource<Cohort>(cohortsApi.cohort(cohortId));
  const events = useResource<{ events: CohortEvent[] }>(cohortsApi.events(cohortId));
  const resources = useResource<{ resources: NetworkResource[] }>(learningApi.resources(learningApi.networkBase(cohortId)));
  const template = useResource<TemplatePhases>(cohort.data ? learningApi.template(cohort.data.templateId) : null);
  const [adding, setAdding] = useState<ResourcePlace | null>(null);
  const [removing, setRemoving] = useState<NetworkResource | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const [openSheet, setOpenSheet] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const base = learningApi.networkBase(cohortId);
  const sessions = (events.data?.events ?? []).filter((event) => event.kind === 'session').sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''));
  const all = resources.data?.resources ?? [];
  const phases = template.data?.phases ?? [];

  const remove = async (resource: NetworkResource) => {
    setIsRemoving(true);
    try {
      await api.delete(learningApi.resource(base, resource.id));
      resources.setData((current) => current && { resources: current.resources.filter((each) => each.id !== resource.id) });
      setFeedback({ tone: 'success', text: t('learning.removed', { title: resource.title }) });
    } catch (cause) {
      setFeedback({ tone: 'danger', text: describe(ApiError.from(cause)) });
      void resources.reload();
    } finally {
      setIsRemoving(false);
      setRemoving(null);
    }
  };
  const onRemove = canManage ? setRemoving : undefined;

  return (
    <div className="stack-lg">
      {feedback && (
        <Alert tone={feedback.tone} onDismiss={() => setFeedback(null)}>
          {feedback.text}
        </Alert>
      )}
      <section className="card" aria-labelledby="learning-sessions-heading">
        <div className="card-header">
          <div>
            <h2 id="learning-sessions-heading">{t('learning.sessions')}</h2>
            <p>{t('learning.sessionsIntro')}</p>
          </div>
        </div>
        <ResourceStates resource={events} isEmpty={sessions.length === 0} errorTitle={t('learning.sessionsFailed')} emptyIcon="book" emptyTitle={t('learning.noSessions')} emptyText={t('learning.noSessionsText')}>
          <ul className="learning-sessions">
            {sessions.map((session) => {
              const headingId = `learning-session-${session.id}`;
              const materials = all.filter((resource) => resource.eventId === session.id);
              return (
                <li key={session.id}>
                  <article className="learning-session stack" aria-labelledby={headingId}>
                    <div className="learning-session-head">
                      <h3 id={headingId}>{session.title}</h3>
                      <span className="muted">
                        {formatCalendarDay(locale, session.date)}
                        {session.startTime && ` · ${session.startTime}`}
                        {session.location && ` · ${session.location}`}
                      </span>
                    </div>
                    <div>
                      <h4 className="learning-subheading">{t('learning.agenda')}</h4>
                      {session.details ? <p className="learning-agenda">{session.details}</p> : <p className="muted">{t('learning.noAgenda')}</p>}
                    </div>
                    <div>
                      <div className="learning-subhead-row">
                        <h4 className="learning-subheading">{t('learning.materials')}</h4>
                        {canManage && (
                          <Button size="small" onClick={() => setAdding({ session: { id: session.id, title: session.title } })} aria-label={t('learning.addMaterialFor', { title: session.title })}>
                            <Icon name="plus" size={14} />
                            {t('learning.addMaterial')}
                          </Button>
                        )}
                      </div>
                      {resources.data ? <ResourceList base={base} resources={materials} onRemove={onRemove} /> : null}
                    </div>
                    <div>
                      <div className="learning-subhead-row">
                        <h4 className="learning-subheading">{t('learning.attendance')}</h4>
                        <Button size="small" aria-expanded={openSheet === session.id} aria-controls={`${headingId}-attendance`} onClick={() => setOpenSheet(openSheet === session.id ? null : session.id)}>
                          {t(openSheet === session.id ? 'learning.attendanceHide' : canManage ? 'learning.attendanceOpen' : 'learning.attendanceShow')}
                        </Button>
                      </div>
                      <div id={`${headingId}-attendance`}>{openSheet === session.id && <SessionAttendanceSheet cohortId={cohortId} session={session} canManage={canManage} />}</div>
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        </ResourceStates>
      </section>

      <ResourceLibrary
        base={base}
        resources={resources}
        phases={phases}
        templateName={template.data?.name ?? cohort.data?.templateName ?? ''}
        onAdd={canManage ? (phaseKey) => setAdding({ phaseKey }) : undefined}
        onRemove={onRemove}
      />

      {canManage && (
        <>
          <AddResourceDialog
            cohortId={cohortId}
            place={adding}
            phases={phases}
            onClose={() => setAdding(null)}
            onAdded={(added) => {
              resources.setData((current) => current && { resources: [...current.resources, added] });
              setFeedback({ tone: 'success', text: t('learning.added', { title: added.title }) });
              setAdding(null);
            }}
          />
          <ConfirmDialog
            isOpen={removing !== null}
            title={t('learning.removeTitle', { title: removing?.title ?? '' })}
            confirmLabel={t('action.remove')}
            isBusy={isRemoving}
            onCancel={() => setRemoving(null)}
            onConfirm={() => {
              if (removing) void remove(removing);
            }}
          >
            <p>{t('learning.removeText')}</p>
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
