import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { ConversationFields } from './conversation-fields';
import { bodyOf, errorsOf, type ConversationDraft } from './conversation-draft';
import { conversationPath, conversationsApi, type ConversationDetail } from './conversations-api';

interface Props {
  isOpen: boolean;
  districtId: string;
  onClose: () => void;
}

/** A new conversation, as a draft: the prompt in English and Spanish (the reader's language first), vote mode, post-moderation. */
export function NewConversationDialog({ isOpen, districtId, onClose }: Props) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ConversationDraft>(() => ({
    mode: 'vote',
    moderation: 'post',
    languages: locale === 'es' ? ['es', 'en'] : ['en', 'es'],
    prompt: {},
    opensAt: '',
    closesAt: '',
    cycleId: '',
    entryId: '',
    verifyEmail: false,
  }));
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const errors = errorsOf(failure);

  const create = async () => {
    setIsBusy(true);
    setFailure(null);
    try {
      const created = await api.post<ConversationDetail>(conversationsApi.list(districtId), bodyOf(draft));
      navigate(conversationPath(districtId, created.id));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('conversations.new')}
      onClose={onClose}
      isWide
      footer={
        <>
          <Button onClick={onClose}>{t('conversations.cancel')}</Button>
          <Button variant="primary" isBusy={isBusy} onClick={create}>
            {t('conversations.create')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">{t('conversations.newIntro')}</p>
        {failure && <ErrorAlert error={failure} title={t('conversations.createFailed')} onDismiss={() => setFailure(null)} />}
        <ConversationFields draft={draft} onChange={setDraft} organizationId={districtId} errors={errors} isOpen={false} idPrefix="new-conversation" />
      </div>
    </Dialog>
  );
}
