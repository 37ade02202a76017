import type { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { ErrorAlert } from '../../app/ui/error-message';

/** A failed write: a stale edit says so plainly (the latest version is reloaded), anything else names the problem. */
export function WriteError({ error, title, onDismiss }: { error: ApiError | null; title: string; onDismiss: () => void }) {
  const t = useT();
  if (!error) return null;
  if (error.status === 409) return <Alert tone="warning" title={t('stakeholders.conflict')} announce="alert" onDismiss={onDismiss} />;
  return <ErrorAlert error={error} title={title} onDismiss={onDismiss} />;
}
