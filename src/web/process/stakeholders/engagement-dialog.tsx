import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import type { Member } from '../../platform/api-types';
import type { CyclePhase } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { FieldFrame, SelectField, TextField } from '../../app/ui/field';
import { stakeholdersApi, engagementMethods, engagementStatuses, methodLabel, statusLabel, type Engagement, type EngagementMethod, type EngagementStatus, type StakeholderGroup } from './stakeholders-api';
import { useWrite } from './use-write';
import { WriteError } from './write-error';

/** What the dialog opens on: an engagement to edit, or a new one, perhaps already placed in a group and phase. */
export type EngagementTarget = { engagement: Engagement } | { groupId?: string; phaseId?: string };

interface EngagementDialogProps {
  cycleId: string;
  target: EngagementTarget | null;
  groups: StakeholderGroup[];
  phases: CyclePhase[];
  /** The district's members when the reader may list them; otherwise only the current lead is offered. */
  members: Member[] | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

/** Plans an engagement of a group in a phase (how, when, who leads, status), or changes or removes one. */
export function EngagementDialog({ cycleId, target, groups, phases, members, onClose, onSaved }: EngagementDialogProps) {
  const t = useT();
  const say = useAnnounce();
  const write = useWrite();
  const existing = target && 'engagement' in target ? target.engagement : null;
  const [groupId, setGroupId] = useState('');
  const [phaseId, setPhaseId] = useState('');
  const [method, setMethod] = useState<EngagementMethod>('survey');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [leadUserId, setLeadUserId] = useState('');
  const [status, setStatus] = useState<EngagementStatus>('planned');
  const [notes, setNotes] = useState('');

  useEffect(() => {
    if (!target) return;
    const e = 'engagement' in target ? target.engagement : null;
    const place = 'engagement' in target ? null : target;
    setGroupId(e?.stakeholderGroupId ?? place?.groupId ?? groups[0]?.id ?? '');
    setPhaseId(e?.phaseId ?? place?.phaseId ?? phases[0]?.id ?? '');
    setMethod(e?.method ?? 'survey');
    setStartDate(e?.startDate ?? '');
    setEndDate(e?.endDate ?? '');
    setLeadUserId(e?.leadUserId ?? '');
    setStatus(e?.status ?? 'planned');
    setNotes(e?.notes ?? '');
  }, [target]);

  useEffect(() => write.setError(null), [existing?.id, target === null]);

  const fieldError = (field: string) => write.error?.fieldErrors[field];
  const leadOptions = [{ value: '', label: t('plan.field.noLead') }, ...(members ?? []).filter((m) => m.isActive || m.userId === existing?.leadUserId).map((m) => ({ value: m.userId, label: m.name }))];
  if (existing?.leadUserId && !leadOptions.some((o) => o.value === existing.leadUserId)) leadOptions.push({ value: existing.leadUserId, label: existing.leadName ?? '' });

  const finish = async (message: string) => {
    say(message);
    await onSaved();
    onClose();
  };
  const save = async () => {
    const values = { stakeholderGroupId: groupId, phaseId, method, startDate: startDate || null, endDate: endDate || null, leadUserId: leadUserId || null, status, notes };
    const result = await write.run(() => (existing ? api.patch(stakeholdersApi.engagement(cycleId, existing.id), { version: existing.version, ...values }) : api.post(stakeholdersApi.engagements(cycleId), values)));
    if (result.ok) await finish(t('plan.saved'));
    else if (result.error.status === 409) await onSaved();
  };
  const remove = async () => {
    if (!existing) return;
    const result = await write.run(() => api.delete(stakeholdersApi.engagement(cycleId, existing.id)));
    if (result.ok) await finish(t('plan.removed'));
  };

  return (
    <Dialog
      isOpen={target !== null}
      isWide
      title={t(existing ? 'plan.dialogEdit' : 'plan.dialogAdd')}
      onClose={onClose}
      footer={
        <>
          {existing && (
            <Button variant="quiet-danger" onClick={() => void remove()} isBusy={write.isBusy}>
              {t('plan.remove')}
            </Button>
          )}
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" type="submit" form="engagement-form" isBusy={write.isBusy}>
            {t('plan.save')}
          </Button>
        </>
      }
    >
      <form id="engagement-form" className="form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <WriteError error={write.error} title={t('stakeholders.saveFailed')} onDismiss={() => write.setError(null)} />
        <div className="form-grid">
          <SelectField name="stakeholderGroupId" label={t('plan.field.group')} value={groupId} onChange={(e) => setGroupId(e.target.value)} options={groups.map((g) => ({ value: g.id, label: g.name }))} error={fieldError('stakeholderGroupId')} />
          <SelectField name="phaseId" label={t('plan.field.phase')} value={phaseId} onChange={(e) => setPhaseId(e.target.value)} options={phases.map((p) => ({ value: p.id, label: p.name }))} error={fieldError('phaseId')} />
          <SelectField name="method" label={t('plan.field.method')} value={method} onChange={(e) => setMethod(e.target.value as EngagementMethod)} options={engagementMethods.map((m) => ({ value: m, label: t(methodLabel(m)) }))} error={fieldError('method')} />
          <SelectField name="status" label={t('plan.field.status')} value={status} onChange={(e) => setStatus(e.target.value as EngagementStatus)} options={engagementStatuses.map((s) => ({ value: s, label: t(statusLabel(s)) }))} error={fieldError('status')} />
          <TextField name="startDate" type="date" isOptional label={t('plan.field.startDate')} value={startDate} onChange={(e) => setStartDate(e.target.value)} error={fieldError('startDate')} />
          <TextField name="endDate" type="date" isOptional label={t('plan.field.endDate')} hint={t('plan.field.endDateHint')} value={endDate} onChange={(e) => setEndDate(e.target.value)} error={fieldError('endDate')} />
        </div>
        <SelectField name="leadUserId" label={t('plan.field.lead')} value={leadUserId} onChange={(e) => setLeadUserId(e.target.value)} options={leadOptions} error={fieldError('leadUserId')} />
        <FieldFrame label={t('plan.field.notes')} isOptional error={fieldError('notes')}>
          {({ id, describedBy, isInvalid }) => <textarea id={id} className="textarea" rows={3} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />}
        </FieldFrame>
      </form>
    </Dialog>
  );
}
