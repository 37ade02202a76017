import type { CycleDeliverable, CycleDetail, CyclePhase, CycleSession, CycleStep } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { ItemControls } from './item-controls';
import { ProducedInLink, type DeliverableWork } from './produced-in-link';
import { formatDay, formatLabel, statusLabel, statusTone, type ItemKind } from './process-api';
import type { CycleEditor } from './use-cycle-editor';

export interface PhaseListProps {
  cycle: CycleDetail;
  phase: CyclePhase;
  organizationId: string;
  /** Present in the "adapt the cycle" mode: the edit controls and add buttons show. */
  editor: CycleEditor | null;
}

const addLabel: Record<Exclude<ItemKind, 'phase'>, 'cycleEdit.addStep' | 'cycleEdit.addSession' | 'cycleEdit.addDeliverable'> = {
  step: 'cycleEdit.addStep',
  session: 'cycleEdit.addSession',
  deliverable: 'cycleEdit.addDeliverable',
};

function AddButton({ editor, kind, phase }: { editor: CycleEditor; kind: Exclude<ItemKind, 'phase'>; phase: CyclePhase }) {
  const { t } = useI18n();
  return (
    <div>
      <Button id={`add-${kind}-${phase.id}`} size="small" onClick={() => editor.setTarget({ mode: 'add', kind, phase })}>
        <Icon name="plus" size={16} />
        {t(addLabel[kind])}
        <span className="visually-hidden"> ({phase.name})</span>
      </Button>
    </div>
  );
}

/** A phase's steps; planners tick them done right here, in or out of the adapting mode. */
export function StepList({ cycle, phase, organizationId, editor, canTick, headingId }: PhaseListProps & { canTick: boolean; headingId: string }) {
  const { t } = useI18n();
  const steps = cycle.steps.filter((step) => step.phaseId === phase.id);
  const done = steps.filter((step) => step.isDone).length;
  return (
    <>
      <h4 id={headingId}>
        {t('cycle.steps')} {steps.length > 0 && <span className="muted checklist-count">· {t('cycleEdit.stepsDone', { done, total: steps.length })}</span>}
      </h4>
      {steps.length === 0 ? (
        <p className="muted">{t('cycle.none')}</p>
      ) : (
        <ol className="checklist-steps">
          {steps.map((step: CycleStep) => (
            <li key={step.id} className={`checklist-item${step.isDone ? ' is-done' : ''}`}>
              <div className="checklist-item-main">
                {canTick ? (
                  <label className="checkbox">
                    {/* Shown ticked at once while saving; not disabled, so keyboard focus stays on it. */}
                    <input
                      type="checkbox"
                      checked={editor?.busyKey === `step-${step.id}` ? !step.isDone : step.isDone}
                      onChange={() => {
                        if (editor && editor.busyKey !== `step-${step.id}`) void editor.toggleStep(step);
                      }}
                    />
                    <span>{step.text}</span>
                  </label>
                ) : (
                  <span>
                    {step.isDone && <Badge tone="success">{t('cycle.stepDone')}</Badge>} {step.text}
                  </span>
                )}
                <ProducedInLink linksTo={step.linksTo} organizationId={organizationId} cycleId={cycle.id} planId={cycle.plan?.id ?? null} />
              </div>
              {editor?.isAdapting && <ItemControls cycle={cycle} editor={editor} kind="step" item={step} />}
            </li>
          ))}
        </ol>
      )}
      {editor?.isAdapting && <AddButton editor={editor} kind="step" phase={phase} />}
    </>
  );
}

export function SessionList({ cycle, phase, editor }: PhaseListProps) {
  const { t, locale } = useI18n();
  const sessions = cycle.sessions.filter((session) => session.phaseId === phase.id);
  return (
    <>
      <h4>{t('cycle.sessions')}</h4>
      {sessions.length === 0 ? (
        <p className="muted">{t('cycle.none')}</p>
      ) : (
        <ul className="plain-list checklist-sessions">
          {sessions.map((session: CycleSession) => (
            <li key={session.id} className="checklist-item">
              <div className="checklist-item-main">
                <span>
                  <span className="checklist-date">{formatDay(locale, session.date)}</span> {session.name}
                </span>
                <span className="checklist-meta">
                  <span>{t(formatLabel(session.format))}</span>
                  {session.lengthMinutes !== null && <span>{t('cycleEdit.minutes', { count: session.lengthMinutes })}</span>}
                </span>
              </div>
              {editor?.isAdapting && <ItemControls cycle={cycle} editor={editor} kind="session" item={session} />}
            </li>
          ))}
        </ul>
      )}
      {editor?.isAdapting && <AddButton editor={editor} kind="session" phase={phase} />}
    </>
  );
}

export function DeliverableList({
  cycle,
  phase,
  organizationId,
  editor,
  onOpenDeliverable,
  work,
}: PhaseListProps & { onOpenDeliverable: (id: string) => void; work: ReadonlyMap<string, DeliverableWork> }) {
  const { t, locale } = useI18n();
  const deliverables = cycle.deliverables.filter((deliverable) => deliverable.phaseId === phase.id);
  return (
    <>
      <h4>{t('cycle.deliverables')}</h4>
      {deliverables.length === 0 ? (
        <p className="muted">{t('cycle.none')}</p>
      ) : (
        <ul className="plain-list checklist-deliverables">
          {deliverables.map((deliverable: CycleDeliverable) => (
            <li key={deliverable.id} className="checklist-item">
              <div className="checklist-item-main">
                <button type="button" className="link-button" onClick={() => onOpenDeliverable(deliverable.id)}>
                  {deliverable.letter ? `${deliverable.letter}. ` : ''}
                  {deliverable.name}
                </button>
                <span className="checklist-meta">
                  <span>
                    {t('cycle.owner')}: {deliverable.ownerName ?? t(deliverable.ownerId ? 'deliverable.ownerUnknown' : 'cycle.noOwner')}
                  </span>
                  {deliverable.reviewerName && (
                    <span>
                      {t('deliverable.reviewer')}: {deliverable.reviewerName}
                    </span>
                  )}
                  <span>{t('cycle.due', { date: formatDay(locale, deliverable.dueDate) })}</span>
                  <Badge tone={statusTone[deliverable.status]}>{t(statusLabel[deliverable.status])}</Badge>
                  {deliverable.reviewState !== 'none' && (
                    <Badge tone={deliverable.reviewState === 'approved' ? 'success' : 'danger'} hasDot={false}>
                      {t(deliverable.reviewState === 'approved' ? 'deliverable.review.approved' : 'deliverable.review.changes_requested')}
                    </Badge>
                  )}
                </span>
                <ProducedInLink linksTo={deliverable.linksTo} organizationId={organizationId} cycleId={cycle.id} planId={cycle.plan?.id ?? null} work={work.get(deliverable.id)} />
              </div>
              {editor?.isAdapting && <ItemControls cycle={cycle} editor={editor} kind="deliverable" item={deliverable} />}
            </li>
          ))}
        </ul>
      )}
      {editor?.isAdapting && <AddButton editor={editor} kind="deliverable" phase={phase} />}
    </>
  );
}
