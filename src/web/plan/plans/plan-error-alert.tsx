import type { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Alert } from '../../app/ui/alert';
import { ErrorAlert, useErrorMessage } from '../../app/ui/error-message';

/** Error codes of the plan API the shared error banner does not know; explained in the reader's language. */
const planMessages: Partial<Record<string, MessageKey>> = {
  plan_not_editable: 'planError.notEditable',
  unavailable: 'planError.unavailable',
};

/** ErrorAlert, plus the plan API's own codes (an adopted plan refusing edits, a missing PDF printer). */
export function PlanErrorAlert({ error, title, onDismiss }: { error: ApiError; title?: string; onDismiss?: () => void }) {
  const t = useT();
  const key = planMessages[error.code];
  if (!key) return <ErrorAlert error={error} title={title} onDismiss={onDismiss} />;
  return (
    <Alert tone="danger" title={title ?? t(key)} onDismiss={onDismiss}>
      {title && <p>{t(key)}</p>}
    </Alert>
  );
}

/** The one-line explanation of a failed request, knowing the plan API's own codes. */
export function usePlanErrorMessage() {
  const t = useT();
  const describe = useErrorMessage();
  return (error: ApiError): string => {
    const key = planMessages[error.code];
    return key ? t(key) : describe(error);
  };
}
