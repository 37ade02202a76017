import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { Badge } from '../../app/ui/badge';
import { buttonClass } from '../../app/ui/button';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { formatDay } from '../../process/cycles/process-api';
import { deliverableTitle, reviewApi, reviewPaths, type ReviewQueue, type ReviewRecord } from './review-api';
import './review.css';

/** What waits for the reviewer across the districts they reach, oldest first, and the reviews kept. */
export function ReviewQueuePage() {
  const { t, locale, formatDateTime } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const queue = useResource<ReviewQueue>(reviewApi.queue(organizationId));
  const reviews = useResource<{ reviews: ReviewRecord[] }>(reviewApi.reviews(organizationId));
  const items = queue.data?.items ?? [];
  const next = queue.data?.next ?? null;

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('review.title')}
        description={t('review.description')}
        actions={
          <>
            <Link className={buttonClass('secondary')} to={reviewPaths.rubrics(organizationId)}>
              {t('review.rubricsLink')}
            </Link>
            {next && (
              <Link className={buttonClass('primary')} to={reviewPaths.review(organizationId, next)}>
                {t('review.next')}
              </Link>
            )}
          </>
        }
      />
      <section className="card" aria-labelledby="review-waiting-heading">
        <div className="card-header">
          <h2 id="review-waiting-heading">{t('review.waitingTitle')}</h2>
        </div>
        <ResourceStates resource={queue} isEmpty={items.length === 0} errorTitle={t('review.loadFailed')} emptyIcon="check" emptyTitle={t('review.emptyTitle')} emptyText={t('review.emptyText')}>
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('review.waitingTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.column.deliverable')}</th>
                  <th scope="col">{t('review.column.district')}</th>
                  <th scope="col">{t('review.column.due')}</th>
                  <th scope="col">{t('review.column.waiting')}</th>
                  <th scope="col">{t('review.column.rubric')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('review.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.deliverableId}>
                    <th scope="row" className="cell-primary">
                      {deliverableTitle(item)}
                    </th>
                    <td data-label={t('review.column.district')}>{item.districtName}</td>
                    <td data-label={t('review.column.due')} className="cell-date">
                      {formatDay(locale, item.dueDate)}
                    </td>
                    <td data-label={t('review.column.waiting')} className="cell-date">
                      {formatDateTime(item.waitingSince)}
                    </td>
                    <td data-label={t('review.column.rubric')}>{item.rubric ? item.rubric.name : <span className="muted">{t('review.noRubric')}</span>}</td>
                    <td>
                      <Link className={buttonClass('secondary', 'small')} to={reviewPaths.review(organizationId, item)} aria-label={t('review.openLabel', { deliverable: deliverableTitle(item), district: item.districtName })}>
                        {t('review.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      <section className="card" aria-labelledby="review-history-heading">
        <div className="card-header">
          <h2 id="review-history-heading">{t('review.historyTitle')}</h2>
        </div>
        <ResourceStates resource={reviews} isEmpty={(reviews.data?.reviews.length ?? 0) === 0} errorTitle={t('review.historyFailed')} emptyIcon="inbox" emptyTitle={t('review.historyEmpty')}>
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('review.historyTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.column.deliverable')}</th>
                  <th scope="col">{t('review.column.district')}</th>
                  <th scope="col">{t('review.column.decision')}</th>
                  <th scope="col">{t('review.column.reviewer')}</th>
                  <th scope="col">{t('review.column.when')}</th>
                  <th scope="col">{t('review.column.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {(reviews.data?.reviews ?? []).map((review) => (
                  <tr key={review.id}>
                    <th scope="row" className="cell-primary">
                      {deliverableTitle(review)}
                    </th>
                    <td data-label={t('review.column.district')}>{review.districtName}</td>
                    <td data-label={t('review.column.decision')}>
                      <Badge tone={review.decision === 'approve' ? 'success' : 'warning'}>{t(`review.decision.${review.decision}`)}</Badge>
                    </td>
                    <td data-label={t('review.column.reviewer')}>{review.reviewer}</td>
                    <td data-label={t('review.column.when')} className="cell-date">
                      {formatDateTime(review.at)}
                    </td>
                    <td data-label={t('review.column.comment')} className="review-comment-cell">
                      {review.comment ?? ''}
                      {review.rubric && <span className="muted review-rubric-summary">{review.rubric.scores.map((score) => `${score.criterion}: ${score.level}`).join(' · ')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
    </div>
  );
}
