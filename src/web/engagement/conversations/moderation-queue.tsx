import { useState } from 'react';
import { moderationReasonKeys, moderationReasonTexts, type ModerationReason } from '../../../core/engagement/moderation/moderation-policy';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useConversation } from './conversation-context';
import { conversationsApi, type TeamStatement } from './conversations-api';

/** The policy's reason in the reader's language (the policy is written in English and Spanish). */
export const reasonText = (reason: ModerationReason, locale: string) => moderationReasonTexts[reason][locale === 'es' ? 'es' : 'en'];

interface Props {
  statement: TeamStatement;
  onModerated: (statement: TeamStatement) => void;
}

/**
 * Accept, or hide for one reason of the published policy (the participants read the same list):
 * nobody is hidden for an opinion. Hiding keeps the statement's votes for the statistics.
 */
export function ModerationControls({ statement, onModerated }: Props) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { conversation } = useConversation();
  const [reason, setReason] = useState<ModerationReason | ''>('');
  const [busy, setBusy] = useState<'accept' | 'hide' | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  // In the queue the reasons are in sight; on a statement already shown they wait behind "Hide…", so a long list stays readable.
  // Derived from the status, so the same idea's card in the full list folds them away once it is accepted.
  const [hasAskedToHide, setHasAskedToHide] = useState(false);
  const isChoosing = statement.status === 'pending' || hasAskedToHide;

  const decide = async (decision: 'accept' | 'hide') => {
    if (decision === 'hide' && !reason) {
      setReasonError(t('conversationStatements.reasonRequired'));
      return;
    }
    setBusy(decision);
    setFailure(null);
    setReasonError(undefined);
    try {
      const saved = await api.post<TeamStatement>(conversationsApi.moderation(conversation.id, statement.id), decision === 'hide' ? { decision, reason } : { decision });
      onModerated(saved);
      // Decided: the reasons fold away again (a shown idea offers "Hide…" as any other).
      setHasAskedToHide(false);
      setReason('');
      say(decision === 'hide' ? t('conversationStatements.hidden') : t('conversationStatements.accepted'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="moderation-controls">
      {failure && <ErrorAlert error={failure} title={t('conversationStatements.moderationFailed')} onDismiss={() => setFailure(null)} />}
      {statement.status !== 'accepted' && (
        <Button size="small" variant="primary" isBusy={busy === 'accept'} onClick={() => decide('accept')}>
          {statement.status === 'hidden' ? t('conversationStatements.showAgain') : t('conversationStatements.accept')}
        </Button>
      )}
      {statement.status !== 'hidden' && !isChoosing && (
        <Button size="small" variant="quiet" onClick={() => setHasAskedToHide(true)}>
          {t('conversationStatements.hideEllipsis')}
        </Button>
      )}
      {statement.status !== 'hidden' && isChoosing && (
        <div className="moderation-hide">
          <SelectField
            name={`reason-${statement.id}`}
            label={t('conversationStatements.reason')}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.target.value as ModerationReason | '')}
            options={[{ value: '', label: t('conversationStatements.chooseReason') }, ...moderationReasonKeys.map((key) => ({ value: key, label: reasonText(key, locale) }))]}
          />
          <Button size="small" variant="quiet-danger" isBusy={busy === 'hide'} onClick={() => decide('hide')}>
            {t('conversationStatements.hide')}
          </Button>
        </div>
      )}
    </div>
  );
}
