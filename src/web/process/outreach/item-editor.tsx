import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../app/api';
import type { CycleSession } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { FieldFrame, TextField } from '../../app/ui/field';
import { insertMergeField, mergeFields, type MergeField } from '../../../core/process/merge-fields';
import { useWrite } from '../stakeholders/use-write';
import { WriteError } from '../stakeholders/write-error';
import { kindLabel, mergeFieldLabel, outreachApi, type OutreachItem } from './outreach-api';
import { PreviewPanel, type PreviewChoices } from './outreach-preview';

interface ItemEditorProps {
  cycleId: string;
  item: OutreachItem;
  canEdit: boolean;
  sessions: CycleSession[];
  choices: PreviewChoices;
  onChoicesChange: (choices: PreviewChoices) => void;
  onChanged: () => Promise<void>;
  onRemoved: () => Promise<void>;
  onSend: () => void;
}

type TextTarget = 'subject' | 'body';

/** One item of the kit: its text with merge-field buttons, saved on request, previewed as it is typed. */
export function ItemEditor({ cycleId, item, canEdit, sessions, choices, onChoicesChange, onChanged, onRemoved, onSend }: ItemEditorProps) {
  const t = useT();
  const say = useAnnounce();
  const ids = useId();
  const write = useWrite();
  const [title, setTitle] = useState(item.title);
  const [subject, setSubject] = useState(item.subject ?? '');
  const [body, setBody] = useState(item.body);
  const [isRemoving, setIsRemoving] = useState(false);
  const lastTarget = useRef<TextTarget>('body');
  const subjectRef = useRef<HTMLInputElement | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const isEmail = item.kind === 'email_invitation';

  useEffect(() => {
    setTitle(item.title);
    setSubject(item.subject ?? '');
    setBody(item.body);
  }, [item.id, item.version]);
  useEffect(() => write.setError(null), [item.id]);

  const isDirty = title !== item.title || body !== item.body || (isEmail && subject !== (item.subject ?? ''));
  const fieldError = (field: string) => write.error?.fieldErrors[field];

  const insert = (field: MergeField) => {
    const target = isEmail ? lastTarget.current : 'body';
    const element = target === 'subject' ? subjectRef.current : bodyRef.current;
    const text = target === 'subject' ? subject : body;
    const next = insertMergeField(text, element?.selectionStart ?? text.length, element?.selectionEnd ?? text.length, field);
    (target === 'subject' ? setSubject : setBody)(next.text);
    say(t('outreach.inserted', { field: t(mergeFieldLabel(field)) }));
    // After React writes the new value, put the cursor just past the field.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  /** Saves; true when saved (or nothing to save), so sending can follow. */
  const save = async () => {
    if (!isDirty) return true;
    const result = await write.run(() => api.patch<OutreachItem>(outreachApi.item(cycleId, item.id), { version: item.version, title, body, ...(isEmail ? { subject } : {}) }));
    if (result.ok) {
      say(t('outreach.saved', { title: result.value.title }));
      await onChanged();
      return true;
    }
    if (result.error.status === 409) await onChanged();
    return false;
  };

  const remove = async () => {
    const result = await write.run(() => api.delete(outreachApi.item(cycleId, item.id)));
    setIsRemoving(false);
    if (result.ok) {
      say(t('outreach.removed', { title: item.title }));
      await onRemoved();
    }
  };

  return (
    <section className="card outreach-editor" aria-labelledby={`${ids}-heading`}>
      <div className="card-header">
        <h2 id={`${ids}-heading`}>{canEdit ? t('outreach.editorTitle', { title: item.title }) : item.title}</h2>
        <Badge tone="brand" hasDot={false}>{t(kindLabel(item.kind))}</Badge>
      </div>
      <div className="card-body stack-lg">
        {canEdit ? (
          <form className="form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
            <WriteError error={write.error} title={t('outreach.saveFailed')} onDismiss={() => write.setError(null)} />
            <TextField name="title" label={t('outreach.field.title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} error={fieldError('title')} />
            {isEmail && (
              <FieldFrame label={t('outreach.field.subject')} error={fieldError('subject')}>
                {({ id, describedBy, isInvalid }) => (
                  <input id={id} ref={subjectRef} name="subject" className="input" value={subject} onChange={(e) => setSubject(e.target.value)} onFocus={() => (lastTarget.current = 'subject')} required maxLength={300} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />
                )}
              </FieldFrame>
            )}
            <div className="merge-field-bar" role="group" aria-labelledby={`${ids}-merge`} aria-describedby={`${ids}-merge-hint`}>
              <span id={`${ids}-merge`} className="field-label">{t('outreach.mergeFields')}</span>
              <div className="row">
                {mergeFields.map((field) => (
                  <Button key={field} size="small" onMouseDown={(e) => e.preventDefault()} onClick={() => insert(field)}>
                    {`{{${field}}}`}
                    <span className="visually-hidden"> ({t(mergeFieldLabel(field))})</span>
                  </Button>
                ))}
              </div>
              <span id={`${ids}-merge-hint`} className="field-hint">{t('outreach.mergeFieldsHint')}</span>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-body`}>{t('outreach.field.body')}</label>
              <textarea
                id={`${ids}-body`}
                ref={bodyRef}
                className="textarea outreach-body"
                rows={14}
                maxLength={20000}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                onFocus={() => (lastTarget.current = 'body')}
                aria-invalid={fieldError('body') ? true : undefined}
                aria-describedby={fieldError('body') ? `${ids}-body-error` : undefined}
              />
              {fieldError('body') && <span className="field-error" id={`${ids}-body-error`}>{fieldError('body')}</span>}
            </div>
            <div className="form-actions outreach-actions">
              {isDirty && <span className="muted">{t('outreach.unsaved')}</span>}
              <Button variant="quiet-danger" onClick={() => setIsRemoving(true)}>{t('outreach.remove')}</Button>
              <Button type="submit" variant={isEmail ? 'secondary' : 'primary'} isBusy={write.isBusy}>{t('outreach.save')}</Button>
              {isEmail && (
                <Button variant="primary" onClick={async () => { if (await save()) onSend(); }}>
                  {t('send.open')}
                </Button>
              )}
            </div>
          </form>
        ) : (
          <div className="stack">
            {item.subject && <p><strong>{t('outreach.field.subject')}:</strong> {item.subject}</p>}
            <div className="outreach-preview-body">{item.body}</div>
          </div>
        )}
        <PreviewPanel cycleId={cycleId} itemId={item.id} subject={isEmail ? subject : null} body={body} sessions={sessions} choices={choices} onChoicesChange={onChoicesChange} />
      </div>
      <ConfirmDialog isOpen={isRemoving} title={t('outreach.removeTitle', { title: item.title })} confirmLabel={t('outreach.remove')} isBusy={write.isBusy} onConfirm={() => void remove()} onCancel={() => setIsRemoving(false)}>
        <p>{t('outreach.removeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
