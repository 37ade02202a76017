import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import type { Resource } from '../../app/use-resource';
import { CommentModeration, commentReasonText } from './comment-moderation';
import { DispositionEditor } from './disposition-editor';
import { statusLabel, usePartLabel, useRoleLabel } from './part-label';
import { publicCommentApi, type ChangesSinceDraft, type DispositionBody, type TeamPublicComment } from './public-comment-api';

const statusTone = { unconfirmed: 'neutral', pending: 'warning', accepted: 'success', hidden: 'neutral' } as const;

interface Props {
  planId: string;
  comment: TeamPublicComment;
  changes: Resource<ChangesSinceDraft>;
  canModerate: boolean;
  canEdit: boolean;
  /** Off in the plan editor, where the part of the plan is the one on screen. */
  showsPart?: boolean;
  onChange: (comment: TeamPublicComment) => void;
}

/**
 * One comment from the public as the planning team reads it: the part of the plan and the passage
 * it answers, what it says, who wrote it as far as they said (role, school, name; never the
 * address), its moderation and the team's decision about it.
 */
export function PublicCommentCard({ planId, comment, changes, canModerate, canEdit, showsPart = true, onChange }: Props) {
  const { t, locale, formatDateTime } = useI18n();
  const partLabel = usePartLabel();
  const roleLabel = useRoleLabel();
  const saveDisposition = async (body: DispositionBody) => {
    try {
      onChange(await api.put<TeamPublicComment>(publicCommentApi.disposition(planId, comment.id), body));
    } catch (cause) {
      // Someone decided meanwhile: show their decision, and let the editor say so.
      const error = ApiError.from(cause);
      if (error.status === 409 && error.body.current) onChange(error.body.current as TeamPublicComment);
      throw error;
    }
  };
  const facts = [
    // The suggested roles in the screen's language; a district's own role as the server names it.
    comment.role && (roleLabel(comment.role) !== comment.role ? roleLabel(comment.role) : (comment.role_label ?? comment.role)),
    comment.school?.name,
    comment.author_name ? t('publicComment.by', { name: comment.author_name }) : t('publicComment.anonymous'),
    comment.email_confirmed && t('publicComment.emailConfirmed'),
    t('publicComment.receivedOn', { date: formatDateTime(comment.created_at) }),
  ].filter(Boolean);

  return (
    <li className="public-comment" aria-label={showsPart ? partLabel(comment.element_key) : undefined}>
      <div className="public-comment-head">
        {showsPart && <p className="public-comment-part">{partLabel(comment.element_key)}</p>}
        <span className="row public-comment-badges">
          {comment.status !== 'accepted' && <Badge tone={statusTone[comment.status]}>{t(statusLabel[comment.status])}</Badge>}
          {comment.theme && <Badge tone="brand" hasDot={false}>{t('publicComment.inTheme', { label: comment.theme.label })}</Badge>}
        </span>
      </div>
      {comment.quote && (
        <blockquote className="public-comment-quote">
          <span className="visually-hidden">{t('publicComment.quote')}: </span>
          {comment.quote}
        </blockquote>
      )}
      <p className="public-comment-body" lang={comment.language}>
        {comment.body}
      </p>
      <p className="public-comment-facts muted">{facts.join(' · ')}</p>
      {comment.status === 'hidden' && comment.moderation_reason && <p className="muted">{t('publicComment.hiddenFor', { reason: commentReasonText(comment.moderation_reason, locale) })}</p>}
      {canModerate && <CommentModeration planId={planId} comment={comment} onModerated={onChange} />}
      {comment.status !== 'hidden' && comment.status !== 'unconfirmed' && (
        <DispositionEditor id={comment.id} disposition={comment.disposition} version={comment.version} elementKey={comment.element_key} changes={changes} canEdit={canEdit} onSave={saveDisposition} />
      )}
    </li>
  );
}
