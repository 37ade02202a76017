import { useId, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { ReadinessItem, ReadinessState } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Alert } from '../../app/ui/alert';
import { isConflict, processApi, readinessLabel, readinessTone } from './process-api';

interface ReadinessSectionProps {
  cycleId: string;
  items: Array<ReadinessItem & { decidedByName?: string | null }>;
  canEdit: boolean;
  onChanged: () => Promise<void>;
}

/** The readiness checklist shown before the first phase: check each item, or waive it with a reason. */
export function ReadinessSection({ cycleId, items, canEdit, onChanged }: ReadinessSectionProps) {
  const t = useT();
  const reasonId = useId();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [waiving, setWaiving] = useState<ReadinessItem | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const done = items.filter((item) => item.state !== 'open').length;

  const decide = async (item: ReadinessItem, state: ReadinessState, why?: string) => {
    setBusyId(item.id);
    setError(null);
    try {
      await api.patch(processApi.readiness(cycleId, item.id), { version: item.version, state, ...(why ? { reason: why } : {}) });
      setWaiving(null);
      await onChanged();
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setError(apiError);
      if (isConflict(apiError)) await onChanged();
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="readiness-heading">
      <div className="card-header">
        <h2 id="readiness-heading">{t('readiness.title')}</h2>
        <span className="muted">{t('readiness.progress', { done, total: items.length })}</span>
      </div>
      <div className="card-body stack">
        <p>{t('readiness.intro')}</p>
        {error && (isConflict(error) ? <Alert tone="warning" title={t('cycle.conflict')} onDismiss={() => setError(null)} /> : <ErrorAlert error={error} title={t('readiness.saveFailed')} onDismiss={() => setError(null)} />)}
        <ul className="plain-list readiness-list">
          {items.map((item) => (
            <li key={item.id} className="readiness-item">
              <div>
                <p className="readiness-label">{item.label}</p>
                {item.description && <p className="muted">{item.description}</p>}
                {item.state === 'waived' && item.waiverReason && <p className="muted">{t('readiness.waivedBecause', { reason: item.waiverReason })}</p>}
                {item.state !== 'open' && item.decidedByName && <p className="muted">{t('readiness.decidedBy', { name: item.decidedByName })}</p>}
              </div>
              <div className="row">
                <Badge tone={readinessTone[item.state]}>{t(readinessLabel[item.state])}</Badge>
                {canEdit && item.state === 'open' && (
                  <>
                    <Button size="small" isBusy={busyId === item.id} onClick={() => void decide(item, 'checked')} aria-label={`${t('readiness.check')}: ${item.label}`}>
                      {t('readiness.check')}
                    </Button>
                    <Button size="small" variant="quiet" onClick={() => { setReason(''); setReasonError(null); setWaiving(item); }} aria-label={`${t('readiness.waive')}: ${item.label}`}>
                      {t('readiness.waive')}
                    </Button>
                  </>
                )}
                {canEdit && item.state !== 'open' && (
                  <Button size="small" variant="quiet" isBusy={busyId === item.id} onClick={() => void decide(item, 'open')} aria-label={`${t('readiness.reopen')}: ${item.label}`}>
                    {t('readiness.reopen')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </div>
      <Dialog
        isOpen={waiving !== null}
        title={waiving ? t('readiness.waiveTitle', { label: waiving.label }) : ''}
        onClose={() => setWaiving(null)}
        footer={
          <>
            <Button onClick={() => setWaiving(null)}>{t('action.cancel')}</Button>
            <Button
              variant="primary"
              isBusy={busyId !== null}
              onClick={() => {
                if (!reason.trim()) return setReasonError(t('validation.required'));
                if (waiving) void decide(waiving, 'waived', reason.trim());
              }}
            >
              {t('readiness.waive')}
            </Button>
          </>
        }
      >
        <div className="field">
          <label className="field-label" htmlFor={reasonId}>
            {t('readiness.reason')}
          </label>
          <textarea
            id={reasonId}
            className="textarea"
            rows={4}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}`}
            aria-invalid={reasonError ? true : undefined}
            autoFocus
          />
          <span className="field-hint" id={`${reasonId}-hint`}>
            {t('readiness.reasonHint')}
          </span>
          {reasonError && (
            <span className="field-error" id={`${reasonId}-error`}>
              {reasonError}
            </span>
          )}
        </div>
      </Dialog>
    </section>
  );
}
