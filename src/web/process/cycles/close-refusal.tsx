import type { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { ErrorAlert } from '../../app/ui/error-message';

export interface PhaseRefusal {
  phaseName: string;
  error: ApiError;
}

interface OpenItem {
  id: string;
  label: string;
}
interface OpenDeliverable {
  id: string;
  name: string;
  letter: string | null;
}

/** Why a phase did not close: the 409 lists open readiness items or unfinished deliverables. */
export function CloseRefusal({ refusal, onDismiss, onOpenDeliverable }: { refusal: PhaseRefusal; onDismiss: () => void; onOpenDeliverable: (id: string) => void }) {
  const t = useT();
  const { error } = refusal;
  const openItems = Array.isArray(error.body.openItems) ? (error.body.openItems as OpenItem[]) : [];
  const openDeliverables = Array.isArray(error.body.openDeliverables) ? (error.body.openDeliverables as OpenDeliverable[]) : [];
  if (error.status !== 409) return <ErrorAlert error={error} title={t('cycle.closeFailed')} onDismiss={onDismiss} />;
  if (openItems.length === 0 && openDeliverables.length === 0) return <Alert tone="warning" title={t('cycle.conflict')} onDismiss={onDismiss} announce="alert" />;
  return (
    <Alert tone="warning" title={`${t('cycle.closeFailed')}: ${refusal.phaseName}`} onDismiss={onDismiss} announce="alert">
      {openItems.length > 0 && (
        <>
          <p>{t('cycle.closeOpenItems')}</p>
          <ul>
            {openItems.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </>
      )}
      {openDeliverables.length > 0 && (
        <>
          <p>{t('cycle.closeOpenDeliverables')}</p>
          <ul>
            {openDeliverables.map((deliverable) => (
              <li key={deliverable.id}>
                <button type="button" className="link-button" onClick={() => onOpenDeliverable(deliverable.id)}>
                  {deliverable.letter ? `${deliverable.letter}. ` : ''}
                  {deliverable.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
