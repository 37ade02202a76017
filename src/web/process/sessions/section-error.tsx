import { ErrorAlert } from '../../app/ui/error-message';
import type { SaveOutcome } from './use-session-record';

/** A section's failed save; a conflict is told once for the whole page, so it is not repeated here. */
export function SectionError({ error, title, onDismiss }: { error: SaveOutcome; title: string; onDismiss: () => void }) {
  if (!error || error.status === 409) return null;
  return <ErrorAlert error={error} title={title} onDismiss={onDismiss} />;
}
