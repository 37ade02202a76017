import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import type { CycleSession } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import type { StakeholderGroup } from '../stakeholders/stakeholders-api';
import { useWrite } from '../stakeholders/use-write';
import { outreachApi, type OutreachItem, type OutreachSend } from './outreach-api';
import { sessionOptions, type PreviewChoices } from './outreach-preview';

interface SendDialogProps {
  cycleId: string;
  item: OutreachItem | null;
  groups: StakeholderGroup[];
  sessions: CycleSession[];
  /** The session and link chosen for the preview, offered again here. */
  choices: PreviewChoices;
  onClose: () => void;
  onSent: () => Promise<void>;
}

type Stage = 'choose' | 'confirm' | 'done';

/** Sends an invitation to a stakeholder group: choose, see how many people get it, confirm, see the result. */
export function SendDialog({ cycleId, item, groups, sessions, choices, onClose, onSent }: SendDialogProps) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const write = useWrite();
  const [stage, setStage] = useState<Stage>('choose');
  const [groupId, setGroupId] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [link, setLink] = useState('');
  const [result, setResult] = useState<OutreachSend | null>(null);

  useEffect(() => {
    if (!item) return;
    setStage('choose');
    setGroupId(groups.find((g) => g.contacts.length > 0)?.id ?? groups[0]?.id ?? '');
    setSessionId(choices.sessionId);
    setLink(choices.link);
    setResult(null);
    write.setError(null);
  }, [item?.id]);

  const group = groups.find((g) => g.id === groupId);
  const count = group?.contacts.length ?? 0;
  const fieldError = (field: string) => write.error?.fieldErrors[field];

  const send = async () => {
    if (!item || !group) return;
    const outcome = await write.run(() => api.post<OutreachSend>(outreachApi.send(cycleId, item.id), { stakeholderGroupId: group.id, ...(sessionId ? { sessionId } : {}), ...(link.trim() ? { link: link.trim() } : {}) }));
    if (outcome.ok) {
      setResult(outcome.value);
      setStage('done');
      say(t('send.done', { count: outcome.value.recipientCount, group: outcome.value.groupName }));
      await onSent();
    } else {
      // The server names the field to fix (link, session, group): go back to the choices.
      setStage('choose');
    }
  };

  const footer =
    stage === 'choose' ? (
      <>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button variant="primary" type="submit" form="send-form" disabled={!group || count === 0}>
          {t('send.review')}
        </Button>
      </>
    ) : stage === 'confirm' ? (
      <>
        <Button onClick={() => setStage('choose')}>{t('send.back')}</Button>
        <Button variant="primary" isBusy={write.isBusy} onClick={() => void send()}>
          {t('send.confirm', { count })}
        </Button>
      </>
    ) : (
      <Button variant="primary" onClick={onClose}>
        {t('send.close')}
      </Button>
    );

  return (
    <Dialog isOpen={item !== null} title={item ? t('send.title', { title: item.title }) : ''} onClose={onClose} footer={footer}>
      {stage === 'choose' && (
        <form id="send-form" className="form" noValidate onSubmit={(event) => { event.preventDefault(); if (group && count > 0) setStage('confirm'); }}>
          {write.error && <ErrorAlert error={write.error} title={t('send.failed')} onDismiss={() => write.setError(null)} />}
          {groups.length === 0 ? (
            <Alert tone="info" title={t('send.noGroups')} />
          ) : (
            <>
              <SelectField name="stakeholderGroupId" label={t('send.group')} value={groupId} onChange={(e) => setGroupId(e.target.value)} options={groups.map((g) => ({ value: g.id, label: t('send.groupOption', { name: g.name, count: g.contacts.length }) }))} error={fieldError('stakeholderGroupId')} />
              <p className="send-count" aria-live="polite">{count > 0 ? t('send.recipients', { count }) : t('send.noContacts')}</p>
            </>
          )}
          <SelectField name="sessionId" label={t('send.session')} value={sessionId} onChange={(e) => setSessionId(e.target.value)} options={sessionOptions(sessions, locale, t('preview.noSession'))} error={fieldError('sessionId')} />
          <TextField name="link" type="url" label={t('send.link')} hint={t('preview.linkHint')} isOptional value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://" error={fieldError('link')} />
        </form>
      )}
      {stage === 'confirm' && group && item && (
        <div className="stack">
          <p className="send-count">{t('send.recipients', { count })}</p>
          <p>{t('send.confirmText', { group: group.name, subject: item.subject ?? '' })}</p>
        </div>
      )}
      {stage === 'done' && result && (
        <Alert tone="success" title={t('send.done', { count: result.recipientCount, group: result.groupName })}>
          <p>{t('send.doneText')}</p>
        </Alert>
      )}
    </Dialog>
  );
}
