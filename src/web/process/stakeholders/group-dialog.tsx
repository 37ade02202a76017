import { useEffect, useId, useMemo, useState } from 'react';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { FieldFrame, SelectField, TextField } from '../../app/ui/field';
import { formatContactLines, parseContactLines } from '../../../core/process/contact-lines';
import { constituencies, constituencyLabel, stakeholdersApi, type Constituency, type StakeholderGroup } from './stakeholders-api';
import { useWrite } from './use-write';
import { WriteError } from './write-error';

interface GroupDialogProps {
  cycleId: string;
  /** The group to edit; undefined adds a new one; null keeps the dialog closed. */
  group: StakeholderGroup | undefined | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

/** Adds or edits a stakeholder group; contacts are pasted many at a time, one "Name <email>" a line. */
export function GroupDialog({ cycleId, group, onClose, onSaved }: GroupDialogProps) {
  const t = useT();
  const say = useAnnounce();
  const ids = useId();
  const write = useWrite();
  const isOpen = group !== null;
  const [name, setName] = useState('');
  const [constituency, setConstituency] = useState<Constituency>('families');
  const [description, setDescription] = useState('');
  const [size, setSize] = useState('');
  const [contactText, setContactText] = useState('');
  const [notes, setNotes] = useState('');
  const [showProblems, setShowProblems] = useState(false);

  useEffect(() => {
    if (group === null) return;
    setName(group?.name ?? '');
    setConstituency(group?.constituency ?? 'families');
    setDescription(group?.description ?? '');
    setSize(group?.estimatedSize != null ? String(group.estimatedSize) : '');
    setContactText(group ? formatContactLines(group.contacts) : '');
    setNotes(group?.notes ?? '');
  }, [group]);

  useEffect(() => {
    setShowProblems(false);
    write.setError(null);
  }, [group?.id, isOpen]);

  const parsed = useMemo(() => parseContactLines(contactText), [contactText]);
  const fieldError = (field: string) => write.error?.fieldErrors[field];
  const contactsError = showProblems && parsed.problems.length > 0 ? t('group.contactsFix') : fieldError('contacts');

  const save = async () => {
    if (parsed.problems.length > 0) {
      setShowProblems(true);
      document.getElementById(`${ids}-contacts`)?.focus();
      return;
    }
    const values = { name, constituency, description, estimatedSize: size.trim() === '' ? null : Number(size), contacts: parsed.contacts, notes };
    const result = await write.run(() =>
      group ? api.patch<StakeholderGroup>(stakeholdersApi.group(cycleId, group.id), { version: group.version, ...values }) : api.post<StakeholderGroup>(stakeholdersApi.groups(cycleId), values),
    );
    if (result.ok) {
      say(t(group ? 'group.saved' : 'group.added', { name: result.value.name }));
      await onSaved();
      onClose();
    } else if (result.error.status === 409) {
      await onSaved();
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      isWide
      title={group ? t('group.dialogEdit', { name: group.name }) : t('group.dialogAdd')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" type="submit" form={`${ids}-form`} isBusy={write.isBusy}>
            {t('group.save')}
          </Button>
        </>
      }
    >
      <form id={`${ids}-form`} className="form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <WriteError error={write.error} title={t('stakeholders.saveFailed')} onDismiss={() => write.setError(null)} />
        <div className="form-grid">
          <TextField name="name" label={t('group.field.name')} hint={t('group.field.nameHint')} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} error={fieldError('name')} />
          <SelectField name="constituency" label={t('group.field.constituency')} value={constituency} onChange={(e) => setConstituency(e.target.value as Constituency)} options={constituencies.map((c) => ({ value: c, label: t(constituencyLabel(c)) }))} error={fieldError('constituency')} />
        </div>
        <FieldFrame label={t('group.field.description')} isOptional error={fieldError('description')}>
          {({ id, describedBy, isInvalid }) => <textarea id={id} className="textarea" rows={2} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />}
        </FieldFrame>
        <TextField name="estimatedSize" type="number" min={0} inputMode="numeric" label={t('group.field.size')} hint={t('group.field.sizeHint')} isOptional value={size} onChange={(e) => setSize(e.target.value)} error={fieldError('estimatedSize')} />
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-contacts`}>
            {t('group.field.contacts')} <span className="field-optional">({t('form.optional')})</span>
          </label>
          <textarea
            id={`${ids}-contacts`}
            className="textarea contact-lines"
            rows={6}
            value={contactText}
            spellCheck={false}
            placeholder="Ana Ruiz <ana@example.org>"
            onChange={(e) => setContactText(e.target.value)}
            aria-describedby={`${ids}-contacts-hint ${ids}-contacts-count${contactsError ? ` ${ids}-contacts-error` : ''}`}
            aria-invalid={contactsError ? true : undefined}
          />
          <span className="field-hint" id={`${ids}-contacts-hint`}>{t('group.field.contactsHint')}</span>
          <span className="field-hint" id={`${ids}-contacts-count`} aria-live="polite">{t('group.contactsRead', { count: parsed.contacts.length })}</span>
          {contactsError && <span className="field-error" id={`${ids}-contacts-error`}>{contactsError}</span>}
          {parsed.problems.length > 0 && (
            <ul className="contact-problems">
              {parsed.problems.map((p) => (
                <li key={p.line}>{t(p.reason === 'no_email' ? 'group.contactProblem.no_email' : 'group.contactProblem.duplicate', { line: p.line, text: p.text })}</li>
              ))}
            </ul>
          )}
        </div>
        <FieldFrame label={t('group.field.notes')} isOptional error={fieldError('notes')}>
          {({ id, describedBy, isInvalid }) => <textarea id={id} className="textarea" rows={3} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />}
        </FieldFrame>
      </form>
    </Dialog>
  );
}
