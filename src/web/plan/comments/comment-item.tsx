import type { ReactNode } from 'react';
import type { PlanComment } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';

interface CommentItemProps {
  comment: PlanComment;
  canResolve: boolean;
  isBusy: boolean;
  onResolve: (resolved: boolean) => void;
  /** Where the comment is anchored, shown in the plan-wide list. */
  context?: ReactNode;
}

/** Mentions ("@name@district.org") stand out in bold, so a reader sees who was asked. */
function withMentions(body: string): ReactNode[] {
  return body.split(/(@[^\s@]+@[^\s@]+\.[^\s@,;:!?)]+)/g).map((part, at) => (at % 2 === 1 ? <strong key={at} className="mention">{part}</strong> : part));
}

export function CommentItem({ comment, canResolve, isBusy, onResolve, context }: CommentItemProps) {
  const { t, formatDateTime } = useI18n();
  const isResolved = comment.resolvedAt !== null;
  return (
    <li className={`comment${isResolved ? ' is-resolved' : ''}`}>
      <div className="comment-meta">
        <strong>{comment.author?.name ?? t('comments.unknownAuthor')}</strong>
        <span className="muted">{formatDateTime(comment.createdAt)}</span>
        {isResolved && <Badge tone="success">{t('comments.resolved')}</Badge>}
        {context}
      </div>
      <p className="comment-body">{withMentions(comment.body)}</p>
      {canResolve && (
        <div>
          <Button size="small" variant="quiet" isBusy={isBusy} onClick={() => onResolve(!isResolved)}>
            {isResolved ? t('comments.reopen') : t('comments.resolve')}
          </Button>
        </div>
      )}
    </li>
  );
}
