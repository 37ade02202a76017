import type { CycleDetail, CyclePhase } from '../../app/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { formatDay, statusLabel, statusTone } from './process-api';

interface CycleChecklistProps {
  cycle: CycleDetail;
  canEdit: boolean;
  closingPhaseId: string | null;
  ownerName: (ownerId: string | null) => string;
  onClosePhase: (phase: CyclePhase) => void;
  onOpenDeliverable: (deliverableId: string) => void;
}

/** The phases in order, each with its steps, its dated sessions and its deliverables. */
export function CycleChecklist({ cycle, canEdit, closingPhaseId, ownerName, onClosePhase, onOpenDeliverable }: CycleChecklistProps) {
  const { t, locale } = useI18n();
  const day = (date: string) => formatDay(locale, date);
  return (
    <ol className="checklist-phases">
      {cycle.phases.map((phase, index) => {
        const isCurrent = cycle.currentPhase?.id === phase.id;
        const steps = cycle.steps.filter((step) => step.phaseId === phase.id);
        const sessions = cycle.sessions.filter((session) => session.phaseId === phase.id);
        const deliverables = cycle.deliverables.filter((deliverable) => deliverable.phaseId === phase.id);
        const headingId = `phase-${phase.id}`;
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
                  <Button size="small" isBusy={closingPhaseId === phase.id} onClick={() => onClosePhase(phase)} aria-label={`${t('cycle.closePhase')}: ${phase.name}`}>
                    {t('cycle.closePhase')}
                  </Button>
                )}
              </div>
            </div>
            <div className="card-body stack">
              {phase.guidingQuestion && (
                <p>
                  <strong>{t('cycle.guidingQuestion')}:</strong> {phase.guidingQuestion}
                </p>
              )}
              <h4>{t('cycle.steps')}</h4>
              {steps.length === 0 ? (
                <p className="muted">{t('cycle.none')}</p>
              ) : (
                <ol className="checklist-steps">
                  {steps.map((step) => (
                    <li key={step.id}>{step.text}</li>
                  ))}
                </ol>
              )}
              <h4>{t('cycle.sessions')}</h4>
              {sessions.length === 0 ? (
                <p className="muted">{t('cycle.none')}</p>
              ) : (
                <ul className="plain-list">
                  {sessions.map((session) => (
                    <li key={session.id}>
                      <span className="checklist-date">{day(session.date)}</span> {session.name}
                    </li>
                  ))}
                </ul>
              )}
              <h4>{t('cycle.deliverables')}</h4>
              {deliverables.length === 0 ? (
                <p className="muted">{t('cycle.none')}</p>
              ) : (
                <ul className="plain-list checklist-deliverables">
                  {deliverables.map((deliverable) => (
                    <li key={deliverable.id}>
                      <button type="button" className="link-button" onClick={() => onOpenDeliverable(deliverable.id)}>
                        {deliverable.letter ? `${deliverable.letter}. ` : ''}
                        {deliverable.name}
                      </button>
                      <span className="checklist-meta">
                        <span>
                          {t('cycle.owner')}: {ownerName(deliverable.ownerId)}
                        </span>
                        <span>{t('cycle.due', { date: day(deliverable.dueDate) })}</span>
                        <Badge tone={statusTone[deliverable.status]}>{t(statusLabel[deliverable.status])}</Badge>
                        {deliverable.reviewState !== 'none' && (
                          <Badge tone={deliverable.reviewState === 'approved' ? 'success' : 'danger'} hasDot={false}>
                            {t(deliverable.reviewState === 'approved' ? 'deliverable.review.approved' : 'deliverable.review.changes_requested')}
                          </Badge>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
