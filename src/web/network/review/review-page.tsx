import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { CycleDetail, DeliverableEvent } from '../../process/api-types';
import { DeliverableHistory } from '../../process/cycles/deliverable-history';
import { formatDay, processApi } from '../../process/cycles/process-api';
import { producedIn } from '../../process/cycles/produced-in';
import { deliverableTitle, reviewApi, reviewPaths, type ReviewQueue, type Rubric } from './review-api';
import './review.css';

/**
 * One deliverable of a district under review: what it is, where it was produced (the district's own
 * screen, which the reviewer may read), its document, the rubric as a choice of level per criterion,
 * a comment, and Approve or Request changes; then on to the next deliverable waiting.
 */
export function ReviewPage() {
  const { t, locale, formatDateTime } = useI18n();
  const say = useAnnounce();
  const navigate = useNavigate();
  const ids = useId();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const { districtId = '', cycleId = '', deliverableId = '' } = useParams();
  const queue = useResource<ReviewQueue>(reviewApi.queue(organizationId, deliverableId));
  const cycle = useResource<CycleDetail>(processApi.cycle(cycleId));
  const history = useResource<{ events: DeliverableEvent[] }>(processApi.history(cycleId, deliverableId));
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  // A flag, not words: the message follows the reader's language if they switch it.
  const [commentError, setCommentError] = useState(false);
  const [busy, setBusy] = useState<'approve' | 'request_changes' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    setLevels({});
    setComment('');
    setCommentError(false);
    setError(null);
  }, [deliverableId]);

  const item = queue.data?.items.find((candidate) => candidate.deliverableId === deliverableId) ?? null;
  const deliverable = cycle.data?.deliverables.find((candidate) => candidate.id === deliverableId) ?? null;
  const rubric: Rubric | null = item?.rubric ?? null;
  const next = queue.data?.next && queue.data.next.deliverableId !== deliverableId ? queue.data.next : null;

  const signOff = async (decision: 'approve' | 'request_changes') => {
    if (!deliverable) return;
    if (decision === 'request_changes' && !comment.trim()) {
      setCommentError(true);
      document.getElementById(`${ids}-comment`)?.focus();
      return;
    }
    setCommentError(false);
    setBusy(decision);
    setError(null);
    const scores = rubric ? rubric.criteria.flatMap((criterion) => (levels[criterion.label] ? [{ criterion: criterion.label, level: levels[criterion.label]! }] : [])) : [];
    try {
      await api.post(processApi.signOff(cycleId, deliverableId), {
        version: deliverable.version,
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(rubric && scores.length > 0 ? { rubric: { name: rubric.name, scores } } : {}),
      });
      // This one no longer waits: the queue after it names the next one.
      const after = await api.get<ReviewQueue>(reviewApi.queue(organizationId, deliverableId));
      const following = after.next && after.next.deliverableId !== deliverableId ? after.next : null;
      if (following) {
        say(t(decision === 'approve' ? 'review.approved' : 'review.changesRequested'));
        navigate(reviewPaths.review(organizationId, following));
      } else {
        say(t('review.allDone'));
        navigate(reviewPaths.queue(organizationId));
      }
    } catch (cause) {
      setError(ApiError.from(cause));
      await cycle.reload();
    } finally {
      setBusy(null);
    }
  };

  const where = deliverable ? producedIn(deliverable.linksTo, districtId, cycleId, cycle.data?.plan?.id ?? null) : null;
  const title = deliverable ? deliverableTitle(deliverable) : t('review.title');
  const isWaiting = item !== null && deliverable !== null && deliverable.status === 'in_review' && deliverable.reviewState === 'none';

  return (
    <div className="stack-lg review-page">
      <p>
        <Link to={reviewPaths.queue(organizationId)}>← {t('review.backToQueue')}</Link>
      </p>
      <PageHeader
        eyebrow={item ? t('review.deliverableOf', { district: item.districtName, cycle: item.cycleName }) : cycle.data?.name}
        titleContext={organization!.name}
        title={title}
        actions={
          next && (
            <Link className="button button-secondary" to={reviewPaths.review(organizationId, next)}>
              {t('review.skip')}
            </Link>
          )
        }
      />
      {(cycle.isLoading || queue.isLoading) && !cycle.data && <Loading />}
      {cycle.error && <ErrorAlert error={cycle.error} title={t('review.pageLoadFailed')} />}
      {cycle.data && !deliverable && <Alert tone="warning" title={t('review.notFound')} />}
      {deliverable && (
        <>
          <section className="card card-body stack" aria-labelledby={`${ids}-about`}>
            <h2 id={`${ids}-about`} className="visually-hidden">
              {title}
            </h2>
            {deliverable.description && <p>{deliverable.description}</p>}
            <p className="row review-facts">
              <span>{t('review.due', { date: formatDay(locale, deliverable.dueDate) })}</span>
              {item && <span>{t('review.waitingSince', { date: formatDateTime(item.waitingSince) })}</span>}
            </p>
            {where && (
              <p>
                {where.to ? (
                  <Link className="button button-secondary review-produced" to={where.to}>
                    {t('review.openWhereProduced')}: {t(where.label)}
                  </Link>
                ) : (
                  <span className="muted">{t(where.label)}</span>
                )}
              </p>
            )}
            {deliverable.doneWhen.length > 0 && (
              <div>
                <h3>{t('review.doneWhen')}</h3>
                <ul>
                  {deliverable.doneWhen.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            )}
            <div>
              <h3>{t('review.document')}</h3>
              {!deliverable.documentUrl && !deliverable.documentText && <p className="muted">{t('review.noDocument')}</p>}
              {deliverable.documentUrl && (
                <p>
                  <a href={deliverable.documentUrl} target="_blank" rel="noreferrer">
                    {deliverable.documentUrl}
                  </a>
                </p>
              )}
              {deliverable.documentText && <p className="review-document-text">{deliverable.documentText}</p>}
            </div>
          </section>
          {queue.data && !isWaiting && <Alert tone="info" title={t('review.notWaiting')} />}
          {isWaiting && (
            <section className="card card-body stack" aria-labelledby={`${ids}-decide`}>
              <h2 id={`${ids}-decide`}>{rubric ? t('review.rubricTitle', { name: rubric.name }) : t('review.decideTitle')}</h2>
              {!rubric && <p className="muted">{t('review.noRubricText')}</p>}
              {rubric && <p className="muted">{t('review.rubricHint')}</p>}
              {rubric?.criteria.map((criterion, index) => (
                <fieldset key={criterion.label} className="fieldset review-criterion">
                  <legend>
                    {criterion.label}
                    {criterion.description && <span className="review-criterion-text">{criterion.description}</span>}
                  </legend>
                  <div className="choice-list">
                    {criterion.levels.map((level) => (
                      <label key={level.label} className="choice">
                        <input type="radio" name={`${ids}-criterion-${index}`} value={level.label} checked={levels[criterion.label] === level.label} onChange={() => setLevels({ ...levels, [criterion.label]: level.label })} />
                        <span>
                          <span className="choice-title">{level.label}</span>
                          {level.description && <span className="choice-text">{level.description}</span>}
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
              <div className="field">
                <label className="field-label" htmlFor={`${ids}-comment`}>
                  {t('review.commentLabel')}
                </label>
                <textarea
                  id={`${ids}-comment`}
                  className="textarea"
                  rows={4}
                  maxLength={4000}
                  value={comment}
                  onChange={(event) => setComment(event.target.value)}
                  aria-describedby={`${commentError ? `${ids}-comment-error ` : ''}${ids}-comment-hint`}
                  aria-invalid={commentError ? true : undefined}
                />
                <span className="field-hint" id={`${ids}-comment-hint`}>
                  {t('review.commentHint')}
                </span>
                {commentError && (
                  <span className="field-error" id={`${ids}-comment-error`}>
                    {t('validation.required')}
                  </span>
                )}
              </div>
              {error && <ErrorAlert error={error} title={t('review.signOffFailed')} onDismiss={() => setError(null)} />}
              <div className="form-actions">
                <Button variant="primary" isBusy={busy === 'approve'} onClick={() => void signOff('approve')}>
                  {t('review.approve')}
                </Button>
                <Button isBusy={busy === 'request_changes'} onClick={() => void signOff('request_changes')}>
                  {t('review.requestChanges')}
                </Button>
              </div>
            </section>
          )}
          <section className="card card-body">
            <DeliverableHistory history={history} />
          </section>
        </>
      )}
    </div>
  );
}
