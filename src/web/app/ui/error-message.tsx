import { fieldIssueMessage, type ApiError } from '../api';
import { useT } from '../i18n/i18n-provider';
import type { MessageKey } from '../i18n/message-catalogue';
import { Alert } from './alert';

/** Error codes the interface explains in the reader's language instead of the server's words. */
const messageForCode: Partial<Record<string, MessageKey>> = {
  network_error: 'error.network',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  csrf_failed: 'error.csrf',
  not_found: 'error.notFound',
  conflict: 'error.conflict',
  last_administrator: 'error.lastAdministrator',
  already_exists: 'error.alreadyExists',
  setup_done: 'error.setupDone',
  payload_too_large: 'error.tooLarge',
  rate_limited: 'error.rateLimited',
  internal: 'error.internal',
  invalid_input: 'error.invalidInput',
};

export function useErrorMessage() {
  const t = useT();
  return (error: ApiError): string => {
    const key = messageForCode[error.code];
    return key ? t(key) : error.message || t('error.internal');
  };
}

/** The banner for a failed request; `title` names what failed ("Could not save the name"). */
export function ErrorAlert({ error, title, onDismiss }: { error: ApiError; title?: string; onDismiss?: () => void }) {
  const describe = useErrorMessage();
  const t = useT();
  const fieldMessages = error.code === 'invalid_input' ? error.details.filter((detail) => detail.message) : [];
  return (
    <Alert tone="danger" title={title ?? describe(error)} onDismiss={onDismiss}>
      {title && <p>{describe(error)}</p>}
      {fieldMessages.length > 0 && (
        <ul aria-label={t('error.detailsLabel')}>
          {fieldMessages.map((detail) => (
            <li key={detail.path}>{fieldIssueMessage(detail)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
