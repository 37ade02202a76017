import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import type { CyclePhase, Member } from '../../app/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission, useSignedIn } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { useResource } from '../../app/use-resource';
import { CloseRefusal, type PhaseRefusal } from './close-refusal';
import { CycleChecklist } from './cycle-checklist';
import { CycleTimeline } from './cycle-timeline';
import { DeliverableDialog } from './deliverable-dialog';
import { useCycle } from './cycle-context';
import { isConflict, processApi } from './process-api';
import { ReadinessSection } from './readiness-section';

type View = 'timeline' | 'checklist';

/** The cycle's overview: closing the current phase, readiness, then the timeline or the checklist. */
export function CyclePage() {
  const { t } = useI18n();
  const say = useAnnounce();
  const { user } = useSignedIn();
  const { cycleId, organizationId, cycle: data, reload } = useCycle();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'process.edit');
  const members = useResource<{ members: Member[] }>(hasPermission(organization, 'members.read') ? processApi.members(organizationId) : null);
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = searchParams.get('view') === 'checklist' ? 'checklist' : 'timeline';
  const [openDeliverableId, setOpenDeliverableId] = useState<string | null>(null);
  const [closingPhaseId, setClosingPhaseId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<PhaseRefusal | null>(null);

  const ownerName = (ownerId: string | null) => {
    if (!ownerId) return t('cycle.noOwner');
    const member = members.data?.members.find((m) => m.userId === ownerId);
    if (member) return member.name;
    if (ownerId === user.id) return user.name;
    // Without members.read the reader cannot look names up; with it, the person has left.
    return members.data ? t('deliverable.ownerUnknown') : t('deliverable.ownerAssigned');
  };

  const closePhase = async (phase: CyclePhase) => {
    setClosingPhaseId(phase.id);
    setRefusal(null);
    try {
      await api.post(processApi.closePhase(cycleId, phase.id), { version: phase.version });
      say(t('cycle.phaseClosedDone', { name: phase.name }));
      await reload();
    } catch (cause) {
      const error = cause instanceof ApiError ? cause : new ApiError(0, 'internal', String(cause));
      setRefusal({ phaseName: phase.name, error });
      if (isConflict(error)) await reload();
    } finally {
      setClosingPhaseId(null);
    }
  };

  const current = data.currentPhase ? data.phases.find((phase) => phase.id === data.currentPhase!.id) : undefined;
  const firstPhase = data.phases[0];
  const showReadiness = data.readiness.length > 0 && (!firstPhase || !firstPhase.isClosed);
  const deliverable = data.deliverables.find((d) => d.id === openDeliverableId) ?? null;

  return (
    <div className="stack-lg">
      {canEdit && current && (
        <div>
          <Button size="small" isBusy={closingPhaseId === current.id} onClick={() => void closePhase(current)}>
            {t('cycle.closePhaseNamed', { name: current.name })}
          </Button>
        </div>
      )}
      {refusal && <CloseRefusal refusal={refusal} onDismiss={() => setRefusal(null)} onOpenDeliverable={setOpenDeliverableId} />}
      {showReadiness && <ReadinessSection cycleId={cycleId} items={data.readiness} canEdit={canEdit} onChanged={reload} />}
      <div className="view-switch" role="group" aria-label={t('cycle.views')}>
        {(['timeline', 'checklist'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={`button button-small ${view === option ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={view === option}
            onClick={() => setSearchParams(option === 'timeline' ? {} : { view: option }, { replace: true })}
          >
            {t(option === 'timeline' ? 'cycle.view.timeline' : 'cycle.view.checklist')}
          </button>
        ))}
      </div>
      {view === 'timeline' ? (
        <section className="card" aria-labelledby="timeline-heading">
          <div className="card-header">
            <h2 id="timeline-heading">{t('timeline.title')}</h2>
          </div>
          <div className="card-body">
            <CycleTimeline cycle={data} onOpenDeliverable={setOpenDeliverableId} />
          </div>
        </section>
      ) : (
        <section aria-labelledby="checklist-heading" className="stack">
          <h2 id="checklist-heading">{t('cycle.view.checklist')}</h2>
          <CycleChecklist cycle={data} canEdit={canEdit} closingPhaseId={closingPhaseId} ownerName={ownerName} onClosePhase={(phase) => void closePhase(phase)} onOpenDeliverable={setOpenDeliverableId} />
        </section>
      )}
      <DeliverableDialog
        cycleId={cycleId}
        deliverable={deliverable}
        members={members.data?.members ?? null}
        ownerName={ownerName}
        onClose={() => setOpenDeliverableId(null)}
        onChanged={reload}
      />
    </div>
  );
}
