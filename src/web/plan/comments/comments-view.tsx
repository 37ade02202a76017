import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { EmptyState } from '../../app/ui/empty-state';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { SelectField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { titleOf } from '../plans/level-names';
import { elementPath } from '../plans/plan-views';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { useCommentActions } from './use-comment-actions';

type Filter = 'open' | 'resolved' | 'all';

/** Every comment on the plan, newest first, each linking to the element it is about. */
export function CommentsView() {
  const t = useT();
  const { plan, organization, index, comments, permissions } = usePlanWorkspace();
  const actions = useCommentActions();
  const [filter, setFilter] = useState<Filter>('open');
  const all = [...(comments.data?.comments ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const shown = all.filter((comment) => filter === 'all' || (filter === 'open' ? !comment.resolvedAt : comment.resolvedAt));

  return (
    <section className="card" aria-labelledby="comments-heading">
      <div className="card-header">
        <div>
          <h2 id="comments-heading">{t('comments.title')}</h2>
          <p>{t('comments.description')}</p>
        </div>
        <SelectField
          name="filter"
          label={t('comments.show')}
          className="field-inline"
          value={filter}
          onChange={(event) => setFilter(event.target.value as Filter)}
          options={[
            { value: 'open', label: t('comments.showOpen', { count: all.filter((comment) => !comment.resolvedAt).length }) },
            { value: 'resolved', label: t('comments.showResolved', { count: all.filter((comment) => comment.resolvedAt).length }) },
            { value: 'all', label: t('comments.showAll', { count: all.length }) },
          ]}
        />
      </div>
      <div className="card-body stack">
        {comments.isLoading && !comments.data && <Loading />}
        {comments.error && <PlanErrorAlert error={comments.error} title={t('comments.loadFailed')} />}
        {actions.error && <PlanErrorAlert error={actions.error} onDismiss={actions.clearError} />}
        {comments.data && shown.length === 0 && <EmptyState icon="inbox" title={t(filter === 'resolved' ? 'comments.noneResolved' : 'comments.noneOpen')} />}
        {shown.length > 0 && (
          <ul className="comment-list">
            {shown.map((comment) => {
              const element = comment.elementId ? index.byId.get(comment.elementId) : undefined;
              const key = element?.key ?? comment.elementKey;
              return (
                <CommentItem
                  key={comment.id}
                  comment={comment}
                  canResolve={permissions.canComment}
                  isBusy={actions.busyId === comment.id}
                  onResolve={(resolved) => void actions.setResolved(comment, resolved)}
                  context={
                    key ? (
                      <Link to={elementPath(organization.id, plan.id, key)} className="comment-anchor">
                        {t('comments.on', { key, title: element ? titleOf(element) : '' })}
                      </Link>
                    ) : (
                      <span className="comment-anchor muted">{t('comments.onPlan')}</span>
                    )
                  }
                />
              );
            })}
          </ul>
        )}
        {permissions.canComment && <CommentForm label={t('comments.addOnPlan')} onPost={(body) => actions.post(null, body)} />}
      </div>
    </section>
  );
}
