import { useState } from 'react';
import { commentModerationReasonKeys, commentModerationReasonText, isCommentModerationReason, type CommentModerationReason } from '../../../core/engagement/moderation/moderation-policy';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { publicCommentApi, type TeamPublicComment } from './public-comment-api';

/** A reason of the published policy as commenters read it, in the reader's language. */
export function commentReasonText(reason: string | null, locale: string): string {
  if (!reason) return '';
  return isCommentModerationReason(reason) ? commentModerationReasonText(reason)[locale === 'es' ? 'es' : 'en'] : reason;
}

/**
 * Accept a comment, or hide it for one reason of the policy the draft page publishes (never for its
 * opinion); every decision goes to the moderation log. A comment whose writer has not confirmed
 * their address waits for that first.
 */
export function CommentModeration({ planId, comment, onModerated }: { planId: string; comment: TeamPublicComment; onModerated: (comment: TeamPublicComment) => void }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const [reason, setReason] = useState<CommentModerationReason | ''>('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState<'accept' | 'hide' | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  // Waiting comments show the reasons at once; a shown one keeps them behind "Hide…".
  const [hasAskedToHide, setHasAskedToHide] = useState(false);
  const isChoosing = comment.status === 'pending' || hasAskedToHide;

  if (comment.status === 'unconfirmed') return <p className="muted">{t('publicComment.moderation.unconfirmed')}</p>;

  const decide = async (decision: 'accept' | 'hide') => {
    if (decision === 'hide' && !reason) return setReasonError(t('publicComment.moderation.reasonRequired'));
    setBusy(decision);
    setFailure(null);
    setReasonError(undefined);
    try {
      onModerated(await api.post<TeamPublicComment>(publicCommentApi.moderation(planId, comment.id), decision === 'hide' ? { decision, reason } : { decision }));
      setHasAskedToHide(false);
      setReason('');
      say(t(decision === 'hide' ? 'publicComment.moderation.hidden' : 'publicComment.moderation.accepted'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="comment-moderation">
      {failure && <ErrorAlert error={failure} title={t('publicComment.moderation.failed')} onDismiss={() => setFailure(null)} />}
      {comment.status !== 'accepted' && (
        <Button size="small" variant="primary" isBusy={busy === 'accept'} onClick={() => void decide('accept')}>
          {comment.status === 'hidden' ? t('publicComment.moderation.showAgain') : t('publicComment.moderation.accept')}
        </Button>
      )}
      {comment.status !== 'hidden' && !isChoosing && (
        <Button size="small" variant="quiet" onClick={() => setHasAskedToHide(true)}>
          {t('publicComment.moderation.hideEllipsis')}
        </Button>
      )}
      {comment.status !== 'hidden' && isChoosing && (
        <div className="comment-moderation-hide">
          <SelectField
            name={`reason-${comment.id}`}
            label={t('publicComment.moderation.reason')}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.target.value as CommentModerationReason | '')}
            options={[{ value: '', label: t('publicComment.moderation.chooseReason') }, ...commentModerationReasonKeys.map((key) => ({ value: key, label: commentReasonText(key, locale) }))]}
          />
          <Button size="small" variant="quiet-danger" isBusy={busy === 'hide'} onClick={() => void decide('hide')}>
            {t('publicComment.moderation.hide')}
          </Button>
        </div>
      )}
    </div>
  );
}
