import { useCallback, useState } from 'react';
import { ApiError } from '../../app/api';
import { useAnnounce } from '../../app/ui/announcer';

/**
 * One form's writes: which button is busy, the last failure (to show next to the form), and a
 * spoken confirmation when it worked. A 409 hands the server's current record to `onConflict`.
 */
export function useWrite<Current = unknown>(onConflict?: (current: Current) => void) {
  const say = useAnnounce();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async <T,>(name: string, request: () => Promise<T>, confirmation: string): Promise<T | null> => {
      setBusy(name);
      setError(null);
      try {
        const result = await request();
        say(confirmation);
        return result;
      } catch (cause) {
        const failure = ApiError.from(cause);
        setError(failure);
        const current = (failure.body as { current?: Current }).current;
        if (failure.status === 409 && current && onConflict) onConflict(current);
        return null;
      } finally {
        setBusy(null);
      }
    },
    [say, onConflict],
  );

  const fieldError = (field: string) => (error?.code === 'invalid_input' ? error.fieldErrors[field] : undefined);
  return { busy, error, run, fieldError, clearError: () => setError(null) };
}
