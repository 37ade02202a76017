import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { hasPermission } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { planPath } from '../../plan/plans/plan-views';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { PublicCommentCard } from './public-comment-card';
import { publicCommentApi, type ChangesSinceDraft, type TeamPublicComment } from './public-comment-api';
import './public-comment.css';

/**
 * The public's comments on one part of the plan, beside its text in the editor (an element, or the
 * mission, vision and values): the passage quoted, the comment, its theme and the team's decision,
 * with the same card as the Public comment screen. Shown while the draft is out for comment, and after wherever someone commented.
 */
export function ElementPublicComments({ elementKeys, title, className }: { elementKeys: readonly string[]; title?: string; className?: string }) {
  const { t } = useI18n();
  const { plan, organization, permissions } = usePlanWorkspace();
  const single = elementKeys.length === 1 ? elementKeys[0]! : null;
  const comments = useResource<{ comments: TeamPublicComment[] }>(publicCommentApi.comments(plan.id, { elementKey: single }));
  const listed = (comments.data?.comments ?? []).filter((comment) => comment.element_key !== null && elementKeys.includes(comment.element_key));
  const isAsked = listed.length > 0;
  // The changes a decision points to are read only once there is a comment to decide on.
  const changes = useResource<ChangesSinceDraft>(isAsked ? publicCommentApi.changes(plan.id, null) : null);
  // Before the plan ever went out for comment (and after, on a part nobody commented on) the editor stays as it was.
  if (plan.lifecycle !== 'public_comment' && !isAsked) return null;

  const replace = (changed: TeamPublicComment) => comments.setData((current) => current && { comments: current.comments.map((comment) => (comment.id === changed.id ? changed : comment)) });
  const headingId = `public-comments-${elementKeys.join('-')}`;
  return (
    <section className={['element-public-comments', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-section-title">
        {title ?? t('publicComment.element.title', { count: listed.length })}
      </h3>
      {comments.error && <ErrorAlert error={comments.error} title={t('publicComment.commentsLoadFailed')} />}
      {comments.data && listed.length === 0 && <p className="muted">{t('publicComment.element.none')}</p>}
      {listed.length > 0 && (
        <ul className="public-comment-list">
          {listed.map((comment) => (
            <PublicCommentCard
              key={comment.id}
              planId={plan.id}
              comment={comment}
              changes={changes}
              canModerate={hasPermission(organization, 'engagement.moderate')}
              canEdit={permissions.canEdit}
              showsPart={single === null}
              onChange={replace}
            />
          ))}
        </ul>
      )}
      <Link to={planPath(organization.id, plan.id, 'public-comment')} className="element-public-comments-link">
        {t('publicComment.element.openScreen')}
      </Link>
    </section>
  );
}
