import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { SelectField } from '../../app/ui/field';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource, type Resource } from '../../app/use-resource';
import { statusLabel, usePartLabel } from './part-label';
import { PublicCommentCard } from './public-comment-card';
import { commentStatuses, publicCommentApi, type ChangesSinceDraft, type CommentStatus, type TeamPublicComment } from './public-comment-api';

const NO_THEME = 'none';

interface Props {
  planId: string;
  windowId: string;
  changes: Resource<ChangesSinceDraft>;
  canModerate: boolean;
  canEdit: boolean;
  /** A comment was moderated or answered: the window's counts change. */
  onCountsChanged: () => void;
}

/**
 * The comments of one window: for moderators first the queue of those waiting (with its count),
 * then every comment, filtered by the part of the plan, its status and its theme, each with its
 * moderation and the team's decision.
 */
export function CommentsTab({ planId, windowId, changes, canModerate, canEdit, onCountsChanged }: Props) {
  const { t, locale } = useI18n();
  const partLabel = usePartLabel();
  const comments = useResource<{ comments: TeamPublicComment[] }>(publicCommentApi.comments(planId, { window: windowId }));
  const [part, setPart] = useState('');
  const [status, setStatus] = useState<CommentStatus | ''>('');
  const [theme, setTheme] = useState('');
  const all = comments.data?.comments ?? [];
  const pending = all.filter((comment) => comment.status === 'pending');
  const shown = all.filter(
    (comment) =>
      (!part || (comment.element_key ?? '') === part) &&
      (!status || comment.status === status) &&
      (!theme || (theme === NO_THEME ? comment.theme === null : comment.theme?.id === theme)),
  );
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);

  // The filters offer what the comments are about and grouped in, in the order first met.
  const parts = useMemo(() => [...new Set(all.map((comment) => comment.element_key ?? ''))], [all]);
  const themes = useMemo(() => [...new Map(all.flatMap((comment) => (comment.theme ? [[comment.theme.id, comment.theme.label] as const] : []))).entries()], [all]);

  const replace = (changed: TeamPublicComment) => {
    comments.setData((current) => current && { comments: current.comments.map((comment) => (comment.id === changed.id ? changed : comment)) });
    onCountsChanged();
  };
  const card = (comment: TeamPublicComment) => <PublicCommentCard key={comment.id} planId={planId} comment={comment} changes={changes} canModerate={canModerate} canEdit={canEdit} onChange={replace} />;

  return (
    <div className="stack-lg">
      {canModerate && (
        <section className="card" aria-labelledby="comment-queue-heading">
          <div className="card-header">
            <div>
              <h2 id="comment-queue-heading">{t('publicComment.queue.title')}</h2>
              <p>{t('publicComment.queue.text')}</p>
            </div>
            <p className="queue-count" aria-live="polite">
              {t('publicComment.queue.count', { count: pending.length })}
            </p>
          </div>
          {comments.data && (pending.length > 0 ? <ul className="public-comment-list card-body">{pending.map(card)}</ul> : <p className="card-body muted">{t('publicComment.queue.empty')}</p>)}
        </section>
      )}
      <section className="card" aria-labelledby="comment-list-heading">
        <div className="card-header">
          <div>
            <h2 id="comment-list-heading">{t('publicComment.comments')}</h2>
            {comments.data && <p>{t('publicComment.shown', { count: number(shown.length) })}</p>}
          </div>
        </div>
        {all.length > 0 && (
          <div className="card-body public-comment-filters">
            <SelectField
              name="filter-part"
              label={t('publicComment.filter.part')}
              value={part}
              onChange={(event) => setPart(event.target.value)}
              options={[{ value: '', label: t('publicComment.filter.anyPart') }, ...parts.map((key) => ({ value: key, label: partLabel(key || null) }))]}
            />
            <SelectField
              name="filter-status"
              label={t('publicComment.filter.status')}
              value={status}
              onChange={(event) => setStatus(event.target.value as CommentStatus | '')}
              options={[{ value: '', label: t('publicComment.filter.anyStatus') }, ...commentStatuses.map((value) => ({ value, label: t(statusLabel[value]) }))]}
            />
            <SelectField
              name="filter-theme"
              label={t('publicComment.filter.theme')}
              value={theme}
              onChange={(event) => setTheme(event.target.value)}
              options={[{ value: '', label: t('publicComment.filter.anyTheme') }, ...themes.map(([id, label]) => ({ value: id, label })), { value: NO_THEME, label: t('publicComment.filter.noTheme') }]}
            />
          </div>
        )}
        <ResourceStates
          resource={comments}
          isEmpty={shown.length === 0}
          errorTitle={t('publicComment.commentsLoadFailed')}
          emptyIcon="inbox"
          emptyTitle={all.length === 0 ? t('publicComment.empty') : t('publicComment.emptyFiltered')}
        >
          <ul className="public-comment-list card-body">{shown.map(card)}</ul>
        </ResourceStates>
      </section>
    </div>
  );
}
