import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import type { Member } from '../../platform/api-types';
import type { CyclePhase } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission, useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import { CloseRefusal, type PhaseRefusal } from './close-refusal';
import { CycleChecklist } from './cycle-checklist';
import { useCycle } from './cycle-context';
import { CycleTimeline } from './cycle-timeline';
import { DeliverableDialog } from './deliverable-dialog';
import { FrameworkOptions } from './framework-options';
import { ItemDialog } from './item-dialog';
import { PlanLink } from './plan-link';
import { isConflict, processApi } from './process-api';
import { ReadinessSection } from './readiness-section';
import { RemoveDialog } from './remove-dialog';
import { useCycleEditor } from './use-cycle-editor';
import './cycle-editor.css';

type View = 'timeline' | 'checklist';

/**
 * The cycle's overview: the plan it produces, closing the current phase, readiness, then the
 * timeline or the checklist. Planners adapt the cycle from the checklist ("Adapt the cycle").
 */
export function CyclePage() {
  const { t } = useI18n();
  const say = useAnnounce();
  const { user } = useSignedIn();
  const { cycleId, organizationId, cycle: data, reload } = useCycle();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'process.edit');
  const members = useResource<{ members: Member[] }>(hasPermission(organization, 'members.read') ? processApi.members(organizationId) : null);
  const [searchParams, setSearchParams] = useSearchParams();
  const isAdapting = canEdit && searchParams.get('adapt') === '1';
  const view: View = isAdapting || searchParams.get('view') === 'checklist' ? 'checklist' : 'timeline';
  const editor = useCycleEditor(cycleId, data, reload, isAdapting);
  const [openDeliverableId, setOpenDeliverableId] = useState<string | null>(null);
  const [closingPhaseId, setClosingPhaseId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<PhaseRefusal | null>(null);

  // Names come with the cycle, so readers without members.read see them too.
  const personName = (userId: string | null) => {
    if (!userId) return t('cycle.noOwner');
    const fromCycle = data.deliverables.find((d) => d.ownerId === userId)?.ownerName ?? data.deliverables.find((d) => d.reviewerId === userId)?.reviewerName;
    const member = members.data?.members.find((m) => m.userId === userId);
    return fromCycle ?? member?.name ?? (userId === user.id ? user.name : t('deliverable.ownerUnknown'));
  };

  const closePhase = async (phase: CyclePhase) => {
    setClosingPhaseId(phase.id);
    setRefusal(null);
    try {
      await api.post(processApi.closePhase(cycleId, phase.id), { version: phase.version });
      say(t('cycle.phaseClosedDone', { name: phase.name }));
      await reload();
    } catch (cause) {
      const error = ApiError.from(cause);
      setRefusal({ phaseName: phase.name, error });
      if (isConflict(error)) await reload();
    } finally {
      setClosingPhaseId(null);
    }
  };

  const setMode = (next: { view: View; adapt: boolean }) => {
    const params: Record<string, string> = {};
    if (next.adapt) params.adapt = '1';
    else if (next.view === 'checklist') params.view = 'checklist';
    setSearchParams(params, { replace: true });
  };

  const current = data.currentPhase ? data.phases.find((phase) => phase.id === data.currentPhase!.id) : undefined;
  const firstPhase = data.phases[0];
  const showReadiness = data.readiness.length > 0 && (!firstPhase || !firstPhase.isClosed);
  const deliverable = data.deliverables.find((d) => d.id === openDeliverableId) ?? null;

  return (
    <div className="stack-lg">
      {canEdit && current && !isAdapting && (
        <div>
          <Button size="small" isBusy={closingPhaseId === current.id} onClick={() => void closePhase(current)}>
            {t('cycle.closePhaseNamed', { name: current.name })}
          </Button>
        </div>
      )}
      {refusal && <CloseRefusal refusal={refusal} onDismiss={() => setRefusal(null)} onOpenDeliverable={setOpenDeliverableId} />}
      {!isAdapting && <PlanLink cycle={data} organizationId={organizationId} canLink={canEdit && hasPermission(organization, 'plans.read')} onChanged={reload} />}
      {showReadiness && !isAdapting && <ReadinessSection cycleId={cycleId} items={data.readiness} canEdit={canEdit} onChanged={reload} />}
      {!isAdapting && <FrameworkOptions cycle={data} organizationId={organizationId} canEdit={canEdit} onChanged={reload} />}
      <div className="cycle-toolbar">
        <div className="view-switch" role="group" aria-label={t('cycle.views')}>
          {(['timeline', 'checklist'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className={`button button-small ${view === option ? 'button-primary' : 'button-secondary'}`}
              aria-pressed={view === option}
              onClick={() => setMode({ view: option, adapt: false })}
            >
              {t(option === 'timeline' ? 'cycle.view.timeline' : 'cycle.view.checklist')}
            </button>
          ))}
        </div>
        {canEdit && (
          <Button size="small" variant={isAdapting ? 'primary' : 'secondary'} aria-pressed={isAdapting} onClick={() => setMode({ view: 'checklist', adapt: !isAdapting })}>
            {t('cycleEdit.adapt')}
          </Button>
        )}
      </div>
      {editor.error &&
        (isConflict(editor.error) ? (
          <Alert tone="warning" title={t('cycle.conflict')} announce="alert" onDismiss={() => editor.setError(null)} />
        ) : (
          <ErrorAlert error={editor.error} title={t('cycleEdit.saveFailed')} onDismiss={() => editor.setError(null)} />
        ))}
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
          <h2 id="checklist-heading" tabIndex={-1}>
            {t(isAdapting ? 'cycleEdit.adapt' : 'cycle.view.checklist')}
          </h2>
          {isAdapting && <p className="muted">{t('cycleEdit.intro')}</p>}
          <CycleChecklist
            cycle={data}
            organizationId={organizationId}
            canEdit={canEdit}
            editor={canEdit ? editor : null}
            closingPhaseId={closingPhaseId}
            onClosePhase={(phase) => void closePhase(phase)}
            onOpenDeliverable={setOpenDeliverableId}
          />
          {isAdapting && (
            <div>
              <Button variant="primary" onClick={() => setMode({ view: 'checklist', adapt: false })}>
                {t('cycleEdit.doneAdapting')}
              </Button>
            </div>
          )}
        </section>
      )}
      <DeliverableDialog
        cycleId={cycleId}
        organizationId={organizationId}
        cycle={data}
        deliverable={deliverable}
        members={members.data?.members ?? null}
        personName={personName}
        onClose={() => setOpenDeliverableId(null)}
        onChanged={reload}
      />
      <ItemDialog cycleId={cycleId} cycle={data} target={editor.target} onClose={() => editor.setTarget(null)} onSaved={reload} />
      <RemoveDialog cycle={data} target={editor.removing} isBusy={editor.busyKey?.startsWith('remove-') === true} onCancel={() => editor.setRemoving(null)} onConfirm={(target) => void editor.remove(target)} />
    </div>
  );
}
