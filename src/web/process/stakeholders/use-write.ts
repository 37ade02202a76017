import { useState } from 'react';
import { ApiError } from '../../app/api';

export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** One write at a time for a dialog: busy while it runs, the failure kept to show next to the form. */
export function useWrite() {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async <T,>(write: () => Promise<T>): Promise<WriteResult<T>> => {
    setIsBusy(true);
    setError(null);
    try {
      return { ok: true, value: await write() };
    } catch (cause) {
      const failure = ApiError.from(cause);
      setError(failure);
      return { ok: false, error: failure };
    } finally {
      setIsBusy(false);
    }
  };
  return { isBusy, error, setError, run };
}
