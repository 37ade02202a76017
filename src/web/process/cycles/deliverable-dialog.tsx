import { useEffect, useId, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { Member } from '../../platform/api-types';
import type { CycleDeliverable, CycleDetail, DeliverableEvent, DeliverableStatus } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission, useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { DeliverableHistory } from './deliverable-history';
import { ProducedInLink } from './produced-in-link';
import { deliverableStatuses, formatDay, isConflict, processApi, statusLabel, statusTone } from './process-api';

interface DeliverableDialogProps {
  cycleId: string;
  organizationId: string;
  cycle: CycleDetail;
  deliverable: CycleDeliverable | null;
  /** The district's members when the reader may list them; null shows the names the cycle gave. */
  members: Member[] | null;
  personName: (userId: string | null) => string;
  onClose: () => void;
  onChanged: () => Promise<void>;
}

/** One deliverable: its status, owner, due date and document, the reviewer's sign-off, its history. */
export function DeliverableDialog({ cycleId, organizationId, cycle, deliverable, members, personName, onClose, onChanged }: DeliverableDialogProps) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const ids = useId();
  const { user } = useSignedIn();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'process.edit');
  const isOwner = deliverable !== null && deliverable.ownerId === user.id && hasPermission(organization, 'process.contribute');
  const canReview = hasPermission(organization, 'process.review') && deliverable !== null && (!deliverable.reviewerId || deliverable.reviewerId === user.id);
  const history = useResource<{ events: DeliverableEvent[] }>(deliverable ? processApi.history(cycleId, deliverable.id) : null);
  const [status, setStatus] = useState<DeliverableStatus>('not_started');
  const [ownerId, setOwnerId] = useState('');
  const [reviewerId, setReviewerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [documentUrl, setDocumentUrl] = useState('');
  const [documentText, setDocumentText] = useState('');
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  // The form follows the stored deliverable when it changes (a new version), not on every reload
  // of the cycle: a reload that brings the same version must not undo what the user is choosing.
  useEffect(() => {
    if (!deliverable) return;
    setStatus(deliverable.status);
    setOwnerId(deliverable.ownerId ?? '');
    setReviewerId(deliverable.reviewerId ?? '');
    setDueDate(deliverable.dueDate);
    setDocumentUrl(deliverable.documentUrl ?? '');
    setDocumentText(deliverable.documentText ?? '');
  }, [deliverable?.id, deliverable?.version]);

  useEffect(() => {
    setError(null);
    setComment('');
    setCommentError(null);
  }, [deliverable?.id]);

  const send = async (action: string, request: () => Promise<unknown>, confirmation: string) => {
    setBusy(action);
    setError(null);
    try {
      await request();
      say(confirmation);
      await Promise.all([onChanged(), history.reload()]);
      if (action === 'signOff') setComment('');
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setError(apiError);
      if (isConflict(apiError) && apiError.details.length === 0) await onChanged();
    } finally {
      setBusy(null);
    }
  };

  if (!deliverable) return <Dialog isOpen={false} title="" onClose={onClose}>{null}</Dialog>;
  const d = deliverable;
  const changes: Record<string, unknown> = {};
  if (canEdit && (ownerId || null) !== d.ownerId) changes.ownerId = ownerId || null;
  if (canEdit && (reviewerId || null) !== d.reviewerId) changes.reviewerId = reviewerId || null;
  if (canEdit && dueDate && dueDate !== d.dueDate) changes.dueDate = dueDate;
  if ((canEdit || isOwner) && (documentUrl.trim() || null) !== d.documentUrl) changes.documentUrl = documentUrl.trim() || null;
  if ((canEdit || isOwner) && (documentText || null) !== d.documentText) changes.documentText = documentText || null;
  const fieldError = (name: string) => error?.fieldErrors[name];
  const memberOptions = [{ value: '', label: t('deliverable.ownerNone') }, ...(members ?? []).filter((m) => m.isActive || m.userId === d.ownerId).map((m) => ({ value: m.userId, label: m.name }))];
  // Reviewers must be allowed to review: the district's planners and administrators (a coach
  // named earlier stays listed under the name the cycle gave).
  const reviewers = (members ?? []).filter((m) => m.isActive && (m.role === 'planner' || m.role === 'administrator'));
  const reviewerOptions = [
    { value: '', label: t('deliverable.reviewerNone') },
    ...reviewers.map((m) => ({ value: m.userId, label: m.name })),
    ...(d.reviewerId && !reviewers.some((m) => m.userId === d.reviewerId) ? [{ value: d.reviewerId, label: personName(d.reviewerId) }] : []),
  ];

  return (
    <Dialog isOpen isWide title={d.letter ? `${t('deliverable.title', { letter: d.letter })}: ${d.name}` : d.name} onClose={onClose}>
      <div className="stack-lg deliverable-dialog">
        {d.description && <p>{d.description}</p>}
        <p className="row">
          <Badge tone={statusTone[d.status]}>{t(statusLabel[d.status])}</Badge>
          {d.reviewState !== 'none' && <Badge tone={d.reviewState === 'approved' ? 'success' : 'danger'} hasDot={false}>{t(d.reviewState === 'approved' ? 'deliverable.review.approved' : 'deliverable.review.changes_requested')}</Badge>}
          <span>{t('cycle.due', { date: formatDay(locale, d.dueDate) })}</span>
          <span>
            {t('cycle.owner')}: {d.ownerName ?? personName(d.ownerId)}
          </span>
          {d.reviewerId && (
            <span>
              {t('deliverable.reviewer')}: {d.reviewerName ?? personName(d.reviewerId)}
            </span>
          )}
        </p>
        <ProducedInLink linksTo={d.linksTo} organizationId={organizationId} cycleId={cycleId} planId={cycle.plan?.id ?? null} />
        {d.doneWhen.length > 0 && (
          <div>
            <h3>{t('deliverable.doneWhen')}</h3>
            <ul>
              {d.doneWhen.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {error && (isConflict(error) && error.details.length === 0 ? <Alert tone="warning" title={t('cycle.conflict')} onDismiss={() => setError(null)} announce="alert" /> : <ErrorAlert error={error} title={t('deliverable.saveFailed')} onDismiss={() => setError(null)} />)}
        {(canEdit || isOwner) && (
          <form className="inline-form" onSubmit={(event) => { event.preventDefault(); if (status !== d.status) void send('status', () => api.post(processApi.deliverableStatus(cycleId, d.id), { version: d.version, status }), t('deliverable.statusChanged', { status: t(statusLabel[status]) })); }}>
            <SelectField name="status" label={t('deliverable.status')} value={status} onChange={(event) => setStatus(event.target.value as DeliverableStatus)} options={deliverableStatuses.map((value) => ({ value, label: t(statusLabel[value]) }))} error={fieldError('status')} />
            <Button type="submit" isBusy={busy === 'status'}>{t('deliverable.saveStatus')}</Button>
          </form>
        )}
        {(canEdit || isOwner) && (
          <form className="form" noValidate onSubmit={(event) => { event.preventDefault(); if (Object.keys(changes).length > 0) void send('details', () => api.patch(processApi.deliverable(cycleId, d.id), { version: d.version, changes }), t('deliverable.saved')); }}>
            <h3>{t(canEdit ? 'deliverable.details' : 'deliverable.document')}</h3>
            {canEdit && members && <SelectField name="ownerId" label={t('deliverable.ownerField')} value={ownerId} onChange={(event) => setOwnerId(event.target.value)} options={memberOptions} error={fieldError('changes')} />}
            {canEdit && members && <SelectField name="reviewerId" label={t('deliverable.reviewerField')} hint={t('deliverable.reviewerHint')} value={reviewerId} onChange={(event) => setReviewerId(event.target.value)} options={reviewerOptions} error={fieldError('reviewerId')} />}
            {canEdit && <TextField name="dueDate" type="date" label={t('deliverable.dueField')} value={dueDate} onChange={(event) => setDueDate(event.target.value)} required />}
            <TextField name="documentUrl" type="url" label={t('deliverable.documentUrl')} hint={t('deliverable.documentUrlHint')} value={documentUrl} onChange={(event) => setDocumentUrl(event.target.value)} isOptional maxLength={2000} />
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-text`}>
                {t('deliverable.documentText')} <span className="field-optional">({t('form.optional')})</span>
              </label>
              <textarea id={`${ids}-text`} className="textarea" rows={5} maxLength={20000} value={documentText} onChange={(event) => setDocumentText(event.target.value)} />
            </div>
            <div className="form-actions">
              <Button type="submit" variant="primary" isBusy={busy === 'details'}>{t('deliverable.save')}</Button>
            </div>
          </form>
        )}
        {!canEdit && !isOwner && (d.documentUrl || d.documentText) && (
          <div className="stack">
            {d.documentUrl && <a href={d.documentUrl} target="_blank" rel="noreferrer">{d.documentUrl}</a>}
            {d.documentText && <p className="deliverable-text">{d.documentText}</p>}
          </div>
        )}
        {canReview && (
          <section className="stack" aria-labelledby={`${ids}-signoff`}>
            <h3 id={`${ids}-signoff`}>{t('deliverable.signOff')}</h3>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-comment`}>{t('deliverable.comment')}</label>
              <textarea
                id={`${ids}-comment`}
                className="textarea"
                rows={3}
                maxLength={4000}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                aria-describedby={`${commentError ? `${ids}-comment-error ` : ''}${ids}-comment-hint`}
                aria-invalid={commentError ? true : undefined}
              />
              <span className="field-hint" id={`${ids}-comment-hint`}>{t('deliverable.commentHint')}</span>
              {commentError && <span className="field-error" id={`${ids}-comment-error`}>{commentError}</span>}
            </div>
            <div className="row">
              <Button variant="primary" isBusy={busy === 'signOff'} onClick={() => void send('signOff', () => api.post(processApi.signOff(cycleId, d.id), { version: d.version, decision: 'approve', ...(comment.trim() ? { comment: comment.trim() } : {}) }), t('deliverable.signedOff'))}>
                {t('deliverable.approve')}
              </Button>
              <Button isBusy={busy === 'signOff'} onClick={() => {
                if (!comment.trim()) {
                  setCommentError(t('validation.required'));
                  document.getElementById(`${ids}-comment`)?.focus();
                  return;
                }
                setCommentError(null);
                void send('signOff', () => api.post(processApi.signOff(cycleId, d.id), { version: d.version, decision: 'request_changes', comment: comment.trim() }), t('deliverable.signedOff'));
              }}>
                {t('deliverable.requestChanges')}
              </Button>
            </div>
          </section>
        )}
        <DeliverableHistory history={history} />
      </div>
    </Dialog>
  );
}
