import { useId } from 'react';
import type { Member } from '../../platform/api-types';
import { useT } from '../../app/i18n/i18n-provider';

export interface AttendeesDraft {
  memberIds: string[];
  /** Anyone else, one name a line. */
  others: string;
}

export const attendeesBody = (draft: AttendeesDraft) => [
  ...draft.memberIds.map((userId) => ({ userId })),
  ...draft.others.split('\n').map((name) => name.trim()).filter(Boolean).map((name) => ({ name })),
];

export const draftOfAttendees = (attendees: ReadonlyArray<{ userId: string | null; name: string }>): AttendeesDraft => ({
  memberIds: attendees.flatMap((a) => (a.userId ? [a.userId] : [])),
  others: attendees.filter((a) => !a.userId).map((a) => a.name).join('\n'),
});

/** Who came: members of the district ticked from the list (when the reader may see it), anyone else by name. */
export function AttendeesFields({ draft, onChange, members, error }: { draft: AttendeesDraft; onChange: (draft: AttendeesDraft) => void; members: Member[] | null; error?: string }) {
  const t = useT();
  const ids = useId();
  const active = (members ?? []).filter((m) => m.isActive).sort((a, b) => a.name.localeCompare(b.name));
  const toggle = (userId: string, isChecked: boolean) => onChange({ ...draft, memberIds: isChecked ? [...draft.memberIds, userId] : draft.memberIds.filter((id) => id !== userId) });
  return (
    <fieldset className="fieldset">
      <legend>{t('checkIns.field.attendees')}</legend>
      {active.length > 0 && (
        <ul className="attendee-choices">
          {active.map((member) => (
            <li key={member.userId}>
              <label className="checkbox">
                <input type="checkbox" checked={draft.memberIds.includes(member.userId)} onChange={(event) => toggle(member.userId, event.target.checked)} />
                <span>{member.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-others`}>
          {t(active.length ? 'checkIns.field.others' : 'checkIns.field.names')}
        </label>
        <textarea id={`${ids}-others`} className="textarea" rows={3} value={draft.others} onChange={(event) => onChange({ ...draft, others: event.target.value })} aria-describedby={`${ids}-others-hint${error ? ` ${ids}-error` : ''}`} aria-invalid={error ? true : undefined} />
        <span className="field-hint" id={`${ids}-others-hint`}>{t('checkIns.field.othersHint')}</span>
        {error && <span className="field-error" id={`${ids}-error`}>{error}</span>}
      </div>
    </fieldset>
  );
}
