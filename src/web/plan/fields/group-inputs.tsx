import { useId, type ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { FieldFrame } from '../../app/ui/field';
import { GroupNote, StudentGroupPicker } from '../../monitoring/student-groups/student-group-picker';
import { useStudentGroups } from '../../monitoring/student-groups/student-groups-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { useDraft } from './draft-context';

/**
 * A measure's or a value's student group, chosen from the district's list. No group is all
 * students, as the format says; a group written before that the list does not hold is shown as
 * such, with what to do, until someone chooses.
 */
export function DraftGroup({ path, label, hint }: { path: string; label: ReactNode; hint?: ReactNode }) {
  const t = useT();
  const draft = useDraft();
  const groups = useStudentGroups(usePlanWorkspace().organization.id);
  const value = draft.get(path);
  const written = typeof value === 'string' ? value : null;
  const noteId = useId();
  if (draft.isReadOnly) {
    return (
      <FieldFrame label={label}>
        {({ id }) => <input id={id} className="input" readOnly value={written ?? t('groups.picker.allStudents')} />}
      </FieldFrame>
    );
  }
  return (
    <FieldFrame label={label} hint={hint} error={draft.errorAt(path)} isOptional>
      {({ id, describedBy, isInvalid }) => (
        <>
          <StudentGroupPicker
            id={id}
            name={path}
            groups={groups}
            value={written}
            noneLabel="allStudents"
            aria-describedby={[describedBy, noteId].filter(Boolean).join(' ')}
            aria-invalid={isInvalid || undefined}
            onChange={(next) => draft.set(path, next ?? undefined)}
          />
          <GroupNote groups={groups} written={written} id={noteId} />
        </>
      )}
    </FieldFrame>
  );
}

/** The same in a table cell: no visible label (the column says it), its full name for screen readers. */
export function CellGroup({ path, label }: { path: string; label: string }) {
  const draft = useDraft();
  const groups = useStudentGroups(usePlanWorkspace().organization.id);
  const noteId = useId();
  const value = draft.get(path);
  const written = typeof value === 'string' ? value : null;
  const error = draft.errorAt(path);
  return (
    <>
      <StudentGroupPicker
        className="select cell-field"
        name={path}
        aria-label={label}
        groups={groups}
        value={written}
        noneLabel="allStudents"
        disabled={draft.isReadOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={noteId}
        onChange={(next) => draft.set(path, next ?? undefined)}
      />
      <GroupNote groups={groups} written={written} id={noteId} />
      {error && <span className="cell-error">{error}</span>}
    </>
  );
}
