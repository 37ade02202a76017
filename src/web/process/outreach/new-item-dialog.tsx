import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { SelectField, TextField } from '../../app/ui/field';
import { useWrite } from '../stakeholders/use-write';
import { WriteError } from '../stakeholders/write-error';
import { kindLabel, outreachApi, outreachKinds, type OutreachItem, type OutreachKind } from './outreach-api';

/** Adds an item to the kit by kind and title; the text is written in the editor afterwards. */
export function NewItemDialog({ cycleId, isOpen, onClose, onAdded }: { cycleId: string; isOpen: boolean; onClose: () => void; onAdded: (item: OutreachItem) => Promise<void> }) {
  const t = useT();
  const say = useAnnounce();
  const write = useWrite();
  const [kind, setKind] = useState<OutreachKind>('email_invitation');
  const [title, setTitle] = useState('');

  useEffect(() => {
    if (!isOpen) return;
    setKind('email_invitation');
    setTitle('');
    write.setError(null);
  }, [isOpen]);

  const create = async () => {
    // An invitation needs a subject; its title is a fair first one, changed in the editor.
    const result = await write.run(() => api.post<OutreachItem>(outreachApi.items(cycleId), { kind, title, body: '', ...(kind === 'email_invitation' ? { subject: title } : {}) }));
    if (result.ok) {
      say(t('outreach.added', { title: result.value.title }));
      await onAdded(result.value);
      onClose();
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('outreach.newTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" type="submit" form="new-outreach-item" isBusy={write.isBusy}>{t('outreach.create')}</Button>
        </>
      }
    >
      <form id="new-outreach-item" className="form" noValidate onSubmit={(event) => { event.preventDefault(); void create(); }}>
        <WriteError error={write.error} title={t('outreach.saveFailed')} onDismiss={() => write.setError(null)} />
        <SelectField name="kind" label={t('outreach.field.kind')} value={kind} onChange={(e) => setKind(e.target.value as OutreachKind)} options={outreachKinds.map((k) => ({ value: k, label: t(kindLabel(k)) }))} />
        <TextField name="title" label={t('outreach.field.title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} error={write.error?.fieldErrors.title ?? write.error?.fieldErrors.subject} />
      </form>
    </Dialog>
  );
}
