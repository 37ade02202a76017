import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useResource } from '../../app/use-resource';
import { planPath } from '../../plan/plans/plan-views';
import { publicCommentApi, type PublicCommentWindows } from './public-comment-api';

/**
 * For the plan's lifecycle bar while the draft is out for comment: where the public reads it, the
 * window's dates, how many comments came in, and the way to the Public comment screen.
 */
export function DraftPageNotice({ organizationId, planId }: { organizationId: string; planId: string }) {
  const { t, formatDate } = useI18n();
  const windows = useResource<PublicCommentWindows>(publicCommentApi.windows(planId));
  const window = windows.data?.windows[0];
  if (!window) return null;
  const url = windows.data?.draft_url;
  return (
    <p className="draft-page-notice">
      {url && window.is_open ? (
        <>
          {t('publicComment.bar.open', { opens: formatDate(window.opens_on), closes: formatDate(window.closes_on) })}{' '}
          <a href={url} target="_blank" rel="noreferrer" className="break-anywhere">
            {url}
          </a>
          .
        </>
      ) : (
        t('publicComment.bar.closed', { closes: formatDate(window.closes_on) })
      )}{' '}
      {t('publicComment.bar.comments', { count: window.counts.received })}{' '}
      <Link to={planPath(organizationId, planId, 'public-comment')}>{t('publicComment.bar.screen')}</Link>
    </p>
  );
}
