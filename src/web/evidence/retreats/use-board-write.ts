import { useCallback, useState } from 'react';
import { ApiError } from '../../app/api';

/**
 * One write to the board at a time from a part of the screen: which one is running (its button
 * shows busy), what failed, and the board read again afterwards so what others wrote meanwhile
 * shows too.
 */
export function useBoardWrite(reload: () => Promise<void>) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const run = useCallback(
    async (key: string, action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(key);
      setFailure(null);
      try {
        await action();
        await reload();
        return true;
      } catch (cause) {
        setFailure(ApiError.from(cause));
        return false;
      } finally {
        setBusy(null);
      }
    },
    [reload],
  );
  return { busy, failure, run, dismiss: () => setFailure(null) };
}
