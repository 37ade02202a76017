import { useState } from 'react';
import { api } from '../../app/api';
import type { Member } from '../../platform/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import type { LevelNames } from '../../plan/plans/level-names';
import { AgendaList } from './agenda-list';
import { AttendeesFields, attendeesBody, draftOfAttendees } from './attendees-fields';
import { FollowUpsSection } from './follow-ups-section';
import { formatDay, improvementApi, type AgendaItem, type CheckIn } from './improvement-api';
import { NotesAndDecisions } from './notes-and-decisions';
import { useWrite } from './use-write';

interface Props {
  checkIn: CheckIn;
  organizationId: string;
  levelNames: LevelNames;
  members: Member[] | null;
  userId: string;
  canManage: boolean;
  /** The check-in as the server now has it, after a save or a conflict. */
  onSaved: (checkIn: CheckIn) => void;
  onRemoved: () => Promise<void>;
  reload: () => Promise<void>;
}

let otherItemNumber = 0;

/** One check-in: who came, the agenda as built and kept, notes, decisions and follow-ups. */
export function CheckInDetail({ checkIn, organizationId, levelNames, members, userId, canManage, onSaved, onRemoved, reload }: Props) {
  const { t, locale } = useI18n();
  const [hasConflict, setHasConflict] = useState(false);
  const [isEditingAttendees, setIsEditingAttendees] = useState(false);
  const [attendees, setAttendees] = useState(() => draftOfAttendees(checkIn.attendees));
  const [newItem, setNewItem] = useState('');
  const [isRemoving, setIsRemoving] = useState(false);
  const write = useWrite<CheckIn>((current) => {
    setHasConflict(true);
    onSaved(current);
  });
  const date = formatDay(locale, checkIn.heldOn);

  const save = async (name: string, changes: Record<string, unknown>, confirmation: string) => {
    setHasConflict(false);
    const saved = await write.run(name, () => api.patch<CheckIn>(improvementApi.checkIn(checkIn.planId, checkIn.id), { version: checkIn.version, ...changes }), confirmation);
    if (saved) onSaved(saved);
    return saved;
  };
  const removeItem = (item: AgendaItem) => void save(`remove-${item.key}`, { agenda: checkIn.agenda.filter((i) => i.key !== item.key) }, t('checkIns.itemRemoved', { title: item.title }));
  const addItem = async () => {
    const title = newItem.trim();
    if (!title) return;
    const item: AgendaItem = { key: `other:${Date.now()}-${otherItemNumber++}`, kind: 'other', elementKey: null, goalKey: null, goalTitle: null, goalStatus: null, title, reasons: [], status: null, explanation: null, owner: null, periodLabel: null, dueOn: null, isNew: true };
    if (await save('add-item', { agenda: [...checkIn.agenda, item] }, t('checkIns.itemAdded', { title }))) setNewItem('');
  };
  const saveAttendees = async () => {
    if (await save('attendees', { attendees: attendeesBody(attendees) }, t('checkIns.attendeesSaved'))) setIsEditingAttendees(false);
  };
  const remove = async () => {
    const removed = await write.run('remove', async () => {
      await api.delete(improvementApi.checkIn(checkIn.planId, checkIn.id));
      return true;
    }, t('checkIns.removed', { date }));
    setIsRemoving(false);
    if (removed) await onRemoved();
  };
  const owners = (members ?? []).filter((m) => m.isActive).sort((a, b) => a.name.localeCompare(b.name)).map((m) => ({ value: m.userId, label: m.name }));

  return (
    <section className="card check-in" aria-labelledby="check-in-heading">
      <div className="card-header">
        <div>
          <h2 id="check-in-heading" tabIndex={-1}>{t('checkIns.heading', { date })}</h2>
          <p>{checkIn.sinceOn ? t('checkIns.since', { date: formatDay(locale, checkIn.sinceOn) }) : t('checkIns.first')}</p>
        </div>
        {canManage && (
          <Button size="small" variant="quiet-danger" onClick={() => setIsRemoving(true)}>
            {t('checkIns.remove')}
          </Button>
        )}
      </div>
      <div className="card-body stack-lg">
        {hasConflict && <Alert tone="warning" title={t('checkIns.conflict')} onDismiss={() => setHasConflict(false)} />}
        {write.error && write.error.status !== 409 && <ErrorAlert error={write.error} title={t('checkIns.saveFailed')} onDismiss={write.clearError} />}

        <section className="stack" aria-labelledby="check-in-attendees">
          <h3 id="check-in-attendees">{t('checkIns.field.attendees')}</h3>
          {isEditingAttendees ? (
            <form className="form stack" noValidate onSubmit={(event) => { event.preventDefault(); void saveAttendees(); }}>
              <AttendeesFields draft={attendees} onChange={setAttendees} members={members} error={write.error?.details.find((d) => d.path.startsWith('/attendees'))?.message} />
              <div className="row">
                <Button type="submit" size="small" variant="primary" isBusy={write.busy === 'attendees'}>{t('action.save')}</Button>
                <Button size="small" onClick={() => setIsEditingAttendees(false)}>{t('action.cancel')}</Button>
              </div>
            </form>
          ) : (
            <>
              <p>{checkIn.attendees.length ? checkIn.attendees.map((a) => a.name).join(', ') : <span className="muted">{t('checkIns.noAttendees')}</span>}</p>
              {canManage && (
                <div>
                  <Button size="small" onClick={() => { setAttendees(draftOfAttendees(checkIn.attendees)); setIsEditingAttendees(true); }}>{t('checkIns.editAttendees')}</Button>
                </div>
              )}
            </>
          )}
        </section>

        <section className="stack" aria-labelledby="check-in-agenda">
          <h3 id="check-in-agenda">{t('checkIns.agenda')}</h3>
          <p className="muted">{t('checkIns.agendaIntro')}</p>
          {checkIn.agenda.length === 0 ? (
            <p className="muted">{t('checkIns.agendaEmpty')}</p>
          ) : (
            <AgendaList agenda={checkIn.agenda} organizationId={organizationId} planId={checkIn.planId} levelNames={levelNames} canEdit={canManage} busy={write.busy} onRemove={removeItem} />
          )}
          {canManage && (
            <form className="inline-form" noValidate onSubmit={(event) => { event.preventDefault(); void addItem(); }}>
              <TextField name="agendaItem" label={t('checkIns.addItem')} value={newItem} onChange={(event) => setNewItem(event.target.value)} maxLength={2000} />
              <Button type="submit" isBusy={write.busy === 'add-item'}>{t('checkIns.addItemButton')}</Button>
            </form>
          )}
        </section>

        <section className="stack" aria-labelledby="check-in-notes">
          <h3 id="check-in-notes">{t('checkIns.notesAndDecisions')}</h3>
          <NotesAndDecisions checkIn={checkIn} canEdit={canManage} busy={write.busy === 'notes'} error={write.error} onSave={(changes) => save('notes', changes, t('checkIns.notesSaved'))} />
        </section>

        <section className="stack" aria-labelledby="check-in-follow-ups">
          <h3 id="check-in-follow-ups">{t('checkIns.followUps.heading')}</h3>
          <FollowUpsSection planId={checkIn.planId} checkInId={checkIn.id} followUps={checkIn.followUps} owners={owners} userId={userId} canManage={canManage} onChanged={reload} />
        </section>
      </div>
      <ConfirmDialog isOpen={isRemoving} title={t('checkIns.removeTitle', { date })} confirmLabel={t('checkIns.remove')} isBusy={write.busy === 'remove'} onConfirm={() => void remove()} onCancel={() => setIsRemoving(false)}>
        <p>{t('checkIns.removeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
