import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { useCommentActions } from './use-comment-actions';

/** The conversation about one element, under its fields in the detail panel. */
export function ElementComments({ element }: { element: PlanElement }) {
  const t = useT();
  const { comments, permissions } = usePlanWorkspace();
  const actions = useCommentActions();
  const thread = (comments.data?.comments ?? []).filter((comment) => comment.elementId === element.id);
  return (
    <section className="element-comments" aria-labelledby="element-comments-heading">
      <h3 id="element-comments-heading" className="detail-section-title">
        {t('comments.threadTitle', { count: thread.length })}
      </h3>
      {comments.error && <PlanErrorAlert error={comments.error} title={t('comments.loadFailed')} />}
      {actions.error && <PlanErrorAlert error={actions.error} onDismiss={actions.clearError} />}
      {thread.length === 0 && !comments.error && <p className="muted">{t('comments.noneOnElement')}</p>}
      {thread.length > 0 && (
        <ul className="comment-list">
          {thread.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              canResolve={permissions.canComment}
              isBusy={actions.busyId === comment.id}
              onResolve={(resolved) => void actions.setResolved(comment, resolved)}
            />
          ))}
        </ul>
      )}
      {permissions.canComment && <CommentForm label={t('comments.addOnElement')} onPost={(body) => actions.post(element.id, body)} />}
    </section>
  );
}
