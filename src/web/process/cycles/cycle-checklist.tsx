import type { CycleDetail, CyclePhase } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { useResource } from '../../app/use-resource';
import { DeliverableList, SessionList, StepList } from './checklist-lists';
import { ItemControls } from './item-controls';
import { formatDay } from './process-api';
import type { DeliverableWork } from './produced-in-link';
import type { CycleEditor } from './use-cycle-editor';

interface CycleChecklistProps {
  cycle: CycleDetail;
  organizationId: string;
  canEdit: boolean;
  /** The planner's editing tools; null for readers. Its isAdapting shows the structure controls. */
  editor: CycleEditor | null;
  closingPhaseId: string | null;
  onClosePhase: (phase: CyclePhase) => void;
  onOpenDeliverable: (deliverableId: string) => void;
}

/** The phases in order, each with its steps, its dated sessions and its deliverables. */
export function CycleChecklist({ cycle, organizationId, canEdit, editor, closingPhaseId, onClosePhase, onOpenDeliverable }: CycleChecklistProps) {
  const { t, locale } = useI18n();
  const day = (date: string) => formatDay(locale, date);
  const isAdapting = editor?.isAdapting === true;
  // What each deliverable's work area holds (a SWOT board, datasets), read once for every phase: the
  // work is done in other screens, so it is current whenever the checklist is opened.
  const workList = useResource<{ work: Array<DeliverableWork & { deliverable_id: string }> }>(`/api/cycles/${cycle.id}/deliverable-work`);
  const work = new Map((workList.data?.work ?? []).map((entry) => [entry.deliverable_id, entry] as const));
  return (
    <>
      <ol className="checklist-phases">
        {cycle.phases.map((phase, index) => {
          const isCurrent = cycle.currentPhase?.id === phase.id;
          const headingId = `phase-${phase.id}`;
          const lists = { cycle, phase, organizationId, editor };
          return (
            <li key={phase.id} className={`card checklist-phase${isCurrent ? ' is-current' : ''}`} aria-labelledby={headingId}>
              <div className="card-header checklist-phase-header">
                <div>
                  <h3 id={headingId}>{t('cycle.phase', { number: index + 1, name: phase.name })}</h3>
                  <p className="muted">{t('process.dates', { start: day(phase.startDate), end: day(phase.endDate) })}</p>
                </div>
                <div className="row">
                  <Badge tone={phase.isClosed ? 'success' : isCurrent ? 'brand' : 'neutral'}>{phase.isClosed ? t('cycle.phaseClosed') : isCurrent ? t('cycle.phaseCurrent') : t('cycle.phaseOpen')}</Badge>
                  {canEdit && isCurrent && (
                    <Button size="small" isBusy={closingPhaseId === phase.id} onClick={() => onClosePhase(phase)}>
                      {t('cycle.closePhase')}
                      <span className="visually-hidden"> ({phase.name})</span>
                    </Button>
                  )}
                </div>
                {isAdapting && editor && <ItemControls cycle={cycle} editor={editor} kind="phase" item={phase} />}
              </div>
              <div className="card-body stack">
                {phase.guidingQuestion && (
                  <p>
                    <strong>{t('cycle.guidingQuestion')}:</strong> {phase.guidingQuestion}
                  </p>
                )}
                <StepList {...lists} canTick={canEdit && editor !== null} headingId={`${headingId}-steps`} />
                <SessionList {...lists} />
                <DeliverableList {...lists} onOpenDeliverable={onOpenDeliverable} work={work} />
              </div>
            </li>
          );
        })}
      </ol>
      {isAdapting && editor && (
        <div>
          <Button id="add-phase" onClick={() => editor.setTarget({ mode: 'add', kind: 'phase', phase: null })}>
            <Icon name="plus" size={16} />
            {t('cycleEdit.addPhase')}
          </Button>
        </div>
      )}
    </>
  );
}
