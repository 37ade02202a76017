import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { TextField } from '../../app/ui/field';
import { formatDay } from '../cycles/process-api';
import { formatKey, sessionsApi, type SessionRecord } from './sessions-api';
import { SectionError } from './section-error';
import type { SaveOutcome, useSessionRecord } from './use-session-record';

interface Props {
  cycleId: string;
  record: SessionRecord;
  canEdit: boolean;
  editor: ReturnType<typeof useSessionRecord>;
  /** The cycle's own copy of the session (date, length) changed: reload the cycle too. */
  onSessionMoved: () => Promise<void>;
}

/** When and where: date and length belong to the cycle's session; time, place and link to the record. */
export function SessionDetails({ cycleId, record, canEdit, editor, onSessionMoved }: Props) {
  const { t, locale } = useI18n();
  const s = record.session;
  const [date, setDate] = useState(s.date);
  const [length, setLength] = useState(s.lengthMinutes ? String(s.lengthMinutes) : '');
  const [startTime, setStartTime] = useState(record.startTime ?? '');
  const [place, setPlace] = useState(record.place ?? '');
  const [meetingLink, setMeetingLink] = useState(record.meetingLink ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SaveOutcome>(null);

  if (!canEdit) {
    return (
      <dl className="details-list">
        <dt>{t('sessions.field.date')}</dt>
        <dd>{formatDay(locale, s.date)}{record.startTime ? ` · ${record.startTime}` : ''}</dd>
        <dt>{t('sessions.column.format')}</dt>
        <dd>{t(formatKey(s.format))}{s.lengthMinutes ? ` · ${t('sessions.minutesShort', { count: s.lengthMinutes })}` : ''}</dd>
        <dt>{t('sessions.field.place')}</dt>
        <dd>{record.place ?? '—'}</dd>
        <dt>{t('sessions.field.link')}</dt>
        <dd>{record.meetingLink ? <a href={record.meetingLink} target="_blank" rel="noreferrer">{record.meetingLink}</a> : '—'}</dd>
      </dl>
    );
  }

  const submit = async () => {
    setBusy(true);
    setError(null);
    const cycleChanges: Record<string, unknown> = {};
    if (date && date !== s.date) cycleChanges.date = date;
    const lengthValue = length.trim() ? Number(length) : null;
    if (lengthValue !== s.lengthMinutes) cycleChanges.lengthMinutes = lengthValue;
    const changes = { startTime: startTime || null, place: place.trim() || null, meetingLink: meetingLink.trim() || null };
    const recordChanged = changes.startTime !== record.startTime || changes.place !== record.place || changes.meetingLink !== record.meetingLink;
    let outcome: SaveOutcome = null;
    let version = s.version;
    if (Object.keys(cycleChanges).length) {
      // The cycle answers with the session's new version, which the record's save then carries.
      outcome = await editor.run(async () => {
        version = (await api.patch<{ version: number }>(sessionsApi.session(cycleId, s.id), { version: s.version, changes: cycleChanges })).version;
        await onSessionMoved();
      }, t('sessions.detailsSaved'));
    }
    if (!outcome && recordChanged) outcome = await editor.save(changes, t('sessions.detailsSaved'), version);
    setError(outcome);
    setBusy(false);
  };

  const fieldError = (name: string) => (error?.code === 'invalid_input' ? error.fieldErrors[name] : undefined);
  return (
    <form className="form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <SectionError error={error} title={t('sessions.saveFailed')} onDismiss={() => setError(null)} />
      <div className="form-grid sessions-details-grid">
        <TextField name="date" type="date" label={t('sessions.field.date')} value={date} onChange={(event) => setDate(event.target.value)} required error={fieldError('changes')} />
        <TextField name="startTime" type="time" label={t('sessions.field.time')} value={startTime} onChange={(event) => setStartTime(event.target.value)} isOptional error={fieldError('startTime')} />
        <TextField name="length" type="number" min={0} max={1440} inputMode="numeric" label={t('sessions.field.length')} value={length} onChange={(event) => setLength(event.target.value)} isOptional />
        <TextField name="place" className="sessions-details-wide" label={t('sessions.field.place')} hint={t('sessions.field.placeHint')} value={place} onChange={(event) => setPlace(event.target.value)} isOptional maxLength={300} error={fieldError('place')} />
        <TextField name="meetingLink" className="sessions-details-wide" type="url" label={t('sessions.field.link')} hint={t('sessions.field.linkHint')} value={meetingLink} onChange={(event) => setMeetingLink(event.target.value)} isOptional maxLength={2000} error={fieldError('meetingLink')} />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={busy}>{t('sessions.saveDetails')}</Button>
      </div>
    </form>
  );
}
